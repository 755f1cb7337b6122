/**
 * Date and number formatting for the UI and exports (DESIGN §2, CONVENTIONS 11).
 * China has no DST, so China time is always UTC+8; reading UTC fields of a shifted Date
 * keeps every result independent of the machine's time zone.
 */

export const CHINA_OFFSET_MS = 8 * 3_600_000
const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000

/** Shown where a date or rate is missing; never an empty cell, never NaN. */
export const EMPTY_MARK = '—'

export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** The China wall clock at an instant. */
export function toChinaWallClock(ms: number): WallClock {
  const d = new Date(ms + CHINA_OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds()
  }
}

/**
 * The instant of a China wall-clock time, or null when a field is out of range
 * (2026-02-30, 24:00, month 13) — Date.UTC would silently roll those over.
 */
export function fromChinaWallClock(w: WallClock): number | null {
  const { year, month, day, hour, minute, second } = w
  const ints = [year, month, day, hour, minute, second].every(Number.isInteger)
  if (!ints || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null
  const utc = new Date(0)
  utc.setUTCFullYear(year, month - 1, day)
  utc.setUTCHours(hour, minute, second, 0)
  if (utc.getUTCDate() !== day || utc.getUTCMonth() !== month - 1) return null
  return utc.getTime() - CHINA_OFFSET_MS
}

function isInstant(ms: number | null | undefined): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** '2026-11-25' in China time; '—' when missing. */
export function formatDate(ms: number | null | undefined): string {
  if (!isInstant(ms)) return EMPTY_MARK
  const w = toChinaWallClock(ms)
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
}

/** '2026-11-25 14:30' in China time; '—' when missing. */
export function formatDateTime(ms: number | null | undefined): string {
  if (!isInstant(ms)) return EMPTY_MARK
  const w = toChinaWallClock(ms)
  return `${formatDate(ms)} ${pad(w.hour)}:${pad(w.minute)}`
}

/**
 * A span as the clerk reads it: '3天4小时', '2小时15分', '45分', '不足1分'.
 * Two units at most, truncated (a deadline 59 s away is not yet '1分'); negative spans keep a '-'.
 */
export function formatDuration(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return EMPTY_MARK
  const sign = ms < 0 ? '-' : ''
  const abs = Math.abs(ms)
  const days = Math.floor(abs / DAY)
  const hours = Math.floor((abs % DAY) / HOUR)
  const minutes = Math.floor((abs % HOUR) / MINUTE)
  if (days > 0) return `${sign}${days}天${hours > 0 ? `${hours}小时` : ''}`
  if (hours > 0) return `${sign}${hours}小时${minutes > 0 ? `${minutes}分` : ''}`
  if (minutes > 0) return `${sign}${minutes}分`
  return '不足1分'
}

/** A rate in 0…1 as '95.3%' (one decimal); '—' for an empty base (null) or a non-number. */
export function formatRate(x: number | null | undefined): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return EMPTY_MARK
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`
}

/** A deadline as the clerk reads it: one at 00:00 closes the day before, so it shows as that day's 24:00. */
export function formatDeadline(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return EMPTY_MARK
  const w = toChinaWallClock(ms)
  const midnight = w.hour === 0 && w.minute === 0 && w.second === 0 && ms % 1000 === 0
  return midnight ? `${formatDate(ms - 1)} 24:00` : formatDateTime(ms)
}
