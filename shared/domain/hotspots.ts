import { DAY_MS } from './calendar'
import type { FieldIssue } from './errors'
import { ValidationError } from './errors'
import type { HotspotTrigger } from './work'

/** 未诉先办 hotspot rules (DESIGN §2.6); every number is a setting. */
export interface HotspotThresholds {
  /** same category at the same place: ≥ count cases in `days` */
  samePlace: { count: number; days: number }
  /** a category up ≥ percent on the window before, with ≥ minCount cases in `days` */
  categoryRise: { percent: number; minCount: number; days: number }
  /** the same caller ≥ count cases in `days` */
  repeatCaller: { count: number; days: number }
}

export const DEFAULT_HOTSPOT_THRESHOLDS: HotspotThresholds = {
  samePlace: { count: 5, days: 30 },
  categoryRise: { percent: 30, minCount: 10, days: 30 },
  repeatCaller: { count: 3, days: 60 }
}

/** Longest look-back a rule may use, so detection reads a bounded slice of recent cases. */
export const MAX_HOTSPOT_WINDOW_DAYS = 90

export type HotspotRule = HotspotTrigger['rule']
export const HOTSPOT_RULES: readonly HotspotRule[] = ['samePlace', 'categoryRise', 'repeatCaller']

/** The fields of a case the rules read. */
export interface HotspotCase {
  id: string
  receivedAt: number
  categoryId?: string
  placeId?: string
  callerPhoneHash?: string
}

export interface HotspotAlert extends HotspotTrigger {
  since: number
  until: number
}

const positiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0

/** Each unusable threshold as a Chinese message at its field, e.g. `samePlace.count`. */
export function thresholdIssues(t: HotspotThresholds): FieldIssue[] {
  const issues: FieldIssue[] = []
  const need = (field: string, v: unknown, label: string) => {
    if (!positiveInt(v)) issues.push({ field, message: `${label}须为大于 0 的整数` })
  }
  const days = (field: string, v: unknown, max: number) => {
    if (!positiveInt(v)) issues.push({ field, message: '统计天数须为大于 0 的整数' })
    else if (v > max) issues.push({ field, message: `统计天数不能超过 ${max} 天` })
  }
  need('samePlace.count', t.samePlace?.count, '同点位同类件数')
  days('samePlace.days', t.samePlace?.days, MAX_HOTSPOT_WINDOW_DAYS)
  need('categoryRise.percent', t.categoryRise?.percent, '环比上升幅度')
  need('categoryRise.minCount', t.categoryRise?.minCount, '类别最少件数')
  // the rise compares two windows back to back, so one window is at most half the look-back
  days('categoryRise.days', t.categoryRise?.days, MAX_HOTSPOT_WINDOW_DAYS / 2)
  need('repeatCaller.count', t.repeatCaller?.count, '重复来电件数')
  days('repeatCaller.days', t.repeatCaller?.days, MAX_HOTSPOT_WINDOW_DAYS)
  return issues
}

/** Throws a ValidationError (Chinese, per field) unless every threshold can be used. */
export function validateThresholds(t: HotspotThresholds): HotspotThresholds {
  const issues = thresholdIssues(t)
  if (issues.length) throw new ValidationError(issues)
  return t
}

/** How far back detection must read for these thresholds, in ms before `now`. */
export function lookBackMs(t: HotspotThresholds): number {
  return Math.max(t.samePlace.days, t.categoryRise.days * 2, t.repeatCaller.days) * DAY_MS
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k === undefined) continue
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return groups
}

const inWindow = (cases: readonly HotspotCase[], since: number, until: number) =>
  cases.filter((c) => c.receivedAt >= since && c.receivedAt < until).sort((a, b) => a.receivedAt - b.receivedAt || a.id.localeCompare(b.id))
const ids = (cases: readonly HotspotCase[]) => cases.map((c) => c.id)

/** The samePlace alert key: place and category together. */
export const placeCategoryKey = (placeId: string, categoryId: string): string => `${placeId}|${categoryId}`

/**
 * The alerts the recent cases raise at `now`, strongest first. Windows end at `now` (exclusive of
 * the future) and start `days` before it; a case exactly `days` old still counts.
 */
