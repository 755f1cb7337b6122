import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { excelSerialToMs, parseDateText, parseSheetDate } from './sheetDates'

const china = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h - 8, mi, s)
const MARCH_5_1430 = china(2026, 3, 5, 14, 30)

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('excelSerialToMs (1900 date system)', () => {
  it('reads 46086.604166 as 2026-03-05 14:30 China time', () => {
    expect(excelSerialToMs(46086.604166)).toBe(MARCH_5_1430)
    expect(excelSerialToMs(46086)).toBe(china(2026, 3, 5))
  })

  it('counts Excel’s fake 1900-02-29 (serial 60): 59 is Feb 28, 61 is Mar 1, 60 itself is refused', () => {
    expect(excelSerialToMs(1)).toBe(china(1900, 1, 1))
    expect(excelSerialToMs(59)).toBe(china(1900, 2, 28))
    expect(excelSerialToMs(61)).toBe(china(1900, 3, 1))
    expect(excelSerialToMs(60)).toBeNull()
    expect(excelSerialToMs(25569)).toBe(china(1970, 1, 1))
  })

  it('refuses serials outside Excel’s range', () => {
    for (const bad of [0, -1, 0.5, 2958466, Number.NaN, Infinity]) expect(excelSerialToMs(bad)).toBeNull()
    expect(excelSerialToMs(2958465.99999)).toBe(china(9999, 12, 31, 23, 59, 59))
  })

  it('lands on whole seconds for any time of day', () => {
    fc.assert(
      fc.property(fc.double({ min: 61, max: 2958465, noNaN: true }), (serial) => {
        expect(Number.isInteger((excelSerialToMs(serial) as number) / 1000)).toBe(true)
      })
    )
  })
})

describe('parseDateText', () => {
  it.each([
    '2026-03-05 14:30',
    '2026-03-05 14:30:00',
    '2026/3/5 14:30',
    '2026/3/5 14:30:00',
    '2026.03.05 14:30',
    '2026年3月5日 14:30',
    '2026年3月5日14时30分',
    '2026年3月5日 14点30分',
    '２０２６－０３－０５　１４：３０',
    '2026-03-05T14:30:00.000',
    '2026-03-05T06:30:00Z',
    '2026-03-05T14:30:00+08:00',
    '2026-03-05 01:30-05:00',
    '202603051430',
    '46086.604166'
  ])('reads %j as 2026-03-05 14:30 China time', (text) => {
    expect(parseDateText(text)).toBe(MARCH_5_1430)
  })

  it('reads a date alone as midnight China time', () => {
    expect(parseDateText('2026-03-05')).toBe(china(2026, 3, 5))
    expect(parseDateText('20260305')).toBe(china(2026, 3, 5))
    expect(parseDateText('2026年3月5日')).toBe(china(2026, 3, 5))
  })

  it.each(['2026/13/40', '2026-02-29', '2026-03-05 24:00', '2026-03-05 14:60', '3/5/2026', '明天', '', '2026', '14:30'])(
    'refuses %j',
    (text) => {
      expect(parseDateText(text)).toBeNull()
    }
  )

  it('does not depend on the machine time zone', () => {
    vi.stubEnv('TZ', 'America/New_York')
    expect(parseDateText('2026-03-05 14:30')).toBe(MARCH_5_1430)
    expect(parseSheetDate(new Date(Date.UTC(2026, 2, 5, 14, 30)))).toBe(MARCH_5_1430)
  })
})

describe('parseSheetDate', () => {
  it('reads a Date’s UTC fields as the China wall clock the sheet showed', () => {
    expect(parseSheetDate(new Date(Date.UTC(2026, 2, 5, 14, 30)))).toBe(MARCH_5_1430)
    // exceljs float noise: 14:29:59.999 is 14:30
    expect(parseSheetDate(new Date(Date.UTC(2026, 2, 5, 14, 29, 59, 999)))).toBe(MARCH_5_1430)
    expect(parseSheetDate(new Date(Number.NaN))).toBeNull()
  })

  it('reads numbers as serials, and yyyymmdd typed as a number', () => {
    expect(parseSheetDate(46086.604166)).toBe(MARCH_5_1430)
    expect(parseSheetDate(20260305)).toBe(china(2026, 3, 5))
    expect(parseSheetDate(true)).toBeNull()
    expect(parseSheetDate(null)).toBeNull()
  })
})
