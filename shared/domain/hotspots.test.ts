import { describe, expect, it } from 'vitest'
import { DAY_MS } from './calendar'
import { ValidationError } from './errors'
import { DEFAULT_HOTSPOT_THRESHOLDS, complaintChange, detectHotspots, lookBackMs, matchesTrigger, placeCategoryKey, validateThresholds, weeklyCounts, type HotspotCase, type HotspotThresholds } from './hotspots'

const NOW = Date.UTC(2026, 10, 25, 6, 0) // 2026-11-25 14:00 China time
let n = 0
const c = (daysAgo: number, fields: Partial<HotspotCase> = {}): HotspotCase => ({ id: `c${String(++n).padStart(3, '0')}`, receivedAt: NOW - daysAgo * DAY_MS, ...fields })
const many = (count: number, daysAgo: (i: number) => number, fields: Partial<HotspotCase>) => Array.from({ length: count }, (_, i) => c(daysAgo(i), fields))
const rules = (cases: HotspotCase[], thresholds?: HotspotThresholds) => detectHotspots(cases, { now: NOW, thresholds }).map((a) => `${a.rule}:${a.key}:${a.count}`)

describe('samePlace', () => {
  const at = { placeId: 'p1', categoryId: 'k1' }
  it('raises at 5 cases of one category at one place within 30 days, the oldest exactly 30 days old', () => {
    const cases = many(5, (i) => (i === 0 ? 30 : i), at)
    const [alert] = detectHotspots(cases, { now: NOW })
    expect(alert).toMatchObject({ rule: 'samePlace', key: placeCategoryKey('p1', 'k1'), placeId: 'p1', categoryId: 'k1', count: 5, windowDays: 30 })
    // evidence is oldest first
    expect(alert.caseIds).toEqual([...cases].sort((a, b) => a.receivedAt - b.receivedAt).map((x) => x.id))
  })
  it('stays quiet at 4, when the fifth is 30 days and one minute old, or when the category differs', () => {
    expect(rules(many(4, (i) => i, at))).toEqual([])
    expect(rules([...many(4, (i) => i, at), c(30 + 1 / 1440, at)])).toEqual([])
    expect(rules([...many(4, (i) => i, at), c(1, { placeId: 'p1', categoryId: 'k2' })])).toEqual([])
  })
  it('ignores cases without a place', () => {
    expect(rules(many(6, (i) => i, { categoryId: 'k1' }))).toEqual([])
  })
})

describe('categoryRise', () => {
  const k = { categoryId: 'heat' }
  it('raises at exactly +30 % with 13 against 10', () => {
    const cases = [...many(13, (i) => i, k), ...many(10, (i) => 31 + i, k)]
    expect(rules(cases)).toEqual(['categoryRise:heat:13'])
    expect(detectHotspots(cases, { now: NOW })[0].previousCount).toBe(10)
  })
  it('stays quiet at +20 % (12 against 10) and below 10 cases however steep the rise', () => {
    expect(rules([...many(12, (i) => i, k), ...many(10, (i) => 31 + i, k)])).toEqual([])
    expect(rules(many(9, (i) => i, k))).toEqual([])
  })
  it('raises on a category that had nothing before', () => {
    expect(rules(many(10, (i) => i, k))).toEqual(['categoryRise:heat:10'])
  })
})

describe('repeatCaller', () => {
  it('raises at 3 calls from one phone in 60 days, not at 2 or when the first is older', () => {
    const h = { callerPhoneHash: 'h1' }
    expect(rules([c(1, h), c(30, h), c(60, h)])).toEqual(['repeatCaller:h1:3'])
    expect(rules([c(1, h), c(30, h)])).toEqual([])
    expect(rules([c(1, h), c(30, h), c(61, h)])).toEqual([])
  })
})

it('orders alerts by count and ignores cases after now', () => {
  const cases = [...many(6, (i) => i, { placeId: 'p', categoryId: 'k' }), ...many(3, (i) => i, { callerPhoneHash: 'h' }), c(-1, { callerPhoneHash: 'h2' }), c(-1, { callerPhoneHash: 'h2' }), c(1, { callerPhoneHash: 'h2' })]
  expect(rules(cases)).toEqual(['samePlace:p|k:6', 'repeatCaller:h:3'])
})

describe('thresholds', () => {
  it('refuses 0, negatives, fractions and over-long windows field by field in Chinese', () => {
    const bad: HotspotThresholds = { samePlace: { count: 0, days: 30 }, categoryRise: { percent: -5, minCount: 10, days: 60 }, repeatCaller: { count: 2.5, days: 30 } }
    try {
      validateThresholds(bad)
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError)
      expect((err as ValidationError).issues).toEqual([
        { field: 'samePlace.count', message: '同点位同类件数须为大于 0 的整数' },
        { field: 'categoryRise.percent', message: '环比上升幅度须为大于 0 的整数' },
        { field: 'categoryRise.days', message: '统计天数不能超过 45 天' },
        { field: 'repeatCaller.count', message: '重复来电件数须为大于 0 的整数' }
      ])
    }
    expect(() => detectHotspots([], { now: NOW, thresholds: bad })).toThrow(ValidationError)
  })
  it('accepts the defaults and reads back twice the rise window', () => {
    expect(validateThresholds(DEFAULT_HOTSPOT_THRESHOLDS)).toBe(DEFAULT_HOTSPOT_THRESHOLDS)
    expect(lookBackMs(DEFAULT_HOTSPOT_THRESHOLDS)).toBe(60 * DAY_MS)
    expect(lookBackMs({ ...DEFAULT_HOTSPOT_THRESHOLDS, categoryRise: { percent: 30, minCount: 10, days: 45 } })).toBe(90 * DAY_MS)
  })
})

describe('evidence and effect', () => {
  it('counts per week from the window start', () => {
    const since = NOW - 30 * DAY_MS
    expect(weeklyCounts([since, since + 6 * DAY_MS, since + 7 * DAY_MS, NOW], since, NOW).map((w) => w.count)).toEqual([2, 1, 0, 0, 1])
  })
  it('matches cases to the alert that raised them', () => {
    expect(matchesTrigger({ rule: 'samePlace', key: 'p|k' }, { id: 'x', receivedAt: 0, placeId: 'p', categoryId: 'k' })).toBe(true)
    expect(matchesTrigger({ rule: 'samePlace', key: 'p|k' }, { id: 'x', receivedAt: 0, placeId: 'p', categoryId: 'j' })).toBe(false)
    expect(matchesTrigger({ rule: 'repeatCaller', key: 'h' }, { id: 'x', receivedAt: 0, callerPhoneHash: 'h' })).toBe(true)
  })
  it('compares the 30 days after a conversion with the 30 days before', () => {
    const t = { rule: 'categoryRise' as const, key: 'k' }
    const convertedAt = NOW - 30 * DAY_MS
    const cases = [...many(5, (i) => 31 + i, { categoryId: 'k' }), ...many(2, (i) => 10 + i, { categoryId: 'k' }), c(5, { categoryId: 'other' })]
    expect(complaintChange(t, cases, convertedAt, NOW)).toEqual({ before: 5, after: 2, complete: true, drop: 0.6, fell: true })
    expect(complaintChange(t, cases, NOW - 5 * DAY_MS, NOW)).toMatchObject({ after: 0, complete: false })
    expect(complaintChange(t, [], convertedAt, NOW)).toEqual({ before: 0, after: 0, complete: true, drop: null, fell: false })
  })
})
