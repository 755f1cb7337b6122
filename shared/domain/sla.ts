import type { Clock, ClockUnit } from './case'
import {
  DAY_MS,
  addDays,
  chinaCalendar,
  chinaDay,
  chinaDayEnd,
  chinaDayStart,
  isWorkday,
  type HolidayCalendar
} from './calendar'

const HOUR_MS = 3_600_000

/**
 * One entry of a clock log (DESIGN §2.3). A later `start` restarts the clock (重办):
 * pauses and extensions before it no longer count.
 */
export type ClockLogEntry =
  | { type: 'start'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'extend'; at: number; amount: number; unit: ClockUnit }

export type ClockLog = readonly ClockLogEntry[]

/** Throws a Chinese message for a clock no deadline can be computed from. */
export function assertClock(clock: Clock): void {
  if (!Number.isFinite(clock.amount) || clock.amount < 0) throw new Error('时限数值须为正数')
  if (clock.unit !== 'hour' && clock.unit !== 'natural_day' && clock.unit !== 'work_day') {
    throw new Error(`未知的时限单位：${String(clock.unit)}`)
  }
  if (clock.unit !== 'hour' && !Number.isInteger(clock.amount)) throw new Error('天数须为整数')
}

/** End (24:00) of the `amount`-th working day after `day`; `day` itself is not counted. */
function endOfNthWorkday(day: string, amount: number, calendar: HolidayCalendar): number {
  let current = day
  for (let counted = 0; counted < amount; ) {
    current = addDays(current, 1)
    if (isWorkday(current, calendar)) counted++
  }
  return chinaDayEnd(current)
}

/**
 * The deadline of a clock started at `startMs`.
 * hour: exact; natural_day: 24:00 of the day `amount` days after the start's day;
 * work_day: 24:00 of the amount-th working day after the start's day.
 * Amount 0: 0 hours ends at the start, 0 days ends at 24:00 of the start's day.
 */
export function addClock(
  startMs: number,
  clock: { amount: number; unit: ClockUnit },
  calendar: HolidayCalendar = chinaCalendar
): number {
  if (!Number.isFinite(startMs)) throw new Error('起始时间无效')
  assertClock(clock)
  if (clock.unit === 'hour') return startMs + clock.amount * HOUR_MS
  const day = chinaDay(startMs)
  if (clock.unit === 'natural_day') return chinaDayEnd(addDays(day, clock.amount))
  return endOfNthWorkday(day, clock.amount, calendar)
}

/**
 * Moves a deadline later by `amount` units. Day units count from the day the deadline closes
 * (a 00:00 deadline closes the day before), so one more day means one more whole day.
 */
export function advanceDeadline(
  deadline: number,
  clock: { amount: number; unit: ClockUnit },
  calendar: HolidayCalendar = chinaCalendar
): number {
  assertClock(clock)
  if (clock.amount === 0) return deadline
  return clock.unit === 'hour' ? deadline + clock.amount * HOUR_MS : addClock(deadline - 1, clock, calendar)
}

/** Milliseconds of [from, to) that fall on working days. */
export function workingMsBetween(from: number, to: number, calendar: HolidayCalendar = chinaCalendar): number {
  let total = 0
  for (let day = chinaDay(from); from < to && chinaDayStart(day) < to; day = addDays(day, 1)) {
    if (!isWorkday(day, calendar)) continue
    total += Math.min(to, chinaDayEnd(day)) - Math.max(from, chinaDayStart(day))
  }
  return total
}

/** Milliseconds of a paused span [from, to) the clock's unit counts: working time only for work days. */
function countedMs(from: number, to: number, unit: ClockUnit, calendar: HolidayCalendar): number {
  if (to <= from) return 0
  return unit === 'work_day' ? workingMsBetween(from, to, calendar) : to - from
}

/**
 * Paused time in the clock's own unit: hour → exact hours; natural_day → the time rounded up to
 * whole days; work_day → the part lying on working days, rounded up to whole working days.
 * Rounding up means a handler never loses paused time to the clock's day resolution.
 */
