import Dexie from 'dexie'
import type { CallbackRecord } from '@shared/domain/case'
import { SATISFACTION } from '@shared/domain/case'
import { refusalMessage } from '@shared/domain/caseMachine'
import { RefusedError, ValidationError, type FieldIssue } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { CallbackAttemptInput, CallbackResultInput, CallbackService } from './contract'
import { actOnCase } from './caseLog'
import { CASE_TABLES, liveCase } from './store'

export const CALLBACK_CHANNELS = ['电话', '短信', '上门', '微信'] as const

function checkAttempt(a: CallbackAttemptInput, now: number): void {
  const issues: FieldIssue[] = []
  if (!Number.isFinite(a.at)) issues.push({ field: 'at', message: '请填写回访时间' })
  else if (a.at > now) issues.push({ field: 'at', message: '回访时间不能晚于现在' })
  if (!(CALLBACK_CHANNELS as readonly string[]).includes(a.channel)) issues.push({ field: 'channel', message: `请选择回访方式：${CALLBACK_CHANNELS.join('、')}` })
  if (typeof a.reached !== 'boolean') issues.push({ field: 'reached', message: '请选择是否联系上' })
  if (a.note && a.note.trim().length > 200) issues.push({ field: 'note', message: '备注不能超过 200 个字' })
  if (issues.length) throw new ValidationError(issues)
}

function checkResult(r: CallbackResultInput): void {
  const issues: FieldIssue[] = []
  // 是否联系 is the caller's answer about the handling (响应率), not whether this callback got through.
  if (r.valid && !r.satisfaction) issues.push({ field: 'satisfaction', message: '有效回访须选择满意度（满意、基本满意或不满意）' })
  if (!r.valid && r.satisfaction) issues.push({ field: 'satisfaction', message: '无效回访不计满意度：请清除满意度，或改为有效回访' })
  if (r.satisfaction && !SATISFACTION.includes(r.satisfaction)) issues.push({ field: 'satisfaction', message: `满意度须为 ${SATISFACTION.join('、')} 之一` })
  if (r.summary && r.summary.trim().length > 500) issues.push({ field: 'summary', message: '回访情况不能超过 500 个字' })
  if (issues.length) throw new ValidationError(issues)
}

/** 回访 (DESIGN §2.5): attempts, and a result that is also the case's callback event. */
export function createCallbackService(db: DeskDB): CallbackService {
  const repos = repositoriesFor(db)
  const tx = <R>(fn: () => Promise<R>) => db.transaction('rw', ['callback', ...CASE_TABLES], fn)
  const find = (caseId: string) => db.callback.where('caseId').equals(caseId).filter(isLive).first()

  return {
    async queue(communityId) {
      const cases = await db.case
        .where('[communityId+callbackDue]')
        .between([communityId, Dexie.minKey], [communityId, Dexie.maxKey])
        .filter(isLive)
        .toArray()
      const records = await db.callback.where('caseId').anyOf(cases.map((c) => c.id)).filter(isLive).toArray()
      const byCase = new Map(records.map((r) => [r.caseId, r]))
      return cases.map((c) => ({ case: c, callback: byCase.get(c.id) }))
    },

    get: find,

    recordAttempt: (caseId, attempt, ctx) =>
      tx(async () => {
        const row = await liveCase(db, caseId)
        if (row.status !== '已反馈' && row.status !== '已办结') throw new RefusedError(refusalMessage(row.status, 'callback'))
        checkAttempt(attempt, ctx.now)
        const entry = { at: attempt.at, channel: attempt.channel, reached: attempt.reached, ...(attempt.note?.trim() ? { note: attempt.note.trim() } : {}) }
        const existing = await find(caseId)
        if (!existing) return repos.callback.create(row.communityId, { caseId, attempts: [entry], origin: 'local' }, ctx)
        const attempts = [...existing.attempts, entry].sort((a, b) => a.at - b.at)
        return repos.callback.update(existing.id, { attempts }, ctx)
      }),

    recordResult: (caseId, result, ctx) =>
      tx(async () => {
        checkResult(result)
        const { valid, contacted, resolved, satisfaction } = result
        const summary = result.summary?.trim() || undefined
        const after = await actOnCase(repos.writer, caseId, { type: 'callback', valid, contacted, resolved, satisfaction, summary }, ctx)
        const existing = await find(caseId)
        const fields: Partial<CallbackRecord> = { valid, contacted, resolved, completedAt: ctx.now, finalSatisfaction: satisfaction }
        if (satisfaction && !existing?.firstSatisfaction) fields.firstSatisfaction = satisfaction
        const callback = existing
          ? await repos.callback.update(existing.id, fields, ctx)
          : await repos.callback.create(after.communityId, { caseId, attempts: [], origin: 'local', ...fields }, ctx)
        return { callback, case: after }
      })
  }
}
