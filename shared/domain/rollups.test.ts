import { describe, expect, it } from 'vitest'
import type { CaseRecord } from './case'
import {
  caseContributions, diffContributions, emptyCounters, isRepeatCall, repeatCallIds, rollupsOf, toScoreRow, type AssessmentSettings, type RollupCase
} from './rollups'

const at = (iso: string) => Date.parse(`${iso}+08:00`)
const SETTINGS: AssessmentSettings = { k: 0.9, weights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 }, cutoffDay: null, periodBy: 'receivedAt' }

let n = 0
function row(extra: Partial<CaseRecord> = {}): RollupCase {
  n += 1
  const receivedAt = extra.receivedAt ?? at('2026-11-10T09:00:00')
  return { id: `c${String(n).padStart(3, '0')}`, communityId: 'C1', receivedAt, updatedAt: receivedAt, gridId: 'g1', assessment: { included: true }, ...extra }
}
const cb = (satisfaction: '满意' | '基本满意' | '不满意', resolved = true, contacted = true) => ({ valid: true, contacted, resolved, satisfaction })
const communityOf = (cases: RollupCase[], settings = SETTINGS) =>
  [...rollupsOf(cases, settings).values()].filter((r) => r.dimension === 'community')

describe('case contributions', () => {
  it('counts a case under its community, grid, handler, unit, leaf and top category, grid × top category and place', () => {
    const c = row({ handlerId: 'u1', unitId: 'd1', categoryId: 'leaf', categoryAncestors: ['mid', 'top'], placeId: 'p1' })
    const keys = caseContributions(c, SETTINGS, { repeatCall: false }).map((x) => `${x.period} ${x.dimension} ${x.key}`)
    expect(keys).toEqual([
      '2026-11 community C1', '2026-11 grid g1', '2026-11 handler u1', '2026-11 unit d1',
      '2026-11 category leaf', '2026-11 category top', '2026-11 gridCategory g1|top', '2026-11 place p1'
    ])
  })

  it('places a case by the cut-off period: the 19th starts the next period', () => {
    const cut = { ...SETTINGS, cutoffDay: 19 }
    const before = row({ receivedAt: at('2026-11-18T23:59:59') })
    const after = row({ receivedAt: at('2026-11-19T00:00:00') })
    expect(caseContributions(before, cut, { repeatCall: false })[0].period).toBe('2026-11')
    expect(caseContributions(after, cut, { repeatCall: false })[0].period).toBe('2026-12')
  })

  it('by closedAt, an open case counts nowhere yet', () => {
    const byClose = { ...SETTINGS, periodBy: 'closedAt' as const }
    expect(caseContributions(row(), byClose, { repeatCall: false })).toEqual([])
    const closed = row({ receivedAt: at('2026-10-30T10:00:00'), closedAt: at('2026-11-02T10:00:00') })
    expect(caseContributions(closed, byClose, { repeatCall: false })[0].period).toBe('2026-11')
  })

  it('judges on-time signing, finishing and overdue against the deadlines; open cases at their last write', () => {
    const d = at('2026-11-12T09:00:00')
    const late = caseContributions(row({ signedAt: d + 1, signDeadline: d, repliedAt: d + 5, finishDeadline: d }), SETTINGS, { repeatCall: false })[0].counters
    expect(late).toMatchObject({ signed: 1, finished: 1, overdue: 1 })
    expect(late.signedOnTime).toBeUndefined()
    expect(late.finishedOnTime).toBeUndefined()
    const open = (updatedAt: number) => caseContributions(row({ finishDeadline: d, updatedAt }), SETTINGS, { repeatCall: false })[0].counters.overdue
    expect(open(d - 1)).toBeUndefined()
    expect(open(d + 1)).toBe(1)
  })

  it('a change moves counts between keys and leaves out what did not change', () => {
    const before = row({ gridId: 'g1', callbackDue: undefined })
    const after = { ...before, gridId: 'g2', callback: cb('满意') }
    const deltas = diffContributions(caseContributions(before, SETTINGS, { repeatCall: false }), caseContributions(after, SETTINGS, { repeatCall: false }))
    const by = (d: string, k: string) => deltas.find((x) => x.dimension === d && x.key === k)?.counters
    expect(by('grid', 'g1')).toEqual({ received: -1 })
    expect(by('grid', 'g2')).toMatchObject({ received: 1, base: 1, satisfied: 1, resolved: 1 })
    expect(by('community', 'C1')).toEqual({ base: 1, contacted: 1, resolved: 1, satisfied: 1, firstTimeResolved: 1 })
  })
})

describe('repeat calls', () => {
  it('flags a case of a caller with another case at most 30 days before it', () => {
    const a = row({ callerPhoneHash: 'h', receivedAt: at('2026-10-01T09:00:00') })
    const b = row({ callerPhoneHash: 'h', receivedAt: at('2026-10-31T09:00:00') })
    const c = row({ callerPhoneHash: 'h', receivedAt: at('2026-12-15T09:00:00') })
    const other = row({ callerPhoneHash: 'x', receivedAt: at('2026-10-02T09:00:00') })
    expect([...repeatCallIds([a, b, c, other])]).toEqual([b.id])
    expect(isRepeatCall(b, [a, c])).toBe(true)
    expect(isRepeatCall(a, [b, c])).toBe(false)
  })
})

describe('scores from counters', () => {
  it('computes the 三率 and 综合得分 by hand: k = 0.9 for 基本满意, an exclusion left out of the base', () => {
    const cases = [
      row({ callback: cb('满意') }),
      row({ callback: cb('基本满意') }),
      row({ callback: cb('不满意', false) }),
      row({ callback: cb('满意', true, false) }),
      row({ callback: cb('满意'), assessment: { included: false, exclusionReason: '不合理诉求' } })
    ]
    const [community] = communityOf(cases)
    expect(community.counters).toMatchObject({ received: 5, base: 4, contacted: 3, resolved: 3, satisfied: 2, basicallySatisfied: 1, excluded: 1 })
    const r = toScoreRow(community.counters, SETTINGS)
    // 响应 3/4, 解决 3/4, 满意 (2 + 0.9)/4 = 0.725; 100 × (0.1×0.75 + 0.5×0.75 + 0.4×0.725) = 74
    expect(r.responseRate).toBe(0.75)
    expect(r.resolutionRate).toBe(0.75)
    expect(r.satisfactionRate).toBeCloseTo(0.725, 12)
    expect(r.score).toBe(74)
  })

  it('gives no rate for an empty base, and 万人诉求量 from the population', () => {
    const counters = { ...emptyCounters(), received: 3, signed: 2, signedOnTime: 1 }
    const r = toScoreRow(counters, SETTINGS, { population: 6000 })
    expect([r.responseRate, r.resolutionRate, r.satisfactionRate, r.score, r.firstTimeResolutionRate]).toEqual([null, null, null, null, null])
    expect(r.signOnTimeRate).toBe(0.5)
    expect(r.finishOnTimeRate).toBeNull()
    expect(r.casesPer10k).toBe(5)
  })
})
