/**
 * Reading a time from a spreadsheet cell as epoch ms. Text without a zone and Excel serials are
 * China wall-clock time (UTC+8). A Date from a sheet library (exceljs, SheetJS with UTC dates)
 * carries the wall clock the sheet shows in its UTC fields, so its UTC fields are read as China time.
 */
import { CHINA_OFFSET_MS, fromChinaWallClock } from '../domain/dates'

// Excel's last valid day, 9999-12-31, is serial 2958465.
const MAX_SERIAL = 2_958_466
// Serial 25569 is 1970-01-01 in the 1900 date system (which counts a fake 1900-02-29 as serial 60).
const UNIX_EPOCH_SERIAL = 25_569
const SERIAL_1900_01_01_MS = Date.UTC(1900, 0, 1)

/** An Excel 1900-system serial (days, fraction = time of day) as China time; null outside Excel's range. */
export function excelSerialToMs(serial: number): number | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL) return null
  // Serial 60 is 1900-02-29, a day that never existed (kept by Excel for Lotus 1-2-3 compatibility).
  if (serial >= 60 && serial < 61) return null
  const wallMs =
    serial < 60
      ? SERIAL_1900_01_01_MS + Math.round((serial - 1) * 86_400) * 1000
      : Math.round((serial - UNIX_EPOCH_SERIAL) * 86_400) * 1000 // whole seconds: serial fractions carry float noise
  return wallMs - CHINA_OFFSET_MS
}

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`
const TIME = String.raw`(\d{1,2})\s*[:时点]\s*(\d{1,2})(?:\s*(?::|分)\s*(\d{1,2})(?:\.\d+)?\s*秒?|\s*分)?`
const ZONE = String.raw`(Z|[+-]\d{2}:?\d{2})`
const DATE_TIME = new RegExp(String.raw`^${DATE}(?:(?:\s*|T)${TIME})?\s*${ZONE}?$`, 'i')
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2})(\d{2})(\d{2})?)?$/
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/

function zoneOffsetMs(zone: string | undefined): number | null {
  if (zone === undefined) return CHINA_OFFSET_MS
  if (/^z$/i.test(zone)) return 0
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (!m || Number(m[2]) > 14 || Number(m[3]) > 59) return null
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3_600_000 + Number(m[3]) * 60_000)
}

/** '2026-03-05 14:30', '2026/3/5 14:30:00', '2026年3月5日 14时30分', '20260305', '2026-03-05T06:30:00Z'. */
export function parseDateText(input: string): number | null {
  const text = input.normalize('NFKC').trim()
  if (SERIAL_TEXT.test(text)) return excelSerialToMs(Number(text))
  const m = DATE_TIME.exec(text) ?? COMPACT.exec(text)
  if (!m) return null
  // COMPACT has no zone group, so `zone` is undefined for it
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone] = m
  const offset = zoneOffsetMs(zone)
  if (offset === null) return null
  const china = fromChinaWallClock({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second)
  })
  return china === null ? null : china + CHINA_OFFSET_MS - offset
}

/** A cell already unwrapped to a scalar; null when it holds no recognisable time. */
export function parseSheetDate(value: string | number | boolean | Date | null): number | null {
  if (typeof value === 'number') {
    // 20260305 typed as a number
    if (value >= MAX_SERIAL && Number.isInteger(value)) return parseDateText(String(value))
    return excelSerialToMs(value)
  }
  if (value instanceof Date) {
    const t = value.getTime()
    return Number.isNaN(t) ? null : Math.round(t / 1000) * 1000 - CHINA_OFFSET_MS
  }
  if (typeof value === 'string') return parseDateText(value)
  return null
}
