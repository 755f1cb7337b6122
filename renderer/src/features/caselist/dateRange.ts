import { fromChinaWallClock, formatDate } from '@shared/domain/dates'

const DAY = 86_400_000

/** China-day bounds of a picked 'YYYY-MM-DD' range: from 00:00 of the first day to the last ms of the last. */
export function dayRange(days: readonly [string, string] | null | undefined): { from?: number; to?: number } {
  if (!days) return {}
  const start = (day: string): number | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
    return m ? fromChinaWallClock({ year: +m[1], month: +m[2], day: +m[3], hour: 0, minute: 0, second: 0 }) : null
  }
  const from = start(days[0])
  const last = start(days[1])
  if (from === null || last === null) return {}
  return { from, to: last + DAY - 1 }
}

/** The picker's value for a stored range; null when none is set. */
export function rangeDays(from: number | undefined, to: number | undefined): [string, string] | null {
  return from === undefined || to === undefined ? null : [formatDate(from), formatDate(to)]
}
