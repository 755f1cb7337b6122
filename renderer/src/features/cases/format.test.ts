import { describe, expect, it } from 'vitest'
import { formatClock, formatDeadline } from './format'

// China time is UTC+8: 2026-12-05 00:00 in Beijing is 2026-12-04 16:00 UTC.
const beijing = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min)

describe('formatDeadline', () => {
  it('shows a midnight deadline as 24:00 of the day it closes', () => {
    expect(formatDeadline(beijing(2026, 12, 5))).toBe('2026-12-04 24:00')
    expect(formatDeadline(beijing(2027, 1, 1))).toBe('2026-12-31 24:00')
  })

  it('shows any other deadline as it is', () => {
    expect(formatDeadline(beijing(2026, 11, 25, 14, 30))).toBe('2026-11-25 14:30')
    expect(formatDeadline(beijing(2026, 11, 25) + 1000)).toBe('2026-11-25 00:00')
    expect(formatDeadline(undefined)).toBe('—')
  })
})

describe('formatClock', () => {
  it('names the unit in Chinese', () => {
    expect(formatClock({ amount: 7, unit: 'work_day' })).toBe('7个工作日')
    expect(formatClock({ amount: 2, unit: 'hour' })).toBe('2小时')
    expect(formatClock({ amount: 3, unit: 'natural_day' })).toBe('3个自然日')
  })
})
