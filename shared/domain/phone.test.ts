import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizePhone, phoneHash, validatePhone } from './phone'

describe('normalizePhone', () => {
  it.each([
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086-13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['＋８６　１３８－１２３４－５６７８', '13812345678'],
    ['010-65123456', '01065123456'],
    ['(010) 6512 3456', '01065123456'],
    ['+86 10 6512 3456', '01065123456'],
    ['010-12345678-123', '01012345678-123'],
    ['010-65123456 转 801', '01065123456-801'],
    ['0571-87654321', '057187654321'],
    ['12345', '12345'],
    ['  ', '']
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected)
  })

  it('is idempotent on every string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizePhone(s)
        expect(normalizePhone(once)).toBe(once)
      })
    )
  })

  it('treats null and undefined as empty', () => {
    expect(normalizePhone(undefined)).toBe('')
    expect(normalizePhone(null)).toBe('')
  })
})

describe('validatePhone', () => {
  it.each([
    ['13812345678', 'mobile', '13812345678'],
    ['+86 199 0000 1111', 'mobile', '19900001111'],
    ['010-65123456', 'fixed', '01065123456'],
    ['01065123456', 'fixed', '01065123456'],
    ['021-52345678', 'fixed', '02152345678'],
    ['0571-8765432', 'fixed', '05718765432'],
    ['0571 87654321', 'fixed', '057187654321'],
    ['010-12345678-123', 'fixed', '01012345678-123'],
    ['65123456', 'fixed', '65123456'],
    ['6512 3456 分机 12', 'fixed', '65123456-12'],
    ['12345', 'service', '12345'],
    ['95598', 'service', '95598'],
    ['400-810-8888', 'service', '4008108888']
  ])('accepts %j as %s', (input, kind, normalized) => {
    expect(validatePhone(input)).toEqual({ ok: true, kind, normalized })
  })

  it.each([
    ['', '电话号码为空'],
    ['1381234567', '手机号应为 11 位（如 13812345678），这里是 10 位'],
    ['138123456789', '手机号应为 11 位（如 13812345678），这里是 12 位'],
    ['12812345678', '电话号码格式不正确：应为 11 位手机号（如 13812345678）或带区号的固定电话（如 010-65123456）'],
    ['010-1234567', '电话号码格式不正确'],
    ['010-01234567', '电话号码格式不正确'],
    ['13812345678-12', '手机号应为 11 位（如 13812345678），这里是 13 位'],
    ['13812345678 转 12', '电话号码格式不正确'],
    ['138****5678', '已打码'],
    ['138a1234567', '无法识别的字符“a”']
  ])('refuses %j saying what is wrong', (input, message) => {
    const result = validatePhone(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(message)
  })

  it('never throws, and accepted numbers are already normalised', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[+0-9 \-()]{0,20}$/)), (s) => {
        const result = validatePhone(s)
        if (result.ok) expect(normalizePhone(result.normalized)).toBe(result.normalized)
      })
    )
  })
})

describe('phoneHash', () => {
  it('matches the same number however it was written', () => {
    expect(phoneHash('138 1234 5678', 'salt')).toBe(phoneHash('+8613812345678', 'salt'))
    expect(phoneHash('13812345678', 'salt')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('differs between numbers and between salts', () => {
    expect(phoneHash('13812345678', 'salt')).not.toBe(phoneHash('13812345679', 'salt'))
    expect(phoneHash('13812345678', 'salt-a')).not.toBe(phoneHash('13812345678', 'salt-b'))
  })

  it('is HMAC-SHA256 keyed by the salt', () => {
    // HMAC-SHA256(key = "salt", message = "13812345678"), computed independently with openssl
    expect(phoneHash('13812345678', 'salt')).toBe('438522640e2c4ddea410db88fa9e4e29a3e5df3cfef2e5446e61b0a43127b3d1')
  })
})
