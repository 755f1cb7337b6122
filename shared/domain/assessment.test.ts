import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SATISFACTION } from './case'
import {
  DEFAULT_ASSESSMENT_OPTIONS,
  WEIGHT_PRESETS,
  assess,
  assessExplained,
  rankRows,
  validateAssessmentOptions,
  type AssessableCase,
  type AssessmentOptions
} from './assessment'

const cb = (contacted: boolean, resolved: boolean, satisfaction?: (typeof SATISFACTION)[number]) => ({
  valid: true,
  contacted,
  resolved,
  satisfaction
})
const included = { included: true }
const c = (id: string, extra: Partial<AssessableCase> = {}): AssessableCase => ({ id, receivedAt: 0, assessment: included, ...extra })

const cases: AssessableCase[] = [
  c('c1', { callback: cb(true, true, '满意') }),
  c('c2', { callback: cb(true, true, '基本满意') }),
  c('c3', { callback: cb(true, false, '不满意') }),
  c('c4', { callback: cb(false, false, '基本满意') }),
  c('c5', { callback: { ...cb(true, true, '满意'), valid: false } }),
  c('c6'),
  c('c7', { callback: cb(true, true, '满意'), assessment: { included: false, exclusionReason: '不合理诉求' } }),
  c('c8', { callback: cb(true, true, '满意') })
]
const opts = (weights = WEIGHT_PRESETS[0].weights, k = 0.9): AssessmentOptions => ({ k, weights })

describe('assess', () => {
  it('computes the 三率 and the score by hand', () => {
    expect(assess(cases, opts())).toEqual({
      base: 5,
      contacted: 4,
      resolved: 3,
      satisfied: 2,
      basicallySatisfied: 2,
      responseRate: 0.8,
      resolutionRate: 0.6,
      satisfactionRate: 0.76,
      score: 68.4
    })
    expect(assess(cases, opts(WEIGHT_PRESETS[1].weights)).score).toBe(69.2)
  })

  it('weights 基本满意 by k', () => {
    expect(assess(cases, opts(undefined, 1)).satisfactionRate).toBe(0.8)
    expect(assess(cases, opts(undefined, 0)).satisfactionRate).toBe(0.4)
  })

  it('gives null, never 0 or NaN, for an empty base', () => {
    const empty = { base: 0, contacted: 0, resolved: 0, satisfied: 0, basicallySatisfied: 0, responseRate: null, resolutionRate: null, satisfactionRate: null, score: null }
    expect(assess([], DEFAULT_ASSESSMENT_OPTIONS)).toEqual(empty)
    expect(assess([cases[4], cases[5], cases[6]], DEFAULT_ASSESSMENT_OPTIONS)).toEqual(empty)
  })
})

describe('assessExplained', () => {
  it('names the cases behind every count, and why the others are out', () => {
    const e = assessExplained(cases, opts())
    expect(e.caseIds).toEqual({
      base: ['c1', 'c2', 'c3', 'c4', 'c8'],
      contacted: ['c1', 'c2', 'c3', 'c8'],
      resolved: ['c1', 'c2', 'c8'],
      satisfied: ['c1', 'c8'],
      basicallySatisfied: ['c2', 'c4'],
      unsatisfied: ['c3'],
      withoutValidCallback: ['c5', 'c6'],
      excluded: [{ id: 'c7', reason: '不合理诉求' }]
    })
    expect(e.rates.satisfaction).toEqual({ numerator: 3.8, denominator: 5, rate: 0.76 })
    expect(e.rates.response).toEqual({ numerator: 4, denominator: 5, rate: 0.8 })
  })
})

describe('validateAssessmentOptions', () => {
  it('accepts both presets and refuses bad k and weights in Chinese', () => {
    for (const p of WEIGHT_PRESETS) expect(validateAssessmentOptions(opts(p.weights))).toEqual([])
    expect(validateAssessmentOptions(opts(undefined, 1.2))).toEqual(['基本满意系数 k 须在 0 到 1 之间'])
    expect(validateAssessmentOptions(opts({ response: 0.2, resolution: 0.5, satisfaction: 0.4 }))).toEqual(['三项权重之和须为 1，当前为 1.1'])
    expect(validateAssessmentOptions(opts({ response: -0.1, resolution: 0.7, satisfaction: 0.4 }))).toEqual(['权重须为不小于 0 的数'])
  })
})

describe('rankRows', () => {
  it('ranks by score, then 解决率, then 满意率; equal rows share a rank; no score comes last', () => {
    const rows = [
      { name: 'A', score: 80, resolutionRate: 0.8, satisfactionRate: 0.9 },
      { name: 'B', score: null, resolutionRate: null, satisfactionRate: null },
      { name: 'C', score: 90, resolutionRate: 0.7, satisfactionRate: 0.9 },
      { name: 'D', score: 80, resolutionRate: 0.9, satisfactionRate: 0.5 },
      { name: 'E', score: 80, resolutionRate: 0.8, satisfactionRate: 0.9 },
      { name: 'F', score: 80, resolutionRate: 0.8, satisfactionRate: 0.95 }
    ]
    expect(rankRows(rows).map((r) => [r.name, r.rank])).toEqual([
      ['C', 1],
      ['D', 2],
      ['F', 3],
      ['A', 4],
      ['E', 4],
      ['B', null]
    ])
  })
})

describe('assessment properties', () => {
  const caseArb = fc.record({
    id: fc.uuid(),
    receivedAt: fc.nat(),
    callback: fc.option(
      fc.record({ valid: fc.boolean(), contacted: fc.boolean(), resolved: fc.boolean(), satisfaction: fc.option(fc.constantFrom(...SATISFACTION), { nil: undefined }) }),
      { nil: undefined }
    ),
    assessment: fc.record({ included: fc.boolean() })
  })
  const weightsArb = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => [Math.min(a, b) / 100, (Math.max(a, b) - Math.min(a, b)) / 100, 1 - Math.max(a, b) / 100] as const)
    .map(([response, resolution, satisfaction]) => ({ response, resolution, satisfaction }))
  const kArb = fc.integer({ min: 0, max: 100 }).map((n) => n / 100)

  it('keeps rates in 0…1 and the score in 0…100, or null together', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 30 }), weightsArb, kArb, (cs, weights, k) => {
        const r = assess(cs, { k, weights })
        const values = [r.responseRate, r.resolutionRate, r.satisfactionRate]
        if (r.base === 0) {
          expect([...values, r.score]).toEqual([null, null, null, null])
          return
        }
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(0)
          expect(v).toBeLessThanOrEqual(1)
        }
        expect(r.score).toBeGreaterThanOrEqual(0)
        expect(r.score).toBeLessThanOrEqual(100)
      })
    )
  })

  it('is linear in the weights', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 30 }), weightsArb, weightsArb, kArb, fc.double({ min: 0, max: 1, noNaN: true }), (cs, w1, w2, k, t) => {
        const mix = {
          response: t * w1.response + (1 - t) * w2.response,
          resolution: t * w1.resolution + (1 - t) * w2.resolution,
          satisfaction: t * w1.satisfaction + (1 - t) * w2.satisfaction
        }
        const s1 = assess(cs, { k, weights: w1 }).score
        const s2 = assess(cs, { k, weights: w2 }).score
        const s = assess(cs, { k, weights: mix }).score
        if (s1 === null || s2 === null) expect(s).toBeNull()
        else expect(s).toBeCloseTo(t * s1 + (1 - t) * s2, 6)
      })
    )
  })
})
