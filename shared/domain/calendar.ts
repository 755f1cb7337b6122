import chineseDays from 'chinese-days/dist/chinese-days.json'

/** China time is UTC+8 all year (no DST), so day arithmetic is plain arithmetic on epoch ms. */
const CHINA_OFFSET_MS = 8 * 3_600_000
export const DAY_MS = 86_400_000

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * 节假日日历: statutory holidays and 调休 make-up workdays, each as 'YYYY-MM-DD' (China time).
 * `years` are the years whose official schedule the calendar holds; other years fall back to Mon–Fri.
 */
export interface HolidayCalendar {
  readonly holidays: ReadonlySet<string>
  /** 调休: Saturdays and Sundays that are worked */
  readonly workdays: ReadonlySet<string>
  readonly years: ReadonlySet<number>
}

/** A settings entry; 'ordinary' drops any earlier holiday / workday marking of that day. */
export interface CalendarOverride {
  day: string
  kind: 'holiday' | 'workday' | 'ordinary'
}

/** Day number: whole days since 1970-01-01 (China time). */
export function dayNumber(day: string): number {
  const m = DAY_PATTERN.exec(day)
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new Error(`日期格式应为 YYYY-MM-DD：${day}`)
  }
  return ms / DAY_MS
}

export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

export function isValidDay(day: string): boolean {
  try {
    dayNumber(day)
    return true
  } catch {
    return false
  }
}

/** The China calendar day ('YYYY-MM-DD') an instant falls on, whatever the machine's timezone. */
export function chinaDay(ms: number): string {
  return dayFromNumber(Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS))
}

/** 00:00 China time of a day, in epoch ms. */
export function chinaDayStart(day: string): number {
  return dayNumber(day) * DAY_MS - CHINA_OFFSET_MS
}

/** 24:00 China time of a day, i.e. the next day's 00:00. */
export function chinaDayEnd(day: string): number {
  return chinaDayStart(day) + DAY_MS
}

export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n)
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7
}

export function isWorkday(day: string, calendar: HolidayCalendar = chinaCalendar): boolean {
  if (calendar.holidays.has(day)) return false
  if (calendar.workdays.has(day)) return true
  const weekday = weekdayOf(day)
  return weekday !== 0 && weekday !== 6
}

export function knownYears(calendar: HolidayCalendar): number[] {
  return [...calendar.years].sort((a, b) => a - b)
}

export function isKnownYear(calendar: HolidayCalendar, year: number): boolean {
  return calendar.years.has(year)
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}

function freeze(holidays: Set<string>, workdays: Set<string>, years: Set<number>): HolidayCalendar {
  return Object.freeze({ holidays, workdays, years })
}

/** A new calendar with settings entries applied in order (later entries win); the input is untouched. */
export function withOverrides(
  calendar: HolidayCalendar,
  entries: readonly CalendarOverride[]
): HolidayCalendar {
  const holidays = new Set(calendar.holidays)
  const workdays = new Set(calendar.workdays)
  const years = new Set(calendar.years)
  for (const { day, kind } of entries) {
    dayNumber(day)
    holidays.delete(day)
    workdays.delete(day)
    if (kind === 'holiday') holidays.add(day)
    else if (kind === 'workday') workdays.add(day)
    else if (kind !== 'ordinary') throw new Error(`未知的日期类型：${String(kind)}`)
    years.add(yearOf(day))
  }
  return freeze(holidays, workdays, years)
}

/** The calendar's own markings as settings entries, e.g. to show or export one year. */
export function calendarEntries(calendar: HolidayCalendar, year?: number): CalendarOverride[] {
  const entries: CalendarOverride[] = [
    ...[...calendar.holidays].map((day) => ({ day, kind: 'holiday' as const })),
    ...[...calendar.workdays].map((day) => ({ day, kind: 'workday' as const }))
  ]
  return entries
    .filter((e) => year === undefined || yearOf(e.day) === year)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
}

function buildChinaCalendar(): HolidayCalendar {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> }
  const holidays = new Set(Object.keys(data.holidays))
  const workdays = new Set(Object.keys(data.workdays))
  const years = new Set([...holidays].map(yearOf))
  return freeze(holidays, workdays, years)
}

/** The shipped calendar: the State Council schedules as published in chinese-days (2004 onwards). */
export const chinaCalendar: HolidayCalendar = buildChinaCalendar()
