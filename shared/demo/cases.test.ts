import { describe, expect, it } from 'vitest'
import { CASE_SOURCES, CASE_STATUSES, CASE_TYPES, type CaseEventRecord, type CaseRecord } from '../domain/case'
import { caseBase, projectCaseRow } from '../domain/caseRow'
import { readLight } from '../domain/lights'
import { generateDemoCommunity } from './index'
import { generateDemoCases, type DemoCaseData } from './cases'
import { CASE_TOPICS } from './caseTopics'

const NOW = Date.UTC(2026, 10, 25, 6, 30)
const DAY = 86_400_000
const cache = new Map<string, DemoCaseData>()
function demo(now = NOW, seed = 7): DemoCaseData {
  const key = `${now}:${seed}`
  if (!cache.has(key)) cache.set(key, generateDemoCases(generateDemoCommunity({ seed, now }), { seed, now, phoneSalt: 'salt' }))
  return cache.get(key)!
}
const tally = <T>(items: readonly T[], key: (x: T) => string) => items.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {})
const eventsByCase = (d: DemoCaseData) => {
  const map = new Map<string, CaseEventRecord[]>()
  for (const e of d.caseEvent) map.set(e.caseId, [...(map.get(e.caseId) ?? []), e])
  return map
}
const lightOf = (c: CaseRecord, now: number) => readLight(c.finishStartedAt ?? c.receivedAt, c.finishDeadline!, now).light

