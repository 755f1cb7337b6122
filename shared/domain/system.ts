import type { BaseRecord } from './record'
import type { PointRules } from './volunteers'

/** Records the app keeps about itself: calendar edits, files, audit, rollups, settings, sync outbox. */

/** A calendar edit: a statutory holiday, or a 调休 weekend working day. */
export interface Holiday extends BaseRecord {
  /** 'YYYY-MM-DD', China time */
  day: string
  kind: 'holiday' | 'workday'
  name: string
}

export interface Attachment extends BaseRecord {
  name: string
  mime: string
  size: number
  bytes: Blob | Uint8Array
  /** the record it belongs to */
  ownerTable: string
  ownerId: string
}

/** Append-only, hash-chained audit log (个人信息保护法): every unmask and personal-data export. */
export interface AuditEntry {
  /** local order, assigned by the database */
  seq: number
  /** ULID, stable across devices */
  id: string
  communityId: string
  at: number
  actor: string
  /** e.g. unmask, export, login, restore */
  action: string
  /** `table:id` or a description of what was touched */
  target: string
  reason?: string
  prevHash: string
  hash: string
}

/** Counters per (period, dimension, key), kept in the same transaction as the case writes. */
export interface Rollup {
  /** 'YYYY-MM' or a cut-off period label */
  period: string
  /** grid, handler, unit, community, category */
  dimension: string
  key: string
  communityId: string
  counters: Record<string, number>
  updatedAt: number
}

export interface Setting<V = unknown> {
  key: string
  value: V
  updatedAt: number
  hlc: string
}

/** The settings the app knows, with their value types. */
export interface SettingValues {
  /** this install's id in every hlc; never synced */
  deviceId: string
  /** the community this desk works for */
  currentCommunityId: string
  /** warning light thresholds as fractions of the span used */
  'sla.lightThresholds': { yellow: number; orange: number }
  /** 满意率 weight of 基本满意 */
  'assessment.k': number
  'assessment.weights': { response: number; resolution: number; satisfaction: number }
  /** which date places a case in a period */
  'assessment.periodBy': 'receivedAt' | 'closedAt'
  /** day of month a cut-off period starts (e.g. 19), or null for calendar months */
  'assessment.cutoffDay': number | null
  /** minutes without input before the desk locks */
  'security.idleLockMinutes': number
  /** 未诉先办 hotspot rule thresholds (DESIGN §2.6) */
  'proactive.hotspotThresholds': Record<string, number>
  /** hotspot alerts already turned into a topic or a case, with when */
  'proactive.hotspotConversions': Record<string, { at: number; issueId?: string; caseId?: string }>
  /** 小巷管家 points ledger rules (DESIGN §2.8) */
  'volunteers.pointRules': PointRules
  /** the patrol checklist (十无), editable; the defaults are TEN_NOS */
  'volunteers.checklist': string[]
  /** days after closing that a case keeps its caller's name and phone; null keeps them for ever */
  'privacy.retentionDays': number | null
  /** when this desk last made an automatic backup (desktop app only); never synced */
  'backup.lastAutoAt': number
}
export type SettingKey = keyof SettingValues

/** Settings that belong to this device and never enter the outbox. */
export const LOCAL_SETTING_KEYS: readonly SettingKey[] = ['deviceId', 'currentCommunityId', 'backup.lastAutoAt']

export type OutboxOp = 'put' | 'delete'

/** One local change waiting to be published (DESIGN §6). */
export interface OutboxEntry {
  /** assigned by the database, increasing */
  seq: number
  table: string
  recordId: string
  /** 'delete' is a tombstone: change carries deletedAt */
  op: OutboxOp
  hlc: string
  at: number
  /** the fields written, all stamped with `hlc` */
  change: Record<string, unknown>
}
