import type { CaseRecord } from './case'
import type { AssessmentOptions, AssessmentResult } from './assessment'
import { DAY_MS } from './calendar'
import { periodOf } from './period'

/** Dimensions a scoreboard ranks or breaks down by (DESIGN §2.5). */
export type RollupDimension = 'community' | 'grid' | 'handler' | 'unit' | 'category' | 'gridCategory' | 'place'

export const ROLLUP_DIMENSIONS: readonly RollupDimension[] = ['community', 'grid', 'handler', 'unit', 'category', 'gridCategory', 'place']

/**
 * Counters one (period, dimension, key) keeps, maintained in the case write's own transaction.
 * Every rate on a scoreboard is a ratio of two of these.
 */
export interface RollupCounters {
  /** cases placed in the period (by the periodBy date) */
  received: number
  closed: number
  /** 考核基数: valid callback and included */
  base: number
  contacted: number
  resolved: number
  satisfied: number
  basicallySatisfied: number
  /** left out of the assessment, by any reason */
  excluded: number
  signed: number
  signedOnTime: number
  finished: number
  finishedOnTime: number
  /** open past the finish deadline at the time of the last write, or finished late */
  overdue: number
  /** resolved in the base without any 重办 */
  firstTimeResolved: number
  /** cases from a caller (phone hash) with an earlier case in the 30 days before */
  repeatCalls: number
}

export const COUNTER_NAMES: readonly (keyof RollupCounters)[] = [
  'received', 'closed', 'base', 'contacted', 'resolved', 'satisfied', 'basicallySatisfied', 'excluded',
  'signed', 'signedOnTime', 'finished', 'finishedOnTime', 'overdue', 'firstTimeResolved', 'repeatCalls'
]

/** The settings the 三率 are computed with (stored settings, validated). */
export interface AssessmentSettings extends AssessmentOptions {
  /** null = calendar month; else the day a cut-off period starts (1–28) */
  cutoffDay: number | null
  /** which date places a case in a period */
  periodBy: 'receivedAt' | 'closedAt'
}

/** The row fields a case's contributions depend on. */
export type RollupCase = Pick<
  CaseRecord,
  | 'id' | 'communityId' | 'receivedAt' | 'closedAt' | 'repliedAt' | 'signedAt' | 'signDeadline' | 'finishDeadline' | 'updatedAt'
  | 'gridId' | 'placeId' | 'categoryId' | 'categoryAncestors' | 'handlerId' | 'unitId' | 'callback' | 'assessment'
  | 'reopenCount' | 'callerPhoneHash' | 'deletedAt'
>

export interface Contribution {
  period: string
  dimension: RollupDimension
  key: string
  counters: Partial<RollupCounters>
}

export const emptyCounters = (): RollupCounters =>
  Object.fromEntries(COUNTER_NAMES.map((name) => [name, 0])) as unknown as RollupCounters

/** Adds `delta` (times `sign`) into `into`, in place; returns it. */
export function addCounters(into: RollupCounters, delta: Partial<RollupCounters>, sign = 1): RollupCounters {
  for (const name of COUNTER_NAMES) if (delta[name]) into[name] += sign * delta[name]
  return into
}

/** The top-level category: the last ancestor, or the category itself. */
export function topCategoryOf(row: Pick<CaseRecord, 'categoryId' | 'categoryAncestors'>): string | undefined {
  const ancestors = row.categoryAncestors ?? []
  return ancestors.length ? ancestors[ancestors.length - 1] : row.categoryId
}

/** The period the case counts in, or null when its periodBy date is not there yet. */
export function casePeriod(row: Pick<CaseRecord, 'receivedAt' | 'closedAt'>, settings: Pick<AssessmentSettings, 'periodBy' | 'cutoffDay'>): string | null {
  const at = row[settings.periodBy]
  return at === undefined ? null : periodOf(at, { cutoffDay: settings.cutoffDay ?? undefined })
}