describe('generateDemoCases', () => {
  it('is the same for the same seed and time, and differs for another seed', () => {
    const again = generateDemoCases(generateDemoCommunity({ seed: 7, now: NOW }), { seed: 7, now: NOW, phoneSalt: 'salt' })
    expect(again).toEqual(demo())
    expect(demo(NOW, 8).case.map((c) => c.title)).not.toEqual(demo().case.map((c) => c.title))
  })

  it('makes about 1,500 cases over the two years before now, from every source and of every type', () => {
    const { case: cases } = demo()
    expect(cases.length).toBeGreaterThan(1300)
    expect(cases.length).toBeLessThan(1700)
    expect(cases.every((c) => c.receivedAt <= NOW && c.receivedAt >= NOW - 731 * DAY)).toBe(true)
    expect(Object.keys(tally(cases, (c) => c.source)).sort()).toEqual([...CASE_SOURCES].sort())
    expect(Object.keys(tally(cases, (c) => c.type)).sort()).toEqual([...CASE_TYPES].sort())
    expect(tally(cases, (c) => c.source)['12345派单'] / cases.length).toBeGreaterThan(0.6)
  })

  it('puts cases in every state: mostly closed, some returned, duplicates, parked, extended and open', () => {
    const { case: cases } = demo()
    const byStatus = tally(cases, (c) => c.status)
    expect(Object.keys(byStatus).sort()).toEqual([...CASE_STATUSES].sort())
    expect(byStatus['已办结'] / cases.length).toBeGreaterThan(0.85)
    expect(byStatus['退单']).toBeGreaterThanOrEqual(5)
    const cancelled = cases.filter((c) => c.status === '已撤销')
    expect(cancelled.length).toBeGreaterThanOrEqual(5)
    const ids = new Set(cases.map((c) => c.id))
    expect(cancelled.every((c) => c.duplicateOf && ids.has(c.duplicateOf) && c.assessment.exclusionReason === '重复件')).toBe(true)
    expect(cases.filter((c) => (c.reopenCount ?? 0) > 0).length).toBeGreaterThanOrEqual(10)
    expect(cases.filter((c) => c.assessment.exclusionReason === '不合理诉求').length).toBeGreaterThanOrEqual(1)
  })

  it('stores every row exactly as its events project, with no conflicting event', () => {
    const d = demo()
    const events = eventsByCase(d)
    for (const row of d.case) {
      const own = events.get(row.id) ?? []
      expect(own[0]?.type, row.title).toBe('intake')
      const { id: _id, communityId: _c, createdAt: _a, updatedAt: _u, hlc: _h, fieldClocks: _f, ...fields } = row
      expect(fields).toEqual(projectCaseRow(caseBase(row), own, { now: NOW }))
      expect(row.conflicts).toBeUndefined()
    }
    expect(new Set(d.caseEvent.map((e) => e.id)).size).toBe(d.caseEvent.length)
    expect(d.caseEvent.every((e) => e.at <= NOW)).toBe(true)
  })

  it.each([
    ['a winter working day', NOW],
    ['a summer Sunday', Date.UTC(2026, 6, 12, 2)],
    ['the National Day holiday', Date.UTC(2026, 9, 3, 1)],
    ['the evening before Spring Festival', Date.UTC(2027, 1, 5, 12)]
  ])('has open cases in every light and every open state on %s', (_, now) => {
    const open = demo(now).case.filter((c) => ['待签收', '办理中', '延期审核'].includes(c.status) && !c.paused)
    expect(Object.keys(tally(open, (c) => lightOf(c, now))).sort()).toEqual(['green', 'orange', 'red', 'yellow'])
    const statuses = new Set(demo(now).case.map((c) => c.status))
    for (const s of ['待签收', '办理中', '延期审核', '挂账', '已反馈'] as const) expect(statuses).toContain(s)
  })

  it('calls back about 90 % contacted, 85 % resolved, 80 / 12 / 8 % satisfaction at first', () => {
    const { case: cases, callback } = demo()
    const called = cases.filter((c) => c.callback?.valid)
    const rate = (f: (c: CaseRecord) => boolean) => called.filter(f).length / called.length
    expect(rate((c) => c.callback!.contacted)).toBeCloseTo(0.9, 1)
    expect(rate((c) => c.callback!.resolved)).toBeGreaterThan(0.8)
    expect(rate((c) => c.callback!.resolved)).toBeLessThan(0.9)
    const first = tally(callback.filter((r) => r.firstSatisfaction), (r) => r.firstSatisfaction!)
    const total = first['满意'] + first['基本满意'] + first['不满意']
    expect(first['满意'] / total).toBeCloseTo(0.8, 1)
    expect(first['不满意'] / total).toBeGreaterThan(0.04)
    expect(callback.every((r) => cases.find((c) => c.id === r.caseId)?.callback !== undefined)).toBe(true)
    expect(tally(callback, (r) => r.origin)).toMatchObject({ local: expect.any(Number), '12345': expect.any(Number) })
  })

  it('follows the seasons: 供暖 only in the heating season, more noise and greenery in summer', () => {
    const { case: cases } = demo()
    const month = (c: CaseRecord) => Number(new Date(c.receivedAt + 8 * 3_600_000).toISOString().slice(5, 7))
    const heating = cases.filter((c) => c.categoryPath?.startsWith('供暖/'))
    expect(heating.length).toBeGreaterThan(50)
    expect(heating.every((c) => [11, 12, 1, 2, 3].includes(month(c)))).toBe(true)
    const inMonths = (months: number[]) => (c: CaseRecord) => months.includes(month(c))
    const green = cases.filter((c) => c.categoryPath?.includes('树木修剪') || c.categoryPath?.includes('社会生活噪声'))
    expect(green.filter(inMonths([6, 7, 8])).length).toBeGreaterThan(3 * green.filter(inMonths([12, 1, 2])).length)
  })

  it('numbers 12345 cases uniquely and has repeat callers', () => {
    const { case: cases } = demo()
    const orders = cases.filter((c) => c.source === '12345派单').map((c) => c.orderNo!)
    expect(orders.every((o) => /^\d{16}$/.test(o))).toBe(true)
    expect(new Set(orders).size).toBe(orders.length)
    expect(cases.filter((c) => c.source !== '12345派单').every((c) => c.orderNo === undefined)).toBe(true)
    const repeat = Object.values(tally(cases.filter((c) => c.callerPhoneHash), (c) => c.callerPhoneHash!)).filter((n) => n >= 3)
    expect(repeat.length).toBeGreaterThanOrEqual(10)
  })

  it('puts complaints about a building at homes, never in a square or a park', () => {
    const places = new Map(generateDemoCommunity({ seed: 7, now: NOW }).place.map((p) => [p.id, p.kind]))
    const aboutBuilding = new Set(CASE_TOPICS.filter((t) => [...t.titles, ...t.contents].some((x) => x.includes('{building}'))).map((t) => t.path))
    const cases = demo().case.filter((c) => aboutBuilding.has(c.categoryPath!))
    expect(cases.length).toBeGreaterThan(200)
    expect(cases.filter((c) => places.get(c.placeId!) === '公共空间')).toEqual([])
  })
})
