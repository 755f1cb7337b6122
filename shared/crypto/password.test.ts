import { describe, expect, it } from 'vitest'
import { PASSWORD_ITERATIONS, checkPasswordStrength, constantTimeEqual, hashPassword, verifyPassword } from './password'

const fast = { iterations: 1000 }

describe('passwords', () => {
  it('hashes with a random 16-byte salt and 600,000 iterations by default', async () => {
    expect(PASSWORD_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    const a = await hashPassword('demo1234')
    const b = await hashPassword('demo1234')
    expect(a.passwordHash).toMatch(/^pbkdf2-sha256\$600000\$[0-9a-f]{64}$/)
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/)
    expect(a.salt).not.toBe(b.salt)
    expect(a.passwordHash).not.toBe(b.passwordHash)
    expect(await verifyPassword('demo1234', a)).toBe(true)
  })

  it('matches the PBKDF2-SHA256 test vector (RFC 7914 §11)', async () => {
    const { passwordHash } = await hashPassword('passwd', { iterations: 1, salt: new TextEncoder().encode('salt') })
    expect(passwordHash.split('$')[2]).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc')
  })

  it('refuses a wrong password, a missing hash and a malformed one', async () => {
    const stored = await hashPassword('correct123', fast)
    expect(await verifyPassword('correct124', stored)).toBe(false)
    expect(await verifyPassword('correct123', {})).toBe(false)
    expect(await verifyPassword('correct123', { ...stored, passwordHash: 'md5$1$abc' })).toBe(false)
    expect(await verifyPassword('correct123', { ...stored, salt: undefined })).toBe(false)
  })

  it('verifies with the iteration count stored in the hash', async () => {
    const stored = await hashPassword('correct123', fast)
    expect(stored.passwordHash.startsWith('pbkdf2-sha256$1000$')).toBe(true)
    expect(await verifyPassword('correct123', stored)).toBe(true)
  })

  it('compares byte strings of any length', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true)
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false)
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false)
  })

  it.each([
    ['abc123', false],
    ['abcdefgh', false],
    ['12345678', false],
    ['demo1234', true],
    ['长密码但是有字母a和数字1', true]
  ])('strength of %s is %s', (password, ok) => {
    expect(checkPasswordStrength(password).ok).toBe(ok)
  })
})