/** The (dimension, key) pairs a case is counted under. */
export function caseKeys(row: RollupCase): [RollupDimension, string][] {
  const keys: [RollupDimension, string][] = [['community', row.communityId]]
  if (row.gridId) keys.push(['grid', row.gridId])
  if (row.handlerId) keys.push(['handler', row.handlerId])
  if (row.unitId) keys.push(['unit', row.unitId])
  const top = topCategoryOf(row)
  if (row.categoryId) keys.push(['category', row.categoryId])
  if (top && top !== row.categoryId) keys.push(['category', top])
  if (row.gridId && top) keys.push(['gridCategory', `${row.gridId}|${top}`])
  if (row.placeId) keys.push(['place', row.placeId])
  return keys
}

/**
 * What one case adds to its counters. Overdue is judged at the row's last write (updatedAt), so a
 * rebuild later reaches the same figure as the write did.
 */
export function caseCounters(row: RollupCase, { repeatCall }: { repeatCall: boolean }): Partial<RollupCounters> {
  const c: Partial<RollupCounters> = { received: 1 }
  const one = (name: keyof RollupCounters, yes: unknown) => {
    if (yes) c[name] = 1
  }
  one('closed', row.closedAt !== undefined)
  const cb = row.callback
  const inBase = row.assessment.included && cb?.valid === true
  one('excluded', !row.assessment.included)
  one('base', inBase)
  one('contacted', inBase && cb.contacted)
  one('resolved', inBase && cb.resolved)
  one('satisfied', inBase && cb.satisfaction === '满意')
  one('basicallySatisfied', inBase && cb.satisfaction === '基本满意')
  one('firstTimeResolved', inBase && cb.resolved && !row.reopenCount)
  one('signed', row.signedAt !== undefined)
  one('signedOnTime', row.signedAt !== undefined && (row.signDeadline === undefined || row.signedAt <= row.signDeadline))
  const finishedAt = row.repliedAt ?? row.closedAt
  one('finished', finishedAt !== undefined)
  one('finishedOnTime', finishedAt !== undefined && (row.finishDeadline === undefined || finishedAt <= row.finishDeadline))
  const deadline = row.finishDeadline
  one('overdue', deadline !== undefined && (finishedAt ?? row.updatedAt) > deadline)
  one('repeatCalls', repeatCall)
  return c
}

/** Every (period, dimension, key) a case adds to; nothing for a deleted case or one not yet in a period. */
export function caseContributions(row: RollupCase | undefined, settings: AssessmentSettings, ctx: { repeatCall: boolean }): Contribution[] {
  if (!row || row.deletedAt !== undefined) return []
  const period = casePeriod(row, settings)
  if (period === null) return []
  const counters = caseCounters(row, ctx)
  return caseKeys(row).map(([dimension, key]) => ({ period, dimension, key, counters }))
}

export const contributionId = (c: Pick<Contribution, 'period' | 'dimension' | 'key'>) => `${c.period}\u0000${c.dimension}\u0000${c.key}`

/** after − before per (period, dimension, key), leaving out the ones that did not change. */
export function diffContributions(before: readonly Contribution[], after: readonly Contribution[]): Contribution[] {
  const byId = new Map<string, { c: Contribution; counters: RollupCounters }>()
  const apply = (list: readonly Contribution[], sign: number) => {
    for (const c of list) {
      const id = contributionId(c)
      let found = byId.get(id)
      if (!found) byId.set(id, (found = { c, counters: emptyCounters() }))
      addCounters(found.counters, c.counters, sign)
    }
  }
  apply(before, -1)
  apply(after, 1)
  const out: Contribution[] = []
  for (const { c, counters } of byId.values()) {
    const delta = Object.fromEntries(COUNTER_NAMES.filter((n) => counters[n] !== 0).map((n) => [n, counters[n]])) as Partial<RollupCounters>
    if (Object.keys(delta).length) out.push({ period: c.period, dimension: c.dimension, key: c.key, counters: delta })
  }
  return out
}

/** 重复来电: an earlier case of the same caller at most this long before. */
export const REPEAT_WINDOW_MS = 30 * DAY_MS

type CallerCase = Pick<CaseRecord, 'id' | 'receivedAt' | 'callerPhoneHash' | 'deletedAt'>

const earlier = (a: CallerCase, b: CallerCase) => a.receivedAt < b.receivedAt || (a.receivedAt === b.receivedAt && a.id < b.id)

