import { addDays, chinaDay, chinaDayStart } from './calendar'

/**
 * 考核期间 (DESIGN §2.5): a calendar month, or a cut-off month. With cutoffDay 19 the period
 * '2026-11' runs from 2026-10-19 00:00 to 2026-11-18 24:00 China time: a period is named by the
 * month its last day falls in. cutoffDay 1 (or none) is the calendar month.
 */
export interface PeriodOptions {
  cutoffDay?: number
}

const KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The Chinese reason a cut-off day cannot be used, or null. */
export function validateCutoffDay(cutoffDay: number | undefined): string | null {
  if (cutoffDay === undefined) return null
  return Number.isInteger(cutoffDay) && cutoffDay >= 1 && cutoffDay <= 28 ? null : '考核截止日须为 1 到 28 之间的整数'
}

function cutoff(opts: PeriodOptions): number {
  const problem = validateCutoffDay(opts.cutoffDay)
  if (problem) throw new Error(problem)
  return opts.cutoffDay ?? 1
}

function parseKey(key: string): { year: number; month: number } {
  const m = KEY_PATTERN.exec(key)
  if (!m) throw new Error(`考核期间格式应为 YYYY-MM：${key}`)
  return { year: Number(m[1]), month: Number(m[2]) }
}

function keyOf(year: number, month: number): string {
  const index = year * 12 + (month - 1)
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The period `n` periods after `key` (negative for earlier). */
export function shiftPeriod(key: string, n: number): string {
  const { year, month } = parseKey(key)
  return keyOf(year, month + n)
}

export const previousPeriod = (key: string): string => shiftPeriod(key, -1)

function dayIn(key: string, day: number): string {
  return `${key}-${String(day).padStart(2, '0')}`
}

/** [startMs, endMs) of a period. */
export function periodRange(key: string, opts: PeriodOptions = {}): [number, number] {
  const d = cutoff(opts)
  parseKey(key)
  if (d === 1) return [chinaDayStart(dayIn(key, 1)), chinaDayStart(dayIn(shiftPeriod(key, 1), 1))]
  return [chinaDayStart(dayIn(previousPeriod(key), d)), chinaDayStart(dayIn(key, d))]
}

/** The period an instant falls in. */
export function periodOf(ms: number, opts: PeriodOptions = {}): string {
  const d = cutoff(opts)
  const day = chinaDay(ms)
  const key = day.slice(0, 7)
  return d > 1 && Number(day.slice(8, 10)) >= d ? shiftPeriod(key, 1) : key
}

/** First and last day of a period, for headings such as 2026-10-19 至 2026-11-18. */
export function periodDays(key: string, opts: PeriodOptions = {}): { first: string; last: string } {
  const [start, end] = periodRange(key, opts)
  return { first: chinaDay(start), last: addDays(chinaDay(end), -1) }
}

export interface PeriodSelection extends PeriodOptions {
  /** which date places a case in a period (a setting) */
  by: 'receivedAt' | 'closedAt'
}

/** The cases whose receivedAt (or closedAt) falls in the period; unclosed cases have no closedAt. */
export function selectForPeriod<T extends { receivedAt: number; closedAt?: number }>(
  cases: readonly T[],
  key: string,
  selection: PeriodSelection
): T[] {
  const [start, end] = periodRange(key, selection)
  return cases.filter((c) => {
    const at = c[selection.by]
    return at !== undefined && at >= start && at < end
  })
}
