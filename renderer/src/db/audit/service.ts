import { monotonicFactory } from 'ulid'
import { auditActionLabel, chainEntry, verifyChain } from '@shared/domain/audit'
import { formatDateTime } from '@shared/domain/dates'
import { ValidationError } from '@shared/domain/errors'
import type { AuditEntry } from '@shared/domain/system'
import type { DeskDB } from '../database'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'

export interface AuditInput {
  /** one of AUDIT_ACTIONS */
  action: string
  /** `table:id` or what was touched, e.g. `case:01J…`, `user:admin` */
  target: string
  reason?: string
}

export interface AuditFilters {
  /** epoch ms, inclusive */
  from?: number
  /** epoch ms, exclusive */
  to?: number
  actor?: string
  action?: string
}

/** What a change writes about itself; null when nothing worth recording changed. */
export type AuditOf = (AuditInput & { communityId: string }) | null

/** A setting's change for the log, `setting:<name>` with `old → new`; null when the value stays as it was. */
export function settingChange(communityId: string, name: string, before: string, after: string): AuditOf {
  return before === after ? null : { communityId, action: 'settings', target: `setting:${name}`, reason: `${before} → ${after}` }
}

export type AuditVerdict = { ok: true; count: number } | { ok: false; brokenSeq: number; message: string }

const newId = monotonicFactory()

/** The append-only, hash-chained audit log of one database (DESIGN §5). Entries are never updated or deleted here. */
export function createAuditService(db: DeskDB) {
  const writer = () => repositoriesFor(db).writer
  const ofCommunity = (communityId: string) => db.auditEntry.where('communityId').equals(communityId)

  /** Appends one entry linked to the community's last one, with its outbox change, in one transaction. */
  async function record(communityId: string, input: AuditInput, ctx: WriteContext): Promise<AuditEntry> {
    const action = input.action.trim()
    const target = input.target.trim()
    if (!action || !target) throw new ValidationError([{ field: action ? 'target' : 'action', message: '审计记录须写明操作和对象' }])
    const reason = input.reason?.trim() || undefined
    return db.transaction('rw', ['auditEntry', 'outbox'], async () => {
      const last = await ofCommunity(communityId).last()
      const fields = { id: newId(ctx.now), communityId, at: ctx.now, actor: ctx.actor, action, target, ...(reason ? { reason } : {}) }
      const linked = chainEntry(fields, last)
      const seq = await db.auditEntry.add(linked as AuditEntry)
      const stamp = writer().stamp(ctx)
      await writer().record('auditEntry', linked.id, 'put', stamp, { ...linked })
      return { ...linked, seq } as AuditEntry
    })
  }

  /**
   * Runs `write` and appends the entry it describes in one rw transaction over `tables` and the log's own, so a
   * change and its audit entry land together or not at all.
   */
  function recordWith<R>(tables: readonly string[], ctx: WriteContext, write: () => Promise<{ result: R; audit: AuditOf }>): Promise<R> {
    return db.transaction('rw', [...new Set([...tables, 'auditEntry', 'outbox'])], async () => {
      const { result, audit } = await write()
      if (audit) await record(audit.communityId, audit, ctx)
      return result
    })
  }

  /** Entries of the community, newest first, filtered in memory (the log is small next to the cases). */
  async function list(communityId: string, filters: AuditFilters = {}): Promise<AuditEntry[]> {
    const { from, to, actor, action } = filters
    const rows = await ofCommunity(communityId)
      .filter((e) => (from === undefined || e.at >= from) && (to === undefined || e.at < to) && (!actor || e.actor === actor) && (!action || e.action === action))
      .toArray()
    return rows.reverse()
  }

  /** Walks the chain in order; names the first entry whose hash or link does not hold. */
  async function verify(communityId: string): Promise<AuditVerdict> {
    const entries = await ofCommunity(communityId).toArray()
    const check = verifyChain(entries)
    if (check.ok) return check
    const broken = entries.find((e) => e.seq === check.brokenSeq)
    const what = broken ? `第 ${broken.seq} 条（${formatDateTime(broken.at)} ${auditActionLabel(broken.action)}）` : `第 ${check.brokenSeq} 条`
    const message =
      check.reason === 'changed'
        ? `${what}的内容与其校验值不符，已被改动，请从备份核对`
        : `${what}与前一条记录对不上：前一条被改动、删除或插入了记录，请从备份核对`
    return { ok: false, brokenSeq: check.brokenSeq, message }
  }

  return { record, recordWith, list, verify }
}

export type AuditService = ReturnType<typeof createAuditService>
