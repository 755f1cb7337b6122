import { sha256Hex } from '../crypto/sha256'
import type { AuditEntry } from './system'

/**
 * The audit log's hash chain (个人信息保护法, DESIGN §5): each entry carries the hash of the one before,
 * so changing, removing or reordering any entry breaks every hash after it.
 */
export const GENESIS_HASH = '0'.repeat(64)

/** What gets audited; the viewer filters by these. */
export const AUDIT_ACTIONS = [
  'signIn',
  'signInFailed',
  'lockout',
  'signOut',
  'unlock',
  'unmask',
  'unmaskRefused',
  'export',
  'exportRefused',
  'userCreate',
  'userChange',
  'passwordChange',
  'passwordReset',
  'restore',
  'delete',
  'purge',
  'settings'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  signIn: '登录',
  signInFailed: '登录失败',
  lockout: '账号锁定',
  signOut: '退出登录',
  unlock: '解锁屏幕',
  unmask: '查看完整个人信息',
  unmaskRefused: '查看个人信息被拒绝',
  export: '导出个人信息',
  exportRefused: '导出个人信息被拒绝',
  userCreate: '新增账号',
  userChange: '修改账号权限',
  passwordChange: '修改密码',
  passwordReset: '重置密码',
  restore: '恢复备份',
  delete: '删除记录',
  purge: '个人信息脱敏清除',
  settings: '修改系统设置'
}

export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action as AuditAction] ?? action

/** JSON with keys sorted at every level and undefined fields left out: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** An entry as hashed: everything but `hash` and the local `seq`, which the database assigns after hashing. */
export type ChainedFields = Omit<AuditEntry, 'seq' | 'hash'>

export function auditHash(entry: ChainedFields): string {
  const { id, communityId, at, actor, action, target, reason, prevHash } = entry
  return sha256Hex(canonicalJson({ id, communityId, at, actor, action, target, reason, prevHash }))
}

/** Links a new entry after `previous` (undefined for the first entry of a community). */
export function chainEntry(fields: Omit<ChainedFields, 'prevHash'>, previous: Pick<AuditEntry, 'hash'> | undefined): Omit<AuditEntry, 'seq'> {
  const linked = { ...fields, prevHash: previous?.hash ?? GENESIS_HASH }
  return { ...linked, hash: auditHash(linked) }
}

export type ChainCheck =
  | { ok: true; count: number }
  | { ok: false; brokenSeq: number; reason: 'changed' | 'unlinked'; count: number }

/** Checks entries in `seq` order; the first one whose hash or link does not hold is named. */
export function verifyChain(entries: readonly AuditEntry[]): ChainCheck {
  let prev = GENESIS_HASH
  for (const entry of entries) {
    if (entry.prevHash !== prev) return { ok: false, brokenSeq: entry.seq, reason: 'unlinked', count: entries.length }
    if (auditHash(entry) !== entry.hash) return { ok: false, brokenSeq: entry.seq, reason: 'changed', count: entries.length }
    prev = entry.hash
  }
  return { ok: true, count: entries.length }
}
