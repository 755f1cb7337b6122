/**
 * Account passwords (DESIGN §5): PBKDF2-SHA256 through WebCrypto (browsers and Node alike), a random 16-byte salt
 * per password, and the iteration count kept in the stored hash so a later increase still verifies old hashes.
 */

/** What the app always uses; tests may pass fewer to stay fast. */
export const PASSWORD_ITERATIONS = 600_000
const SCHEME = 'pbkdf2-sha256'
const SALT_BYTES = 16
const HASH_BITS = 256

export interface PasswordHash {
  /** `pbkdf2-sha256$<iterations>$<hex>` */
  passwordHash: string
  /** hex */
  salt: string
}

export interface HashOptions {
  iterations?: number
  /** for tests that need a known salt */
  salt?: Uint8Array
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const fromHex = (hex: string): Uint8Array => new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)))
// WebCrypto wants ArrayBuffer-backed views; copying keeps the types honest.
const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes)

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle
  const base = await subtle.importKey('raw', buf(new TextEncoder().encode(password)), 'PBKDF2', false, ['deriveBits'])
  return new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations }, base, HASH_BITS))
}

export async function hashPassword(password: string, { iterations = PASSWORD_ITERATIONS, salt }: HashOptions = {}): Promise<PasswordHash> {
  const saltBytes = salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const hash = await derive(password, saltBytes, iterations)
  return { passwordHash: `${SCHEME}$${iterations}$${toHex(hash)}`, salt: toHex(saltBytes) }
}

/** Compares every byte whatever the first difference, so the time taken says nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/** false for a wrong password and for a missing or malformed stored hash. */
export async function verifyPassword(password: string, stored: Partial<PasswordHash>): Promise<boolean> {
  const [scheme, count, hex] = (stored.passwordHash ?? '').split('$')
  const iterations = Number(count)
  if (scheme !== SCHEME || !Number.isInteger(iterations) || iterations < 1 || !hex || !stored.salt) return false
  const actual = await derive(password, fromHex(stored.salt), iterations)
  return constantTimeEqual(actual, fromHex(hex))
}

export interface PasswordRule {
  ok: boolean
  message?: string
}

/** 8 or more characters with at least one letter and one digit. */
export function checkPasswordStrength(password: string): PasswordRule {
  if (password.length < 8) return { ok: false, message: '密码至少 8 位，请加长' }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return { ok: false, message: '密码须同时包含字母和数字' }
  if (password.length > 128) return { ok: false, message: '密码不能超过 128 位' }
  return { ok: true }
}
