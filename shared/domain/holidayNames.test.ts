import { describe, expect, it } from 'vitest'
import { holidayName } from './holidayNames'

describe('holidayName', () => {
  it('names shipped days off and make-up working days in Chinese', () => {
    expect(holidayName('2026-02-17')).toBe('春节')
    expect(holidayName('2026-02-28')).toBe('春节')
    expect(holidayName('2026-10-01')).toBe('国庆节')
    expect(holidayName('2026-03-03')).toBeUndefined()
  })
})