export function pausedAmount(from: number, to: number, unit: ClockUnit, calendar: HolidayCalendar = chinaCalendar): number {
  const ms = countedMs(from, to, unit, calendar)
  return unit === 'hour' ? ms / HOUR_MS : Math.ceil(ms / DAY_MS)
}

// at one instant: a start opens, a pause precedes a resume (so a zero-length pause closes)
const TIE_ORDER: Record<ClockLogEntry['type'], number> = { start: 0, pause: 1, extend: 2, resume: 3 }
const extendKey = (e: ClockLogEntry) => (e.type === 'extend' ? `${e.unit}:${e.amount}` : '')

/** The entries from the latest start on, in one canonical order whatever order they were stored in. */
function byTime(log: ClockLog): ClockLogEntry[] {
  const sorted = [...log].sort(
    (a, b) => a.at - b.at || TIE_ORDER[a.type] - TIE_ORDER[b.type] || (extendKey(a) < extendKey(b) ? -1 : extendKey(a) > extendKey(b) ? 1 : 0)
  )
  let lastStart = -1
  sorted.forEach((e, i) => {
    if (e.type === 'start') lastStart = i
  })
  return lastStart < 0 ? [] : sorted.slice(lastStart)
}

export interface ClockLogState {
  deadline: number
  /** paused time counted so far, in ms of the clock's unit (working time for work-day clocks) */
  pausedMs: number
  /** open pauses (pauses nest: the clock runs again once each has been resumed) */
  pauseDepth: number
  pausedSince?: number
}

/**
 * Replays a clock log. Extensions advance the deadline in order; the paused time (the union of
 * all pauses) is summed and rounded once, so merging or splitting pauses never loses a day.
 * `now` counts an open pause up to now; without it the deadline is frozen at its last value.
 */
export function replayClockLog(
  log: ClockLog,
  clock: Clock,
  calendar: HolidayCalendar = chinaCalendar,
  now?: number
): ClockLogState | undefined {
  const entries = byTime(log)
  if (entries.length === 0) return undefined
  let deadline = addClock(entries[0].at, clock, calendar)
  let pausedMs = 0
  let pauseDepth = 0
  let pausedSince: number | undefined
  for (const e of entries.slice(1)) {
    if (e.type === 'pause' && pauseDepth++ === 0) pausedSince = e.at
    else if (e.type === 'resume' && pauseDepth > 0 && --pauseDepth === 0) {
      pausedMs += countedMs(pausedSince as number, e.at, clock.unit, calendar)
      pausedSince = undefined
    } else if (e.type === 'extend') deadline = advanceDeadline(deadline, e, calendar)
  }
  if (pausedSince !== undefined && now !== undefined) pausedMs += countedMs(pausedSince, now, clock.unit, calendar)
  deadline =
    clock.unit === 'hour'
      ? deadline + pausedMs
      : advanceDeadline(deadline, { amount: Math.ceil(pausedMs / DAY_MS), unit: clock.unit }, calendar)
  return { deadline, pausedMs, pauseDepth, pausedSince }
}

/**
 * The deadline recomputed from the clock log: from the (latest) start, advanced by each approved
 * extension from the deadline current at that moment, then moved later by the total paused time
 * counted in the clock's unit (see replayClockLog). Throws when the log has no start.
 */
export function deadlineFromLog(
  log: ClockLog,
  clock: Clock,
  calendar: HolidayCalendar = chinaCalendar,
  now?: number
): number {
  const state = replayClockLog(log, clock, calendar, now)
  if (!state) throw new Error('时限记录缺少开始时间')
  return state.deadline
}

/** True while a pause has not been resumed (挂账 or 待补充材料). */
export function isPaused(log: ClockLog): boolean {
  let depth = 0
  for (const e of byTime(log)) {
    if (e.type === 'pause') depth++
    else if (e.type === 'resume' && depth > 0) depth--
  }
  return depth > 0
}
