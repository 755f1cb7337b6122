/** Rows as NDJSON lines; binary fields (attachments) travel as tagged base64 so they survive the round trip. */

const BYTES_TAG = '$cdbakBytes'

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i)
  return out
}

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_TAG]: toBase64(value) }
  if (value instanceof ArrayBuffer) return { [BYTES_TAG]: toBase64(new Uint8Array(value)) }
  return value
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = (value as Record<string, unknown>)[BYTES_TAG]
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return fromBase64(tagged)
  }
  return value
}

export const encodeRows = (rows: readonly unknown[]): string => rows.map((row) => JSON.stringify(row, replacer)).join('\n')

export function decodeRows(text: string): unknown[] {
  if (text === '') return []
  return text.split('\n').map((line) => JSON.parse(line, reviver) as unknown)
}