export function detectHotspots(cases: readonly HotspotCase[], { now, thresholds = DEFAULT_HOTSPOT_THRESHOLDS }: { now: number; thresholds?: HotspotThresholds }): HotspotAlert[] {
  validateThresholds(thresholds)
  const until = now + 1
  const alerts: HotspotAlert[] = []

  const sp = thresholds.samePlace
  const spSince = now - sp.days * DAY_MS
  const byPlace = groupBy(inWindow(cases, spSince, until), (c) => (c.placeId && c.categoryId ? placeCategoryKey(c.placeId, c.categoryId) : undefined))
  for (const [key, group] of byPlace) {
    if (group.length < sp.count) continue
    alerts.push({ rule: 'samePlace', key, placeId: group[0].placeId, categoryId: group[0].categoryId, count: group.length, windowDays: sp.days, caseIds: ids(group), since: spSince, until: now })
  }

  const cr = thresholds.categoryRise
  const crSince = now - cr.days * DAY_MS
  const before = groupBy(inWindow(cases, crSince - cr.days * DAY_MS, crSince), (c) => c.categoryId)
  for (const [key, group] of groupBy(inWindow(cases, crSince, until), (c) => c.categoryId)) {
    const previousCount = before.get(key)?.length ?? 0
    // integer arithmetic: 13 against 10 is exactly 30 %, not 29.999…
    if (group.length < cr.minCount || group.length * 100 < previousCount * (100 + cr.percent)) continue
    alerts.push({ rule: 'categoryRise', key, categoryId: key, count: group.length, previousCount, windowDays: cr.days, caseIds: ids(group), since: crSince, until: now })
  }

  const rc = thresholds.repeatCaller
  const rcSince = now - rc.days * DAY_MS
  for (const [key, group] of groupBy(inWindow(cases, rcSince, until), (c) => c.callerPhoneHash)) {
    if (group.length < rc.count) continue
    alerts.push({ rule: 'repeatCaller', key, count: group.length, windowDays: rc.days, caseIds: ids(group), since: rcSince, until: now })
  }

  return alerts.sort((a, b) => b.count - a.count || HOTSPOT_RULES.indexOf(a.rule) - HOTSPOT_RULES.indexOf(b.rule) || a.key.localeCompare(b.key))
}

/** Whether a case is of the kind an alert is about: same place and category, same category, or same caller. */
export function matchesTrigger(trigger: Pick<HotspotTrigger, 'rule' | 'key'>, c: HotspotCase): boolean {
  if (trigger.rule === 'samePlace') return !!c.placeId && !!c.categoryId && placeCategoryKey(c.placeId, c.categoryId) === trigger.key
  if (trigger.rule === 'categoryRise') return c.categoryId === trigger.key
  return c.callerPhoneHash === trigger.key
}

/** Cases per week of an alert's evidence, oldest week first: a label 'MM-DD' (week start) and a count. */
export function weeklyCounts(times: readonly number[], since: number, until: number): { week: number; count: number }[] {
  const weeks = Math.max(1, Math.ceil((until - since) / (7 * DAY_MS)))
  const out = Array.from({ length: weeks }, (_, i) => ({ week: since + i * 7 * DAY_MS, count: 0 }))
  for (const t of times) {
    const i = Math.floor((t - since) / (7 * DAY_MS))
    if (i >= 0 && i < weeks) out[i].count++
  }
  return out
}

export interface ComplaintChange {
  before: number
  after: number
  /** true once the whole window after the conversion has passed */
  complete: boolean
  /** fall as a fraction of `before` (0.6 = down 60 %); null when nothing came before */
  drop: number | null
  fell: boolean
}

/** Matching complaints in the `days` after a conversion against the `days` before it. */
export function complaintChange(trigger: Pick<HotspotTrigger, 'rule' | 'key'>, cases: readonly HotspotCase[], convertedAt: number, now: number, days = 30): ComplaintChange {
  const span = days * DAY_MS
  const matching = cases.filter((c) => matchesTrigger(trigger, c))
  const before = matching.filter((c) => c.receivedAt >= convertedAt - span && c.receivedAt < convertedAt).length
  const after = matching.filter((c) => c.receivedAt >= convertedAt && c.receivedAt < Math.min(now + 1, convertedAt + span)).length
  const drop = before > 0 ? (before - after) / before : null
  return { before, after, complete: now >= convertedAt + span, drop, fell: after < before }
}
