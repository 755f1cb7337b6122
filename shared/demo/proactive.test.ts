import { describe, expect, it } from 'vitest'
import { nextStages, STAGE_ORDER } from '../domain/proactive'
import { generateDemoCommunity, seededIds } from './index'
import { generateDemoCases } from './cases'
import { generateDemoTopics } from './proactive'

describe('demo topics', () => {
  const now = Date.UTC(2026, 10, 25, 6)
  const org = generateDemoCommunity({ now })
  const cases = generateDemoCases(org, { now, phoneSalt: 's' }).case
  const topics = generateDemoTopics(org, cases, { now, ids: seededIds(7, now) })

  it('are believable topics with units, categories and a baseline taken from the cases', () => {
    expect(topics.map((t) => t.title)).toContain('群租房治理')
    for (const t of topics) {
      expect(t.categoryIds.length).toBeGreaterThan(0)
      expect(t.leadUnitId).toBeTruthy()
      expect(t.baselineVolume).toBeGreaterThanOrEqual(0)
    }
    // the heating topic is measured against last winter, which had heating complaints
    expect(topics.find((t) => t.title === '冬季供暖保障')!.baselineVolume).toBeGreaterThan(5)
  })

  it('have milestones in order, none after now, ending at the topic\'s stage', () => {
    for (const t of topics) {
      const times = t.milestones.map((m) => m.at)
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(Math.max(...times)).toBeLessThanOrEqual(now)
      expect(t.milestones[t.milestones.length - 1].stage).toBe(t.stage)
      const road = t.milestones.filter((m) => m.stage !== '挂账').map((m) => m.stage)
      expect(road).toEqual(STAGE_ORDER.slice(0, road.length))
    }
    expect(topics.map((t) => t.stage)).toEqual(['销号', '评估', '挂账', '方案'])
    expect(nextStages(topics[2])).toEqual(['评估'])
  })
})
