/** Passphrase encryption: AES-256-GCM with a key from PBKDF2-SHA256 (WebCrypto, in browsers and Node alike). */

export const KDF_ITERATIONS = 600_000

export interface Encryption {
  cipher: 'AES-256-GCM'
  kdf: 'PBKDF2-SHA256'
  iterations: number
  salt: string
  iv: string
}

// Typed from the global itself so the module compiles with DOM types and with Node's alike.
type Subtle = typeof globalThis.crypto.subtle
type Key = Awaited<ReturnType<Subtle['importKey']>>

const subtle = (): Subtle => globalThis.crypto.subtle

// WebCrypto wants ArrayBuffer-backed views; copying keeps the types honest.
const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes)

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<Key> {
  const base = await subtle().importKey('raw', buf(new TextEncoder().encode(passphrase)), 'PBKDF2', false, ['deriveKey'])
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt']
  )
}

export const randomBytes = (n: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(n))

export async function encrypt(key: Key, iv: Uint8Array, plain: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) }, key, buf(plain)))
}

/** null when the key (the passphrase) is wrong: GCM cannot tell the two apart, the caller checks corruption first. */
export async function decrypt(key: Key, iv: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) }, key, buf(sealed)))
  } catch {
    return null
  }
}
