import { CHINA_OFFSET_MS, formatDate, toChinaWallClock } from '@shared/domain/dates'
import { placesWithoutShifts } from '@shared/domain/volunteerCoverage'
import type { PlaceCoverage, RosterSlot } from '../../db/volunteers/contract'

export const DAY_MS = 86_400_000
export const WEEK_MS = 7 * DAY_MS
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** Monday 00:00 (China time) of the week holding `ms`. */
export function weekStartOf(ms: number): number {
  const local = ms + CHINA_OFFSET_MS
  const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS)
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7 // Monday = 0
  return dayStart - weekday * DAY_MS - CHINA_OFFSET_MS
}

export interface WeekDay {
  start: number
  /** '2026-11-25' */
  date: string
  /** '周三' */
  weekday: string
}

export function weekDays(weekStart: number): WeekDay[] {
  return WEEKDAYS.map((weekday, i) => ({ start: weekStart + i * DAY_MS, date: formatDate(weekStart + i * DAY_MS), weekday }))
}

const pad = (n: number) => String(n).padStart(2, '0')

/** '08:00' in China time */
export function clockText(ms: number): string {
  const w = toChinaWallClock(ms)
  return `${pad(w.hour)}:${pad(w.minute)}`
}

/** '08:00–10:00', or with the end's date when the slot runs past midnight */
export function slotText(start: number, end: number): string {
  const sameDay = formatDate(start) === formatDate(end - 1)
  const endText = clockText(end)
  if (sameDay) return `${clockText(start)}–${endText === '00:00' ? '24:00' : endText}`
  return `${clockText(start)}–${formatDate(end).slice(5)} ${endText}`
}

export interface GridRow {
  placeId: string
  placeName: string
  /** the slots of each of the seven days, by start time */
  days: RosterSlot[][]
  gaps: number
  /** 本周无班次: a place someone in service looks after, with no shift this week */
  unscheduled: boolean
}

export interface WeekTotals {
  shifts: number
  needed: number
  filled: number
  gaps: number
  /** slots still short of people */
  short: number
  /** places looked after with no shift this week */
  unscheduled: number
}

const emptyRow = (placeId: string, placeName: string, unscheduled: boolean): GridRow => ({ placeId, placeName, days: [[], [], [], [], [], [], []], gaps: 0, unscheduled })
const byName = (a: GridRow, b: GridRow) => a.placeName.localeCompare(b.placeName, 'zh-CN')

/**
 * The week as places × days: one row per place with shifts, places by name, slots sorted by start; then a
 * row 本周无班次 for each place an active volunteer looks after (per `coverage`) that has no shift this week.
 */
export function weekGrid(
  slots: readonly RosterSlot[],
  weekStart: number,
  placeName: (id: string) => string,
  coverage: readonly Pick<PlaceCoverage, 'placeId' | 'volunteerIds'>[] = []
): { rows: GridRow[]; totals: WeekTotals } {
  const rows = new Map<string, GridRow>()
  const totals: WeekTotals = { shifts: 0, needed: 0, filled: 0, gaps: 0, short: 0, unscheduled: 0 }
  for (const slot of [...slots].sort((a, b) => a.shift.start - b.shift.start)) {
    const day = Math.floor((slot.shift.start - weekStart) / DAY_MS)
    if (day < 0 || day > 6) continue
    let row = rows.get(slot.shift.placeId)
    if (!row) rows.set(slot.shift.placeId, (row = emptyRow(slot.shift.placeId, placeName(slot.shift.placeId), false)))
    row.days[day].push(slot)
    row.gaps += slot.gap
    totals.shifts += 1
    totals.needed += slot.shift.needed
    totals.filled += Math.min(slot.filled, slot.shift.needed)
    totals.gaps += slot.gap
    if (slot.gap > 0) totals.short += 1
  }
  const lookedAfter = coverage.filter((p) => p.volunteerIds.length > 0).map((p) => ({ id: p.placeId }))
  const scheduled = [...rows.values()].map((r) => ({ placeId: r.placeId }))
  const idle = placesWithoutShifts(lookedAfter, scheduled).map((p) => emptyRow(p.id, placeName(p.id), true))
  totals.unscheduled = idle.length
  return { rows: [...[...rows.values()].sort(byName), ...idle.sort(byName)], totals }
}

/** The look of a slot: full, short by some, or nobody yet. */
export function slotState(slot: Pick<RosterSlot, 'filled' | 'gap'>): 'full' | 'short' | 'empty' {
  if (slot.gap === 0) return 'full'
  return slot.filled === 0 ? 'empty' : 'short'
}
