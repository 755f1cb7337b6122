import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { periodDays, periodOf, periodRange, previousPeriod, selectForPeriod, shiftPeriod, validateCutoffDay } from './period'

const t = (local: string): number => Date.parse(`${local}+08:00`)

describe('calendar-month periods', () => {
  it('run from the 1st 00:00 to the last day 24:00, China time', () => {
    expect(periodRange('2026-02')).toEqual([t('2026-02-01T00:00:00'), t('2026-03-01T00:00:00')])
    expect(periodRange('2026-12')).toEqual([t('2026-12-01T00:00:00'), t('2027-01-01T00:00:00')])
    expect(periodOf(t('2026-11-30T23:59:59'))).toBe('2026-11')
    expect(periodOf(t('2026-12-01T00:00:00'))).toBe('2026-12')
    expect(periodOf(Date.parse('2026-11-30T16:00:00Z'))).toBe('2026-12')
  })
})

describe('cut-off periods', () => {
  const opts = { cutoffDay: 19 }

  it('run from the 19th 00:00 to the 18th 24:00 of the next month, named by the month they end in', () => {
    expect(periodRange('2026-11', opts)).toEqual([t('2026-10-19T00:00:00'), t('2026-11-19T00:00:00')])
    expect(periodRange('2026-01', opts)).toEqual([t('2025-12-19T00:00:00'), t('2026-01-19T00:00:00')])
    expect(periodDays('2026-11', opts)).toEqual({ first: '2026-10-19', last: '2026-11-18' })
  })

  it('place the boundary instants on the right side', () => {
    expect(periodOf(t('2026-11-18T23:59:59.999'), opts)).toBe('2026-11')
    expect(periodOf(t('2026-11-19T00:00:00'), opts)).toBe('2026-12')
    expect(periodOf(t('2026-12-19T00:00:00'), opts)).toBe('2027-01')
    expect(periodOf(t('2026-10-19T00:00:00'), opts)).toBe('2026-11')
  })

  it('refuse a cut-off day outside 1…28 and a malformed key in Chinese', () => {
    expect(validateCutoffDay(29)).toBe('考核截止日须为 1 到 28 之间的整数')
    expect(validateCutoffDay(28)).toBeNull()
    expect(() => periodRange('2026-11', { cutoffDay: 0 })).toThrow('考核截止日须为 1 到 28 之间的整数')
    expect(() => periodRange('2026-13')).toThrow('考核期间格式应为 YYYY-MM')
  })

  it('step to earlier and later periods across years', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12')
    expect(shiftPeriod('2026-11', 2)).toBe('2027-01')
  })

  it('every instant lies in the range of its own period', () => {
    fc.assert(
      fc.property(fc.integer({ min: t('2020-01-01T00:00:00'), max: t('2030-12-31T00:00:00') }), fc.integer({ min: 1, max: 28 }), (ms, cutoffDay) => {
        const [start, end] = periodRange(periodOf(ms, { cutoffDay }), { cutoffDay })
        expect(ms).toBeGreaterThanOrEqual(start)
        expect(ms).toBeLessThan(end)
      })
    )
  })
})

describe('selectForPeriod', () => {
  const cases = [
    { id: 'a', receivedAt: t('2026-10-18T23:00:00'), closedAt: t('2026-10-20T10:00:00') },
    { id: 'b', receivedAt: t('2026-10-19T00:00:00'), closedAt: t('2026-11-19T00:00:00') },
    { id: 'c', receivedAt: t('2026-11-18T23:59:59') },
    { id: 'd', receivedAt: t('2026-11-19T08:00:00'), closedAt: t('2026-11-19T09:00:00') }
  ]

  it('selects by receivedAt or by closedAt, leaving unclosed cases out of the latter', () => {
    const ids = (by: 'receivedAt' | 'closedAt') => selectForPeriod(cases, '2026-11', { by, cutoffDay: 19 }).map((x) => x.id)
    expect(ids('receivedAt')).toEqual(['b', 'c'])
    expect(ids('closedAt')).toEqual(['a'])
    expect(selectForPeriod(cases, '2026-11', { by: 'receivedAt' }).map((x) => x.id)).toEqual(['c', 'd'])
  })
})
