import { DAY_MS } from './calendar'
import type { CaseRecord, CaseStatus } from './case'
import { PURGED } from './mask'

/**
 * Retention of callers' personal data (个人信息保护法, DESIGN §5): a closed case keeps its caller's name and
 * phone for the set number of days after closing; past it a reviewed purge puts 已脱敏 in their place and
 * drops the phone hash, while everything the statistics read stays.
 */
export const PERSONAL_FIELDS = ['callerName', 'callerPhone'] as const
/** Linkable to the phone, so it goes too, without a stand-in. */
export const PERSONAL_LINKS = ['callerPhoneHash'] as const

/** A case is closed for retention once it is 已办结 or 已撤销 and has a closing time. */
const CLOSED: readonly CaseStatus[] = ['已办结', '已撤销']

const held = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '' && value.trim() !== PURGED

export const RETENTION_LIMITS = { min: 30, max: 3650 }

/** Days outside the limits are refused: a message, or null when fine. */
export function retentionDaysProblem(days: number | null): string | null {
  if (days === null) return null
  if (!Number.isInteger(days) || days < RETENTION_LIMITS.min || days > RETENTION_LIMITS.max) {
    return `保存期限须为 ${RETENTION_LIMITS.min} 到 ${RETENTION_LIMITS.max} 之间的整数天，或选择“长期保存”`
  }
  return null
}

/** Cases closed before this moment are past retention. */
export const retentionCutoff = (now: number, days: number): number => now - days * DAY_MS

export function holdsPersonalData(record: object): boolean {
  const r = record as Record<string, unknown>
  return [...PERSONAL_FIELDS, ...PERSONAL_LINKS].some((f) => held(r[f]))
}

export function pastRetention(c: Pick<CaseRecord, 'status' | 'closedAt' | 'deletedAt'>, cutoff: number): boolean {
  return c.deletedAt === undefined && CLOSED.includes(c.status) && c.closedAt !== undefined && c.closedAt < cutoff
}

/**
 * The patch that purges one record's caller fields: 已脱敏 for the name and phone it holds, undefined for the
 * hash. Null when there is nothing to purge.
 */
export function purgePatch(record: object): Record<string, unknown> | null {
  const r = record as Record<string, unknown>
  const patch: Record<string, unknown> = {}
  for (const f of PERSONAL_FIELDS) if (held(r[f])) patch[f] = PURGED
  for (const f of PERSONAL_LINKS) if (r[f] !== undefined) patch[f] = undefined
  return Object.keys(patch).length ? patch : null
}
