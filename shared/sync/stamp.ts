import type { BaseRecord } from '../domain/record'

/**
 * Sync bookkeeping for one write (DESIGN §6): stamps, field clocks and the change the outbox
 * carries. Pure: the caller supplies the id, time and hlc.
 */

export const BASE_KEYS = ['id', 'communityId', 'createdAt', 'updatedAt', 'hlc', 'fieldClocks', 'deletedAt'] as const

export interface Stamp {
  now: number
  hlc: string
}

type Fields<T extends BaseRecord> = Omit<T, keyof BaseRecord>

function clocksFor(keys: string[], hlc: string, prev: Record<string, string> = {}): Record<string, string> {
  const clocks = { ...prev }
  for (const key of keys) clocks[key] = hlc
  return clocks
}

/** A new record: every field carries the write's clock. */
export function stampCreate<T extends BaseRecord>(fields: Fields<T>, id: string, communityId: string, { now, hlc }: Stamp): T {
  const keys = Object.keys(fields).filter((k) => (fields as Record<string, unknown>)[k] !== undefined)
  return { ...fields, id, communityId, createdAt: now, updatedAt: now, hlc, fieldClocks: clocksFor(keys, hlc) } as unknown as T
}

/** Fields of `patch` whose value differs from `row`; base fields are never patched. */
export function changedFields<T extends BaseRecord>(row: T, patch: Partial<Fields<T>>): string[] {
  const current = row as unknown as Record<string, unknown>
  return Object.keys(patch).filter(
    (key) => !(BASE_KEYS as readonly string[]).includes(key) && !sameValue(current[key], (patch as Record<string, unknown>)[key])
  )
}

/** The row after `patch`; only the changed fields take the new clock. */
export function stampUpdate<T extends BaseRecord>(row: T, patch: Partial<Fields<T>>, { now, hlc }: Stamp): { next: T; changed: string[] } {
  const changed = changedFields(row, patch)
  const next = { ...row } as Record<string, unknown>
  for (const key of changed) {
    const value = (patch as Record<string, unknown>)[key]
    if (value === undefined) delete next[key]
    else next[key] = value
  }
  next.updatedAt = now
  next.hlc = hlc
  next.fieldClocks = clocksFor(changed, hlc, row.fieldClocks)
  return { next: next as T, changed }
}

/** A tombstone: the record stays (for the 30-day trash and for sync), marked deleted. */
export function stampRemove<T extends BaseRecord>(row: T, { now, hlc }: Stamp): T {
  return { ...row, deletedAt: now, updatedAt: now, hlc, fieldClocks: clocksFor(['deletedAt'], hlc, row.fieldClocks) }
}

/** Give seeded rows this device's clock, as if they had been written here. */
export function restamp<T extends BaseRecord>(row: T, { now, hlc }: Stamp): T {
  const keys = Object.keys(row).filter((k) => !(BASE_KEYS as readonly string[]).includes(k))
  return { ...row, createdAt: now, updatedAt: now, hlc, fieldClocks: clocksFor(keys, hlc) }
}

/** The change an outbox entry carries: the written fields (all of them on create). */
export function changeOf<T extends BaseRecord>(row: T, fields?: string[]): Record<string, unknown> {
  const source = row as unknown as Record<string, unknown>
  const keys = fields ?? Object.keys(source).filter((k) => k !== 'fieldClocks')
  const change: Record<string, unknown> = {}
  for (const key of keys) change[key] = source[key] ?? null
  change.updatedAt = row.updatedAt
  return change
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  // Only plain data compares by content; a Blob or byte array counts as changed when replaced.
  if (!isPlain(a) || !isPlain(b)) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

function isPlain(v: unknown): boolean {
  return Array.isArray(v) || (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)
}
