import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from './assessment'
import type { Satisfaction } from './case'
import { DAY_MS } from './calendar'
import { selectForPeriod } from './period'
import {
  addCounters, caseContributions, contributionId, diffContributions, emptyCounters, repeatCallIds, rollupsOf, toScoreRow,
  type AssessmentSettings, type Contribution, type RollupCase, type RollupCounters
} from './rollups'

const FROM = Date.parse('2026-01-01T00:00:00+08:00')
const SPAN = 120 * DAY_MS

const callbackArb = fc.option(
  fc.record({
    valid: fc.boolean(),
    contacted: fc.boolean(),
    resolved: fc.boolean(),
    satisfaction: fc.option(fc.constantFrom<Satisfaction>('满意', '基本满意', '不满意'), { nil: undefined })
  }),
  { nil: undefined }
)
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

const caseArb = (i: number) =>
  fc.record({
    receivedAt: fc.integer({ min: FROM, max: FROM + SPAN }),
    closedAfter: maybe(fc.integer({ min: 0, max: 40 * DAY_MS })),
    gridId: maybe(fc.constantFrom('g1', 'g2', 'g3')),
    categoryId: maybe(fc.constantFrom('leafA', 'leafB', 'top')),
    handlerId: maybe(fc.constantFrom('u1', 'u2')),
    callback: callbackArb,
    included: fc.boolean(),
    reopenCount: fc.constantFrom(0, 0, 1),
    caller: maybe(fc.constantFrom('h1', 'h2', 'h3')),
    finishDays: maybe(fc.integer({ min: 1, max: 20 }))
  }).map((r): RollupCase => ({
    id: `c${String(i).padStart(4, '0')}`,
    communityId: 'C1',
    receivedAt: r.receivedAt,
    updatedAt: r.receivedAt + 3 * DAY_MS,
    closedAt: r.closedAfter === undefined ? undefined : r.receivedAt + r.closedAfter,
    gridId: r.gridId,
    categoryId: r.categoryId,
    categoryAncestors: r.categoryId && r.categoryId !== 'top' ? ['top'] : [],
    handlerId: r.handlerId,
    callback: r.callback,
    assessment: r.included ? { included: true } : { included: false, exclusionReason: '重复件' },
    reopenCount: r.reopenCount,
    callerPhoneHash: r.caller,
    finishDeadline: r.finishDays === undefined ? undefined : r.receivedAt + r.finishDays * DAY_MS
  }))

const casesArb = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => caseArb(i))))
const settingsArb: fc.Arbitrary<AssessmentSettings> = fc.record({
  k: fc.constantFrom(0.9, 0.8, 1),
  weights: fc.constantFrom({ response: 0.1, resolution: 0.5, satisfaction: 0.4 }, { response: 0.1, resolution: 0.45, satisfaction: 0.45 }),
  cutoffDay: fc.constantFrom(null, 19, 26),
  periodBy: fc.constantFrom('receivedAt' as const, 'closedAt' as const)
})

const asMap = (m: Map<string, { counters: RollupCounters }>) => new Map([...m].map(([id, r]) => [id, r.counters]))

describe('rollup properties', () => {
  it('the summed counters of a period and grid equal counting its cases directly, and their scores equal assess()', () => {
    fc.assert(
      fc.property(casesArb, settingsArb, (cases, settings) => {
        const rollups = rollupsOf(cases, settings)
        const repeats = repeatCallIds(cases)
        const periods = new Set([...rollups.values()].map((r) => r.period))
        for (const period of periods) {
          const inPeriod = selectForPeriod(cases, period, { by: settings.periodBy, cutoffDay: settings.cutoffDay ?? undefined })
          for (const [dimension, key, pick] of [
            ['community', 'C1', () => true],
            ['grid', 'g2', (c: RollupCase) => c.gridId === 'g2'],
            ['category', 'top', (c: RollupCase) => c.categoryId !== undefined]
          ] as const) {
            const mine = inPeriod.filter(pick)
            const row = rollups.get(contributionId({ period, dimension, key }))
            expect(row?.counters.received ?? 0).toBe(mine.length)
            if (!row) continue
            const inBase = mine.filter((c) => c.assessment.included && c.callback?.valid)
            expect(row.counters.base).toBe(inBase.length)
            expect(row.counters.excluded).toBe(mine.filter((c) => !c.assessment.included).length)
            expect(row.counters.closed).toBe(mine.filter((c) => c.closedAt !== undefined).length)
            expect(row.counters.firstTimeResolved).toBe(inBase.filter((c) => c.callback!.resolved && !c.reopenCount).length)
            expect(row.counters.repeatCalls).toBe(mine.filter((c) => repeats.has(c.id)).length)
            const { signOnTimeRate: _s, finishOnTimeRate: _f, firstTimeResolutionRate: _r, repeatCallRate: _c, ...rates } = toScoreRow(row.counters, settings)
            expect(rates).toEqual(assess(mine, settings))
          }
        }
      }),
      { numRuns: 150 }
    )
  })

  it('applying the diff of every edit to the running totals ends where counting the final cases from scratch does', () => {
    fc.assert(
      fc.property(casesArb, casesArb, settingsArb, (first, edits, settings) => {
        const totals = new Map<string, RollupCounters>()
        const apply = (deltas: Contribution[]) => {
          for (const d of deltas) {
            const id = contributionId(d)
            const next = addCounters(totals.get(id) ?? emptyCounters(), d.counters)
            if (next.received === 0) totals.delete(id)
            else totals.set(id, next)
          }
        }
        const current = new Map<string, RollupCase>()
        const contribution = (c: RollupCase | undefined, all: RollupCase[]) => caseContributions(c, settings, { repeatCall: !!c && repeatCallIds(all).has(c.id) })
        for (const next of [...first, ...edits]) {
          const prev = current.get(next.id)
          const others = [...current.values()].filter((c) => c.id !== next.id)
          // every case whose repeat flag the write turns over is re-counted too
          const before = repeatCallIds([...current.values()])
          current.set(next.id, next)
          const after = repeatCallIds([...current.values()])
          const flipped = others.filter((c) => before.has(c.id) !== after.has(c.id))
          apply(diffContributions(
            [...caseContributions(prev, settings, { repeatCall: !!prev && before.has(prev.id) }), ...flipped.flatMap((c) => caseContributions(c, settings, { repeatCall: before.has(c.id) }))],
            [...contribution(next, [...current.values()]), ...flipped.flatMap((c) => caseContributions(c, settings, { repeatCall: after.has(c.id) }))]
          ))
        }
        expect(totals).toEqual(asMap(rollupsOf([...current.values()], settings)))
      }),
      { numRuns: 150 }
    )
  })
})