/** Whether another live case of the same caller came in at most 30 days before `row` (ties by id). */
export function isRepeatCall(row: CallerCase, sameCaller: readonly CallerCase[]): boolean {
  if (!row.callerPhoneHash) return false
  return sameCaller.some(
    (o) => o.id !== row.id && o.deletedAt === undefined && o.callerPhoneHash === row.callerPhoneHash && earlier(o, row) && row.receivedAt - o.receivedAt <= REPEAT_WINDOW_MS
  )
}

/** The ids of every repeat call among `cases`, computed per caller in one pass. */
export function repeatCallIds(cases: readonly CallerCase[]): Set<string> {
  const byCaller = new Map<string, CallerCase[]>()
  for (const c of cases) {
    if (!c.callerPhoneHash || c.deletedAt !== undefined) continue
    const list = byCaller.get(c.callerPhoneHash)
    if (list) list.push(c)
    else byCaller.set(c.callerPhoneHash, [c])
  }
  const out = new Set<string>()
  for (const list of byCaller.values()) {
    list.sort((a, b) => (earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0))
    for (let i = 1; i < list.length; i++) if (list[i].receivedAt - list[i - 1].receivedAt <= REPEAT_WINDOW_MS) out.add(list[i].id)
  }
  return out
}

/** Sums contributions into counters per (period, dimension, key). */
export function sumContributions(contributions: Iterable<Contribution>): Map<string, Contribution & { counters: RollupCounters }> {
  const out = new Map<string, Contribution & { counters: RollupCounters }>()
  for (const c of contributions) {
    const id = contributionId(c)
    let found = out.get(id)
    if (!found) out.set(id, (found = { period: c.period, dimension: c.dimension, key: c.key, counters: emptyCounters() }))
    addCounters(found.counters, c.counters)
  }
  return out
}

/** Every rollup of a set of cases, from scratch (the rebuild, and the check on the maintained ones). */
export function rollupsOf(cases: readonly RollupCase[], settings: AssessmentSettings): Map<string, Contribution & { counters: RollupCounters }> {
  const repeats = repeatCallIds(cases)
  return sumContributions(cases.flatMap((c) => caseContributions(c, settings, { repeatCall: repeats.has(c.id) })))
}

export interface CounterRates extends AssessmentResult {
  signOnTimeRate: number | null
  finishOnTimeRate: number | null
  firstTimeResolutionRate: number | null
  repeatCallRate: number | null
  casesPer10k?: number | null
}

// float noise only, as assess() does: keeps 100 × 0.865 at 86.5
const tidy = (x: number) => Math.round(x * 1e10) / 1e10
const ratio = (n: number, d: number) => (d ? n / d : null)

/**
 * The 三率 and 综合得分 from counters, by the very formula of assess() (an empty base gives null),
 * and the secondary rates; 万人诉求量 when a population is given.
 */
export function toScoreRow(c: RollupCounters, options: AssessmentOptions, { population }: { population?: number } = {}): CounterRates {
  const { base } = c
  const responseRate = ratio(c.contacted, base)
  const resolutionRate = ratio(c.resolved, base)
  const satisfactionRate = ratio(c.satisfied + options.k * c.basicallySatisfied, base)
  const w = options.weights
  const score = base === 0 ? null : tidy(100 * (w.response * (responseRate ?? 0) + w.resolution * (resolutionRate ?? 0) + w.satisfaction * (satisfactionRate ?? 0)))
  return {
    base,
    contacted: c.contacted,
    resolved: c.resolved,
    satisfied: c.satisfied,
    basicallySatisfied: c.basicallySatisfied,
    responseRate,
    resolutionRate,
    satisfactionRate,
    score,
    signOnTimeRate: ratio(c.signedOnTime, c.signed),
    finishOnTimeRate: ratio(c.finishedOnTime, c.finished),
    firstTimeResolutionRate: ratio(c.firstTimeResolved, base),
    repeatCallRate: ratio(c.repeatCalls, c.received),
    ...(population === undefined ? {} : { casesPer10k: population > 0 ? (c.received * 10_000) / population : null })
  }
}
