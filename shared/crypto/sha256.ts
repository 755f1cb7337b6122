import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js'
import { hmac } from '@noble/hashes/hmac.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * Synchronous SHA-256 and HMAC-SHA256 for domain rules that cannot await WebCrypto
 * (phone matching inside a projection), on the audited @noble/hashes.
 */
export const sha256 = (bytes: Uint8Array): Uint8Array => nobleSha256(bytes)
export const toHex = (bytes: Uint8Array): string => bytesToHex(bytes)
export const utf8 = (text: string): Uint8Array => utf8ToBytes(text)
export const sha256Hex = (bytes: Uint8Array | string): string =>
  toHex(sha256(typeof bytes === 'string' ? utf8(bytes) : bytes))
export const hmacSha256Hex = (key: Uint8Array | string, message: Uint8Array | string): string =>
  toHex(hmac(nobleSha256, typeof key === 'string' ? utf8(key) : key, typeof message === 'string' ? utf8(message) : message))
