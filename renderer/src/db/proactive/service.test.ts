import { describe, expect, it } from 'vitest'
import { liveQuery } from 'dexie'
import { DAY_MS } from '@shared/domain/calendar'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import { caseWorld } from '../cases/fixture'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { createProactiveService } from './service'

async function world() {
  const db = freshDb()
  const w = await caseWorld(db)
  const service = createProactiveService(db)
  // five 占道经营 calls at one place, the last one from a repeat caller's phone three times
  for (let i = 0; i < 5; i++) {
    const at = T0 - (20 - i * 4) * DAY_MS
    await w.services.cases.intake(w.communityId, w.intake({ placeId: w.places[0].id, gridId: w.grids[0].id, receivedAt: at, callerPhone: i < 3 ? '13812345678' : `1391234567${i}` }, at), ctxAt(at))
  }
  return { db, w, service }
}

describe('proactive service', () => {
  it('finds the alerts of the recent cases and turns one into a 热点预警 topic that keeps its trigger', async () => {
    const { db, w, service } = await world()
    const alerts = await service.alerts(w.communityId, T0)
    expect(alerts.map((a) => `${a.rule}:${a.count}`)).toEqual(['samePlace:5', 'repeatCaller:3'])
    const issue = await service.toTopic(w.communityId, alerts[0], { title: '安和里小区占道经营', content: '近 30 天 5 件' }, ctxAt(T0))
    expect(issue).toMatchObject({ kind: '热点预警', stage: '选题', categoryIds: [w.category('占道经营').id], placeIds: [w.places[0].id], hotspot: { rule: 'samePlace', count: 5 } })
    expect(issue.caseIds).toHaveLength(5)
    const after = await service.alerts(w.communityId, T0)
    expect(after[0].conversion).toMatchObject({ issueId: issue.id, at: T0 })
    const [effect] = await service.effects(w.communityId, T0 + 31 * DAY_MS)
    expect(effect.change).toMatchObject({ before: 5, after: 0, complete: true, fell: true, drop: 1 })
    expect(await counts(db, 'proactiveIssue')).toEqual({ proactiveIssue: 1 })
  })

  it('makes a 主动发现 case from a repeat caller alert with the calls\' category', async () => {
    const { w, service } = await world()
    const alert = (await service.alerts(w.communityId, T0)).find((a) => a.rule === 'repeatCaller')!
    const created = await service.toCase(w.communityId, alert, { title: '重复来电回访', content: '同一来电人 60 天内 3 次反映' }, ctxAt(T0))
    expect(created).toMatchObject({ source: '主动发现', type: '投诉', categoryId: w.category('占道经营').id, title: '重复来电回访', status: '待签收' })
    expect((await service.alerts(w.communityId, T0)).find((a) => a.rule === 'repeatCaller')!.conversion?.caseId).toBe(created.id)
  })

  it('creates and advances topics, refusing bad input and a skipped stage without writing', async () => {
    const { db, w, service } = await world()
    const input = { kind: '市级每月一题' as const, title: '占道经营治理', month: '2026-03', categoryIds: [w.category('市容环卫').id] }
    await expect(service.createTopic(w.communityId, { ...input, title: '' }, ctxAt())).rejects.toBeInstanceOf(ValidationError)
    expect(await counts(db, 'proactiveIssue')).toEqual({ proactiveIssue: 0 })
    const topic = await service.createTopic(w.communityId, input, ctxAt())
    expect(topic.milestones).toEqual([{ stage: '选题', at: T0, actor: 'tester' }])
    await expect(service.advance(topic.id, { stage: '推进', at: T0 + DAY_MS }, ctxAt(T0 + DAY_MS))).rejects.toBeInstanceOf(RefusedError)
    const moved = await service.advance(topic.id, { stage: '方案', at: T0 + DAY_MS, note: '方案已定' }, ctxAt(T0 + DAY_MS))
    expect(moved.stage).toBe('方案')
    expect(moved.milestones.map((m) => m.stage)).toEqual(['选题', '方案'])
  })

  it('suggests a baseline from the three months before and counts the topic per month', async () => {
    const { w, service } = await world()
    const draft = { categoryIds: [w.category('城乡建设').id], gridIds: [], placeIds: [], month: '2026-04' }
    // T0 is 2026-03-09: the five calls fall in February and March
    expect(await service.suggestBaseline(w.communityId, draft)).toBe(1.7)
    const topic = await service.createTopic(w.communityId, { kind: '自选课题', title: '市容', ...draft }, ctxAt())
    const volume = await service.volume(topic, T0)
    expect(volume).toHaveLength(12)
    expect(volume.slice(-2).map((v) => v.month)).toEqual(['2026-02', '2026-03'])
    expect(volume.slice(-2).reduce((s, v) => s + v.count, 0)).toBe(5)
  })

  it('refuses a threshold of 0 at its field', async () => {
    const { service } = await world()
    const t = await service.thresholds()
    await expect(service.saveThresholds({ ...t, samePlace: { count: 0, days: 30 } }, ctxAt())).rejects.toThrow('同点位同类件数须为大于 0 的整数')
    await service.saveThresholds({ ...t, samePlace: { count: 6, days: 30 } }, ctxAt())
    expect((await service.thresholds()).samePlace.count).toBe(6)
  })

  it('updates a live list of alerts when one is converted', async () => {
    const { w, service } = await world()
    const seen: boolean[][] = []
    const sub = liveQuery(() => service.alerts(w.communityId, T0)).subscribe((list) => seen.push(list.map((a) => !!a.conversion)))
    await new Promise((r) => setTimeout(r, 200))
    const [alert] = await service.alerts(w.communityId, T0)
    await service.toCase(w.communityId, alert, { title: '主动发现：占道经营', content: '近 30 天同点位同类诉求 5 件' }, ctxAt(T0))
    await new Promise((r) => setTimeout(r, 300))
    sub.unsubscribe()
    expect(seen[0]).toEqual([false, false])
    expect(seen[seen.length - 1]).toEqual([true, false])
  })
})
