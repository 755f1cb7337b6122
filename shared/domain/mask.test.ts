import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PURGED, maskIdNumber, maskName, maskPhone } from './mask'

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['010-65123456', '010-6512****'],
    ['01065123456', '010-6512****'],
    ['0571-8765432', '0571-876****'],
    ['010-65123456-801', '010-6512****'],
    ['65123456', '6512****'],
    ['12345', '12345'],
    ['138****5678', '138****5678'],
    ['abc1234567890', 'abc******7890'],
    ['1234', '****']
  ])('%j → %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked)
  })

  it('is empty-safe', () => {
    expect(maskPhone('')).toBe('')
    expect(maskPhone('   ')).toBe('')
    expect(maskPhone(undefined)).toBe('')
    expect(maskPhone(null)).toBe('')
  })

  it('never shows a mobile number in full', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        const masked = maskPhone(mobile)
        expect(masked).toHaveLength(11)
        expect(masked.slice(3, 7)).toBe('****')
      })
    )
  })
})

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071234', '110***********1234'],
    ['11010119900307123X', '110***********123X'],
    ['110101900307123', '110********7123'],
    ['E1234', '*****']
  ])('%j → %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked)
  })

  it('is empty-safe', () => {
    expect(maskIdNumber(undefined)).toBe('')
    expect(maskIdNumber('')).toBe('')
  })
})

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['买买提·艾力', '买*****'],
    [' 李四 ', '李*'],
    ['𠮷野家', '𠮷**'],
    ['张', '*']
  ])('%j → %j', (input, masked) => {
    expect(maskName(input)).toBe(masked)
  })

  it('is empty-safe', () => {
    expect(maskName(undefined)).toBe('')
    expect(maskName(null)).toBe('')
    expect(maskName('')).toBe('')
  })

  it('keeps the length and shows at most the first character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', minLength: 2 }), (name) => {
        const trimmed = Array.from(name.trim())
        fc.pre(trimmed.length >= 2)
        const masked = Array.from(maskName(name))
        expect(masked).toHaveLength(trimmed.length)
        expect(masked.slice(1).every((c) => c === '*')).toBe(true)
      })
    )
  })
})

describe('purged values', () => {
  it('show 已脱敏 as it is, for names and phones alike', () => {
    expect(maskName(PURGED)).toBe('已脱敏')
    expect(maskPhone(PURGED)).toBe('已脱敏')
  })
})
