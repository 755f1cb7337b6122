import { describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from './errors'
import { chinaDayStart } from './calendar'
import { advanceTopic, monthlyVolume, nextStages, suggestBaseline, topicMatches, validateTopic, type TopicCase } from './proactive'
import type { Milestone, ProactiveStage } from './work'

const T0 = chinaDayStart('2026-03-02')
const m = (stage: ProactiveStage, day: number, note?: string): Milestone => ({ stage, at: T0 + day * 86_400_000, actor: 'u', ...(note ? { note } : {}) })
const topic = (stage: ProactiveStage, milestones: Milestone[]) => ({ stage, milestones })
const step = (t: { stage: ProactiveStage; milestones: Milestone[] }, stage: ProactiveStage, day: number, note?: string) => advanceTopic(t, { stage, at: T0 + day * 86_400_000, actor: 'u', note })

describe('milestones', () => {
  it('walk 选题 → 方案 → 推进 → 评估 → 销号 in order', () => {
    let t = topic('选题', [m('选题', 0)])
    for (const [i, stage] of (['方案', '推进', '评估', '销号'] as const).entries()) t = step(t, stage, i + 1)
    expect(t.stage).toBe('销号')
    expect(t.milestones.map((x) => x.stage)).toEqual(['选题', '方案', '推进', '评估', '销号'])
  })
  it('refuse skipping ahead or back, naming what is allowed', () => {
    const t = topic('方案', [m('选题', 0), m('方案', 1)])
    expect(() => step(t, '评估', 2)).toThrow(new RefusedError('课题当前处于“方案”，下一步只能是：推进、挂账'))
    expect(() => step(t, '选题', 2)).toThrow(RefusedError)
  })
  it('refuse anything after 销号 and a date before the last milestone', () => {
    expect(() => step(topic('销号', [m('销号', 5)]), '挂账', 6, '原因')).toThrow('课题已销号，不能再记录节点')
    expect(() => step(topic('选题', [m('选题', 3)]), '方案', 2)).toThrow('节点时间不能早于上一个节点')
  })
  it('park with a reason and resume where the topic stopped', () => {
    const parked = step(topic('推进', [m('选题', 0), m('方案', 1), m('推进', 2)]), '挂账', 3, '等待产权单位出资')
    expect(parked.stage).toBe('挂账')
    expect(nextStages(parked)).toEqual(['评估'])
    expect(step(parked, '评估', 4).stage).toBe('评估')
    expect(() => step(topic('推进', [m('推进', 2)]), '挂账', 3)).toThrow('挂账须写明原因')
    expect(nextStages(topic('选题', [m('选题', 0)]))).toEqual(['方案'])
  })
})

describe('topic form', () => {
  const good = { kind: '市级每月一题' as const, title: ' 老旧小区加装电梯 ', month: '2026-03', categoryIds: ['k'], leadUnitId: 'u1', coUnitIds: ['u2'] }
  it('trims and defaults', () => {
    expect(validateTopic(good)).toMatchObject({ title: '老旧小区加装电梯', gridIds: [], placeIds: [], caseIds: [] })
  })
  it('says in Chinese at each field what is wrong', () => {
    try {
      validateTopic({ ...good, title: '  ', month: '2026-13', categoryIds: [], coUnitIds: ['u1'], baselineVolume: -1 })
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError)
      const byField = Object.fromEntries((err as ValidationError).issues.map((i) => [i.field, i.message]))
      expect(byField).toMatchObject({ title: '请填写课题名称', month: '请选择所属月份', categoryIds: '请至少选择一个问题分类', baselineVolume: '基线件数不能为负数' })
    }
    expect(() => validateTopic({ ...good, coUnitIds: ['u1'] })).toThrow('牵头单位不必再列为协办单位')
  })
})

describe('volume', () => {
  const day = (d: string, f: Partial<TopicCase> = {}): TopicCase => ({ receivedAt: chinaDayStart(d) + 3_600_000, categoryId: 'leaf', categoryAncestors: ['mid', 'top'], gridId: 'g1', ...f })
  const t = { categoryIds: ['mid'], gridIds: [] as string[], placeIds: [] as string[], month: '2026-04' }
  it('matches a category or any below it, within the area when one is set', () => {
    expect(topicMatches(t, day('2026-04-01'))).toBe(true)
    expect(topicMatches(t, day('2026-04-01', { categoryId: 'x', categoryAncestors: ['top'] }))).toBe(false)
    expect(topicMatches({ ...t, gridIds: ['g2'] }, day('2026-04-01'))).toBe(false)
    expect(topicMatches({ ...t, gridIds: ['g2'], placeIds: ['p'] }, day('2026-04-01', { placeId: 'p' }))).toBe(true)
  })
  it('counts per China calendar month and averages the three months before as the baseline', () => {
    const cases = [day('2026-01-01'), day('2026-01-31'), day('2026-02-10'), day('2026-03-31'), day('2026-03-31'), day('2026-03-31'), day('2025-12-31'), day('2026-04-01')]
    expect(monthlyVolume(t, cases, ['2026-01', '2026-02', '2026-03'])).toEqual([{ month: '2026-01', count: 2 }, { month: '2026-02', count: 1 }, { month: '2026-03', count: 3 }])
    expect(suggestBaseline(t, cases)).toBe(2)
    expect(suggestBaseline({ ...t, month: '2026-05' }, cases)).toBe(1.7)
  })
})
