import { describe, expect, it } from 'vitest'
import { dayRange, rangeDays } from './dateRange'

describe('dayRange', () => {
  it('spans whole China days, whatever the machine’s time zone', () => {
    const { from, to } = dayRange(['2026-11-01', '2026-11-30'])
    expect(from).toBe(Date.UTC(2026, 9, 31, 16, 0))
    expect(to).toBe(Date.UTC(2026, 10, 30, 16, 0) - 1)
    expect(rangeDays(from, to)).toEqual(['2026-11-01', '2026-11-30'])
  })

  it('gives no bounds for no range or an unreadable one', () => {
    expect(dayRange(null)).toEqual({})
    expect(dayRange(['2026-02-30', '2026-03-01'])).toEqual({})
    expect(rangeDays(undefined, 5)).toBeNull()
  })
})
