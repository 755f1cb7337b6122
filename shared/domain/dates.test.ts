import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatRate,
  fromChinaWallClock,
  toChinaWallClock
} from './dates'

// 2026-11-25 14:30 China time = 06:30 UTC
const AFTERNOON = Date.UTC(2026, 10, 25, 6, 30)
// 2026-11-25 23:30 China time = 15:30 UTC: still the 25th in China, the 25th in UTC, the 26th nowhere
const LATE = Date.UTC(2026, 10, 25, 15, 30)
// 2026-11-26 01:00 China time = 2026-11-25 17:00 UTC: the calendar day differs from UTC
const EARLY = Date.UTC(2026, 10, 25, 17, 0)

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('formatDateTime / formatDate', () => {
  it('formats in China time', () => {
    expect(formatDateTime(AFTERNOON)).toBe('2026-11-25 14:30')
    expect(formatDate(AFTERNOON)).toBe('2026-11-25')
    expect(formatDateTime(LATE)).toBe('2026-11-25 23:30')
    expect(formatDate(EARLY)).toBe('2026-11-26')
    expect(formatDateTime(EARLY)).toBe('2026-11-26 01:00')
  })

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Europe/London'])(
    'gives the same text when the machine time zone is %s',
    (tz) => {
      vi.stubEnv('TZ', tz)
      expect(formatDateTime(EARLY)).toBe('2026-11-26 01:00')
      expect(formatDate(EARLY)).toBe('2026-11-26')
      expect(fromChinaWallClock({ year: 2026, month: 11, day: 26, hour: 1, minute: 0, second: 0 })).toBe(EARLY)
    }
  )

  it('shows — for a missing or invalid time', () => {
    expect(formatDateTime(undefined)).toBe('—')
    expect(formatDateTime(null)).toBe('—')
    expect(formatDate(Number.NaN)).toBe('—')
    expect(formatDateTime(Infinity)).toBe('—')
    expect(formatDateTime(1e20)).toBe('—')
  })
})

describe('China wall clock', () => {
  it('round-trips every minute-aligned instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 / 1000 }), (s) => {
        const ms = s * 1000
        expect(fromChinaWallClock(toChinaWallClock(ms))).toBe(ms)
      })
    )
  })

  it('refuses dates and times that do not exist instead of rolling them over', () => {
    const base = { year: 2026, month: 2, day: 28, hour: 0, minute: 0, second: 0 }
    expect(fromChinaWallClock(base)).not.toBeNull()
    expect(fromChinaWallClock({ ...base, day: 29 })).toBeNull()
    expect(fromChinaWallClock({ ...base, year: 2028, day: 29 })).not.toBeNull()
    expect(fromChinaWallClock({ ...base, month: 13 })).toBeNull()
    expect(fromChinaWallClock({ ...base, hour: 24 })).toBeNull()
    expect(fromChinaWallClock({ ...base, minute: 60 })).toBeNull()
    expect(fromChinaWallClock({ ...base, day: 1.5 })).toBeNull()
  })
})

describe('formatDuration', () => {
  const m = 60_000
  const h = 60 * m
  const d = 24 * h
  it.each([
    [2 * h + 15 * m, '2小时15分'],
    [3 * d + 4 * h + 59 * m, '3天4小时'],
    [45 * m + 59_000, '45分'],
    [2 * h, '2小时'],
    [7 * d, '7天'],
    [30_000, '不足1分'],
    [0, '不足1分'],
    [-(2 * h + 15 * m), '-2小时15分']
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it('shows — for a missing span', () => {
    expect(formatDuration(undefined)).toBe('—')
    expect(formatDuration(Number.NaN)).toBe('—')
  })
})

describe('formatRate', () => {
  it.each([
    [0.953, '95.3%'],
    [0.9525, '95.3%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [2 / 3, '66.7%']
  ])('%d → %s', (x, text) => {
    expect(formatRate(x)).toBe(text)
  })

  it('shows — for an empty base, never 0 or NaN', () => {
    expect(formatRate(null)).toBe('—')
    expect(formatRate(undefined)).toBe('—')
    expect(formatRate(Number.NaN)).toBe('—')
  })
})
