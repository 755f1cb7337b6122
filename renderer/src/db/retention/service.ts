import type { CaseRecord } from '@shared/domain/case'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import { holdsPersonalData, pastRetention, purgePatch, retentionCutoff, retentionDaysProblem } from '@shared/domain/retention'
import type { BaseRecord } from '@shared/domain/record'
import { changeOf, stampUpdate } from '@shared/sync/stamp'
import type { DeskDB } from '../database'
import { createAuditService } from '../audit/service'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'

export interface RetentionReview {
  /** null: kept for ever, nothing to review */
  days: number | null
  cutoff: number | null
  /** closed before the cutoff and still holding a caller's name, phone or phone hash; oldest first */
  cases: CaseRecord[]
}

/** 个人信息保存期限: the setting, the review list and the reviewed purge (DESIGN §5). */
export function createRetentionService(db: DeskDB) {
  const repos = () => repositoriesFor(db)
  const audit = createAuditService(db)

  const days = () => repos().setting.getOr('privacy.retentionDays', null)

  async function setDays(value: number | null, ctx: WriteContext): Promise<void> {
    const problem = retentionDaysProblem(value)
    if (problem) throw new ValidationError([{ field: 'retentionDays', message: problem }])
    await repos().setting.set('privacy.retentionDays', value, ctx)
  }

  /** Read through the closedAt index: only cases closed before the cutoff are looked at. */
  async function due(communityId: string, cutoff: number): Promise<CaseRecord[]> {
    const rows = await db.case.where('closedAt').below(cutoff).filter((c) => c.communityId === communityId && pastRetention(c, cutoff) && holdsPersonalData(c)).toArray()
    return rows.sort((a, b) => (a.closedAt ?? 0) - (b.closedAt ?? 0))
  }

  async function review(communityId: string, now: number): Promise<RetentionReview> {
    const kept = await days()
    if (kept === null) return { days: null, cutoff: null, cases: [] }
    const cutoff = retentionCutoff(now, kept)
    return { days: kept, cutoff, cases: await due(communityId, cutoff) }
  }

  /** Writes the purge patch of one record with its outbox change; nothing when there is nothing to purge. */
  async function purgeRow<T extends BaseRecord>(table: 'case' | 'caseEvent' | 'callback', row: T, patch: Record<string, unknown> | null, ctx: WriteContext): Promise<boolean> {
    if (!patch) return false
    const stamp = repos().writer.stamp(ctx, row.hlc)
    const { next, changed } = stampUpdate(row, patch as Partial<T>, stamp)
    if (!changed.length) return false
    await db.table(table).put(next)
    await repos().writer.record(table, row.id, 'put', stamp, changeOf(next, changed))
    return true
  }

  /**
   * Purges the chosen cases in one transaction: the case rows, their events' payloads and their callback records,
   * with outbox entries and one audit entry. Rollups are not touched, so the statistics stay as they were.
   * Refused whole, writing nothing, when any case is not (or no longer) past retention.
   */
  async function purge(communityId: string, caseIds: readonly string[], reason: string, ctx: WriteContext): Promise<number> {
    const why = reason.trim()
    if (why.length < 2) throw new ValidationError([{ field: 'reason', message: '请写明脱敏清除的原因（至少 2 个字）' }])
    if (!caseIds.length) throw new RefusedError('请先勾选要脱敏清除的工单')
    const kept = await days()
    if (kept === null) throw new RefusedError('尚未设置个人信息保存期限，不能脱敏清除')
    const cutoff = retentionCutoff(ctx.now, kept)
    return db.transaction('rw', ['case', 'caseEvent', 'callback', 'outbox', 'auditEntry'], async () => {
      const rows = await db.case.bulkGet([...caseIds])
      const bad = rows.findIndex((c) => !c || c.communityId !== communityId || !pastRetention(c, cutoff) || !holdsPersonalData(c))
      if (bad >= 0) throw new RefusedError(`第 ${bad + 1} 件工单未到保存期限或已脱敏，请刷新审查清单后重试`)
      const cases = rows as CaseRecord[]
      for (const c of cases) {
        await purgeRow('case', c, purgePatch(c), ctx)
        for (const event of await db.caseEvent.where('caseId').equals(c.id).toArray()) {
          const payloadPatch = event.payload ? purgePatch(event.payload) : null
          if (payloadPatch) {
            const payload = { ...event.payload }
            for (const [k, v] of Object.entries(payloadPatch)) if (v === undefined) delete payload[k]; else payload[k] = v
            await purgeRow('caseEvent', event, { payload }, ctx)
          }
        }
        for (const callback of await db.callback.where('caseId').equals(c.id).toArray()) await purgeRow('callback', callback, purgePatch(callback), ctx)
      }
      const names = cases.slice(0, 5).map((c) => c.orderNo ?? c.title)
      const target = `purge:${cases.length} 件（${names.join('、')}${cases.length > 5 ? ' 等' : ''}）`
      await audit.record(communityId, { action: 'purge', target, reason: why }, ctx)
      return cases.length
    })
  }

  return { days, setDays, review, purge }
}

export type RetentionService = ReturnType<typeof createRetentionService>
