import { describe, expect, it } from 'vitest'
import {
  addDays,
  calendarEntries,
  chinaCalendar,
  chinaDay,
  chinaDayEnd,
  chinaDayStart,
  isKnownYear,
  isValidDay,
  isWorkday,
  knownYears,
  weekdayOf,
  withOverrides
} from './calendar'

const range = (from: string, to: string): string[] => {
  const days: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d)
  return days
}

describe('China time day helpers', () => {
  it('places instants on the China calendar day whatever the machine timezone', () => {
    expect(chinaDay(Date.parse('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13')
    expect(chinaDay(Date.parse('2026-02-13T16:00:00Z'))).toBe('2026-02-14')
    expect(chinaDay(Date.parse('2026-10-01T00:00:00+08:00'))).toBe('2026-10-01')
    expect(chinaDay(Date.parse('1969-12-31T16:00:00Z'))).toBe('1970-01-01')
  })

  it('gives 00:00 and 24:00 China time of a day', () => {
    expect(chinaDayStart('2026-03-03')).toBe(Date.parse('2026-03-03T00:00:00+08:00'))
    expect(chinaDayEnd('2026-02-28')).toBe(Date.parse('2026-03-01T00:00:00+08:00'))
    expect(chinaDay(chinaDayStart('2024-02-29'))).toBe('2024-02-29')
  })

  it('does day arithmetic across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(weekdayOf('2026-02-14')).toBe(6)
    expect(weekdayOf('2026-02-16')).toBe(1)
  })

  it('refuses malformed days in Chinese', () => {
    expect(isValidDay('2026-02-30')).toBe(false)
    expect(isValidDay('2026-2-3')).toBe(false)
    expect(() => chinaDayStart('2026/02/03')).toThrow('日期格式应为 YYYY-MM-DD')
  })
})

describe('chinaCalendar, the 2026 official schedule', () => {
  it('works the 调休 Saturdays 2026-02-14 and 2026-02-28', () => {
    expect(isWorkday('2026-02-14', chinaCalendar)).toBe(true)
    expect(isWorkday('2026-02-28', chinaCalendar)).toBe(true)
  })

  it('rests through 春节 2026-02-15 … 02-23', () => {
    for (const day of range('2026-02-15', '2026-02-23')) expect(isWorkday(day, chinaCalendar), day).toBe(false)
    expect(isWorkday('2026-02-13', chinaCalendar)).toBe(true)
    expect(isWorkday('2026-02-24', chinaCalendar)).toBe(true)
  })

  it('rests through 国庆 and 中秋, and works 2026-09-20 and 2026-10-10', () => {
    for (const day of range('2026-10-01', '2026-10-07')) expect(isWorkday(day, chinaCalendar), day).toBe(false)
    expect(isWorkday('2026-09-25', chinaCalendar)).toBe(false)
    expect(isWorkday('2026-09-20', chinaCalendar)).toBe(true)
    expect(isWorkday('2026-10-10', chinaCalendar)).toBe(true)
    expect(isWorkday('2026-10-08', chinaCalendar)).toBe(true)
  })

  it('keeps the other 2026 holidays and make-up days', () => {
    for (const day of ['2026-01-01', '2026-01-02', '2026-04-06', '2026-05-01', '2026-05-05', '2026-06-19']) {
      expect(isWorkday(day, chinaCalendar), day).toBe(false)
    }
    expect(isWorkday('2026-01-04', chinaCalendar)).toBe(true)
    expect(isWorkday('2026-05-09', chinaCalendar)).toBe(true)
  })

  it('treats ordinary weekdays and weekends as Mon–Fri, also in years it does not know', () => {
    expect(isWorkday('2026-03-04', chinaCalendar)).toBe(true)
    expect(isWorkday('2026-03-07', chinaCalendar)).toBe(false)
    expect(isWorkday('2030-06-04', chinaCalendar)).toBe(true)
    expect(isWorkday('2030-06-08', chinaCalendar)).toBe(false)
  })

  it('knows every year from 2004 to 2026', () => {
    const years = knownYears(chinaCalendar)
    expect(years[0]).toBe(2004)
    expect(years).toContain(2026)
    expect(years).toHaveLength(years[years.length - 1] - 2004 + 1)
    expect(isKnownYear(chinaCalendar, 2031)).toBe(false)
  })
})

describe('withOverrides', () => {
  const edited = withOverrides(chinaCalendar, [
    { day: '2031-01-01', kind: 'holiday' },
    { day: '2031-01-04', kind: 'workday' },
    { day: '2026-02-28', kind: 'ordinary' },
    { day: '2026-03-04', kind: 'holiday' },
    { day: '2026-03-04', kind: 'workday' }
  ])

  it('adds a year to come and edits a known one, later entries winning', () => {
    expect(isWorkday('2031-01-01', edited)).toBe(false)
    expect(isWorkday('2031-01-04', edited)).toBe(true)
    expect(isWorkday('2026-02-28', edited)).toBe(false)
    expect(isWorkday('2026-03-04', edited)).toBe(true)
    expect(knownYears(edited)).toContain(2031)
    expect(calendarEntries(edited, 2031)).toEqual([
      { day: '2031-01-01', kind: 'holiday' },
      { day: '2031-01-04', kind: 'workday' }
    ])
  })

  it('leaves the shipped calendar untouched', () => {
    expect(isWorkday('2026-02-28', chinaCalendar)).toBe(true)
    expect(knownYears(chinaCalendar)).not.toContain(2031)
  })

  it('refuses a malformed day', () => {
    expect(() => withOverrides(chinaCalendar, [{ day: '2031-13-01', kind: 'holiday' }])).toThrow('日期格式')
  })
})
