import type { Satisfaction } from './case'

/** A case as the 三率 see it (DESIGN §2.5); period selection happens before `assess`. */
export interface AssessableCase {
  id: string
  receivedAt: number
  closedAt?: number
  callback?: { valid: boolean; contacted: boolean; resolved: boolean; satisfaction?: Satisfaction }
  assessment: { included: boolean; exclusionReason?: string }
}

export interface AssessmentWeights {
  response: number
  resolution: number
  satisfaction: number
}

export interface AssessmentOptions {
  /** weight of 基本满意 in 满意率 */
  k: number
  weights: AssessmentWeights
}

export interface AssessmentResult {
  base: number
  contacted: number
  resolved: number
  satisfied: number
  basicallySatisfied: number
  /** 响应率, 解决率, 满意率 in 0…1 and 综合得分 in 0…100; null when the base is empty */
  responseRate: number | null
  resolutionRate: number | null
  satisfactionRate: number | null
  score: number | null
}

export const WEIGHT_PRESETS: readonly { name: string; weights: AssessmentWeights }[] = Object.freeze([
  { name: '响应 0.1 / 解决 0.5 / 满意 0.4', weights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 } },
  { name: '响应 0.1 / 解决 0.45 / 满意 0.45', weights: { response: 0.1, resolution: 0.45, satisfaction: 0.45 } }
])

export const DEFAULT_ASSESSMENT_OPTIONS: AssessmentOptions = { k: 0.9, weights: WEIGHT_PRESETS[0].weights }

/** Every reason the options cannot be used, in Chinese; empty when they can. */
export function validateAssessmentOptions(options: AssessmentOptions): string[] {
  const problems: string[] = []
  const { k, weights } = options
  if (!Number.isFinite(k) || k < 0 || k > 1) problems.push('基本满意系数 k 须在 0 到 1 之间')
  const values = [weights.response, weights.resolution, weights.satisfaction]
  if (values.some((w) => !Number.isFinite(w) || w < 0)) problems.push('权重须为不小于 0 的数')
  else {
    const sum = values.reduce((a, b) => a + b, 0)
    if (Math.abs(sum - 1) > 1e-9) problems.push(`三项权重之和须为 1，当前为 ${Number(sum.toFixed(6))}`)
  }
  return problems
}

/** A rate with the count and the denominator behind it. */
export interface RateBreakdown {
  numerator: number
  denominator: number
  rate: number | null
}

export interface AssessmentExplained extends AssessmentResult {
  rates: { response: RateBreakdown; resolution: RateBreakdown; satisfaction: RateBreakdown }
  /** the cases behind each count */
  caseIds: {
    base: string[]
    contacted: string[]
    resolved: string[]
    satisfied: string[]
    basicallySatisfied: string[]
    unsatisfied: string[]
    /** included in assessment but without a valid callback */
    withoutValidCallback: string[]
    excluded: { id: string; reason: string }[]
  }
}

// float noise only: keeps 100 × 0.865 at 86.5
const tidy = (x: number) => Math.round(x * 1e10) / 1e10

/** The 三率 and 综合得分 with their numerators, denominators and the case ids behind each. */
export function assessExplained(cases: readonly AssessableCase[], options: AssessmentOptions): AssessmentExplained {
  const ids: AssessmentExplained['caseIds'] = {
    base: [], contacted: [], resolved: [], satisfied: [], basicallySatisfied: [], unsatisfied: [], withoutValidCallback: [], excluded: []
  }
  for (const c of cases) {
    if (!c.assessment.included) ids.excluded.push({ id: c.id, reason: c.assessment.exclusionReason ?? '' })
    else if (!c.callback?.valid) ids.withoutValidCallback.push(c.id)
    else {
      ids.base.push(c.id)
      if (c.callback.contacted) ids.contacted.push(c.id)
      if (c.callback.resolved) ids.resolved.push(c.id)
      const s = c.callback.satisfaction
      if (s === '满意') ids.satisfied.push(c.id)
      else if (s === '基本满意') ids.basicallySatisfied.push(c.id)
      else if (s === '不满意') ids.unsatisfied.push(c.id)
    }
  }
  const base = ids.base.length
  const breakdown = (numerator: number): RateBreakdown => ({ numerator, denominator: base, rate: base ? numerator / base : null })
  const rates = {
    response: breakdown(ids.contacted.length),
    resolution: breakdown(ids.resolved.length),
    satisfaction: breakdown(ids.satisfied.length + options.k * ids.basicallySatisfied.length)
  }
  const { weights: w } = options
  const score =
    base === 0
      ? null
      : tidy(100 * (w.response * (rates.response.rate ?? 0) + w.resolution * (rates.resolution.rate ?? 0) + w.satisfaction * (rates.satisfaction.rate ?? 0)))
  return {
    base,
    contacted: ids.contacted.length,
    resolved: ids.resolved.length,
    satisfied: ids.satisfied.length,
    basicallySatisfied: ids.basicallySatisfied.length,
    responseRate: rates.response.rate,
    resolutionRate: rates.resolution.rate,
    satisfactionRate: rates.satisfaction.rate,
    score,
    rates,
    caseIds: ids
  }
}

/**
 * base = cases with a valid callback and `assessment.included`; 响应率 = contacted / base,
 * 解决率 = resolved / base, 满意率 = (满意 + k × 基本满意) / base, score = 100 × Σ weight × rate.
 */
export function assess(cases: readonly AssessableCase[], options: AssessmentOptions): AssessmentResult {
  const { base, contacted, resolved, satisfied, basicallySatisfied, responseRate, resolutionRate, satisfactionRate, score } =
    assessExplained(cases, options)
  return { base, contacted, resolved, satisfied, basicallySatisfied, responseRate, resolutionRate, satisfactionRate, score }
}

export interface RankableRow {
  score: number | null
  resolutionRate: number | null
  satisfactionRate: number | null
}

const desc = (a: number | null, b: number | null) => (b ?? -Infinity) - (a ?? -Infinity) || 0

/**
 * Ranks rows of one peer group: by score, ties broken by 解决率 then 满意率. Rows equal on all
 * three share a rank (1, 1, 3); rows without a score come last with rank null (shown as —).
 */
export function rankRows<T extends RankableRow>(rows: readonly T[]): (T & { rank: number | null })[] {
  const compare = (a: T, b: T) =>
    desc(a.score, b.score) || desc(a.resolutionRate, b.resolutionRate) || desc(a.satisfactionRate, b.satisfactionRate)
  const scored = rows.filter((r) => r.score !== null).sort(compare)
  const ranked = scored.map((row, i) => ({ ...row, rank: i + 1 }))
  for (let i = 1; i < ranked.length; i++) if (compare(scored[i - 1], scored[i]) === 0) ranked[i].rank = ranked[i - 1].rank
  return [...ranked, ...rows.filter((r) => r.score === null).map((row) => ({ ...row, rank: null }))]
}
