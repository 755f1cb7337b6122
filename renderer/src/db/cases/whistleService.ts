import { RecordNotFoundError, RefusedError, ValidationError, type FieldIssue } from '@shared/domain/errors'
import { REPORT_RATINGS, WHISTLE_TYPES, type Whistle, type WhistleReport } from '@shared/domain/work'
import {
  arrivalDeadline,
  checkArrival,
  checkCancel,
  checkCompletion,
  isLateReport,
  isOnTime,
  statusAfterArrival,
  validateArrivalMinutes
} from '@shared/domain/whistleRules'
import { DEFAULT_ARRIVAL_MINUTES } from '@shared/domain/work'
import { formatDateTime } from '@shared/domain/dates'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { WhistleInput, WhistleService } from './contract'
import { changeCase } from './caseLog'
import { CASE_TABLES } from './store'

const TABLES = ['whistle', 'whistleReport', 'unit', 'place', ...CASE_TABLES] as const
const OPEN = ['已吹哨', '处置中'] as const

async function checkInput(db: DeskDB, communityId: string, input: WhistleInput, now: number): Promise<void> {
  const issues: FieldIssue[] = []
  const add = (field: string, message: string) => issues.push({ field, message })
  if (!(WHISTLE_TYPES as readonly string[]).includes(input.type)) add('type', `请选择吹哨类型：${WHISTLE_TYPES.join('、')}`)
  if (!input.issue?.trim()) add('issue', '请填写吹哨事项')
  else if (input.issue.trim().length > 200) add('issue', '吹哨事项不能超过 200 个字')
  if (!Number.isFinite(input.at)) add('at', '请填写吹哨时间')
  else if (input.at > now) add('at', '吹哨时间不能晚于现在')
  const minutes = validateArrivalMinutes(input.arrivalMinutes ?? DEFAULT_ARRIVAL_MINUTES)
  if (minutes) add('arrivalMinutes', minutes)
  const unitIds = input.unitIds ?? []
  const units = await db.unit.bulkGet(unitIds)
  if (unitIds.length === 0) add('unitIds', '请至少选择一个报到单位')
  else if (new Set(unitIds).size !== unitIds.length) add('unitIds', '报到单位不能重复选择')
  else if (units.some((u) => !isLive(u) || u?.communityId !== communityId)) add('unitIds', '报到单位不存在，请重新选择')
  if (input.placeId) {
    const place = await db.place.get(input.placeId)
    if (!isLive(place) || place?.communityId !== communityId) add('placeId', '点位不存在，请重新选择')
  }
  const cases = await db.case.bulkGet(input.caseIds ?? [])
  if (cases.some((c) => !isLive(c) || c?.communityId !== communityId)) add('caseIds', '关联的工单不存在，请重新选择')
  // A whistle answers a complaint already received; an earlier time is a typing slip.
  const first = cases.filter(isLive).sort((a, b) => a!.receivedAt - b!.receivedAt)[0]
  if (first && Number.isFinite(input.at) && input.at < first.receivedAt)
    add('at', `吹哨时间早于所关联工单的受理时间（${formatDateTime(first.receivedAt)}），请核对后重填`)
  if (issues.length) throw new ValidationError(issues)
}

const nonNegativeCount = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 1000)

/** 吹哨报到 (DESIGN §2.4): each write one rw transaction with its outbox changes. */
export function createWhistleService(db: DeskDB): WhistleService {
  const repos = repositoriesFor(db)
  const tx = <R>(fn: () => Promise<R>) => db.transaction('rw', [...TABLES, 'outbox'], fn)

  async function load(whistleId: string): Promise<Whistle> {
    const whistle = await db.whistle.get(whistleId)
    if (!whistle || !isLive(whistle)) throw new RecordNotFoundError('找不到这次吹哨记录，可能已被删除，请刷新后重试')
    return whistle
  }
  async function loadReport(reportId: string): Promise<{ report: WhistleReport; whistle: Whistle }> {
    const report = await db.whistleReport.get(reportId)
    if (!report || !isLive(report)) throw new RecordNotFoundError('找不到这个单位的报到记录，请刷新后重试')
    return { report, whistle: await load(report.whistleId) }
  }
  const reportsOf = (whistleId: string) => db.whistleReport.where('whistleId').equals(whistleId).filter(isLive).sortBy('notifiedAt')

  return {
    create: (communityId, input, ctx) =>
      tx(async () => {
        await checkInput(db, communityId, input, ctx.now)
        const arrivalMinutes = input.arrivalMinutes ?? DEFAULT_ARRIVAL_MINUTES
        const { type, issue, placeId, address, caseIds, at, unitIds } = input
        const fields = { type, issue: issue.trim(), placeId, address: address?.trim() || undefined, caseIds: [...new Set(caseIds)], at, unitIds, arrivalMinutes, status: '已吹哨' as const, actor: ctx.actor }
        const whistle = await repos.whistle.create(communityId, fields, ctx)
        const reports: WhistleReport[] = []
        for (const unitId of unitIds) {
          reports.push(await repos.whistleReport.create(communityId, { whistleId: whistle.id, unitId, notifiedAt: at, arrivalDeadline: arrivalDeadline(at, arrivalMinutes) }, ctx))
        }
        const linked = { type: 'whistle', at, actor: ctx.actor, payload: { whistleId: whistle.id, issue: fields.issue, unitIds } }
        for (const caseId of fields.caseIds) await changeCase(repos.writer, caseId, () => ({ events: [linked], base: { whistleId: whistle.id } }), ctx)
        return { whistle, reports }
      }),

    async list(communityId, opts = {}) {
      const rows = opts.open
        ? await db.whistle.where('[communityId+status]').anyOf(OPEN.map((s) => [communityId, s])).filter(isLive).toArray()
        : await db.whistle.where('communityId').equals(communityId).filter(isLive).toArray()
      return rows.sort((a, b) => b.at - a.at)
    },

    async get(whistleId) {
      const whistle = await db.whistle.get(whistleId)
      return whistle && isLive(whistle) ? { whistle, reports: await reportsOf(whistleId) } : undefined
    },

    arrive: (reportId, { arrivedAt, peopleSent }, ctx) =>
      tx(async () => {
        const { report, whistle } = await loadReport(reportId)
        const problem = checkArrival(whistle, report, arrivedAt, ctx.now)
        if (problem) throw new RefusedError(problem)
        if (!nonNegativeCount(peopleSent)) throw new ValidationError([{ field: 'peopleSent', message: '出动人数须为 0 到 1000 之间的整数' }])
        const next = await repos.whistleReport.update(reportId, { arrivedAt, onTime: isOnTime(arrivedAt, report.arrivalDeadline), peopleSent }, ctx)
        const status = statusAfterArrival(whistle.status)
        if (status !== whistle.status) await repos.whistle.update(whistle.id, { status }, ctx)
        return next
      }),

    report: (reportId, input, ctx) =>
      tx(async () => {
        const { report, whistle } = await loadReport(reportId)
        if (whistle.status === '已完成' || whistle.status === '已撤销') throw new RefusedError(`本次吹哨已${whistle.status === '已完成' ? '完成' : '撤销'}，不能再修改`)
        const issues: FieldIssue[] = []
        const text = (field: 'actions' | 'result' | 'ratingNote', max: number) => {
          const value = input[field]?.trim()
          if (value && value.length > max) issues.push({ field, message: `内容不能超过 ${max} 个字` })
          return value || undefined
        }
        const patch = { actions: text('actions', 500), result: text('result', 500), rating: input.rating, ratingNote: text('ratingNote', 200) }
        if (input.rating !== undefined && !REPORT_RATINGS.includes(input.rating)) issues.push({ field: 'rating', message: `评价须为 ${REPORT_RATINGS.join('、')} 之一` })
        if (report.arrivedAt === undefined && (patch.result || patch.rating)) issues.push({ field: 'result', message: '该单位尚未报到，不能填写处置结果或评价' })
        if (issues.length) throw new ValidationError(issues)
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
        return repos.whistleReport.update(reportId, defined, ctx)
      }),

    complete: (whistleId, summary, ctx) =>
      tx(async () => {
        const whistle = await load(whistleId)
        const units = new Map((await db.unit.bulkGet(whistle.unitIds)).filter(isLive).map((u) => [u!.id, u!.name]))
        const problem = checkCompletion(whistle, await reportsOf(whistleId), (id) => units.get(id) ?? '未知单位')
        if (problem) throw new RefusedError(problem)
        if (!summary?.trim()) throw new ValidationError([{ field: 'summary', message: '请填写处置小结' }])
        return repos.whistle.update(whistleId, { status: '已完成', summary: summary.trim() }, ctx)
      }),

    cancel: (whistleId, reason, ctx) =>
      tx(async () => {
        const whistle = await load(whistleId)
        const problem = checkCancel(whistle, reason ?? '')
        if (problem) throw new RefusedError(problem)
        return repos.whistle.update(whistleId, { status: '已撤销', summary: `撤销原因：${reason.trim()}` }, ctx)
      }),

    async lateReports(communityId, now) {
      const open = await db.whistle.where('[communityId+status]').anyOf(OPEN.map((s) => [communityId, s])).filter(isLive).toArray()
      const out: { whistle: Whistle; report: WhistleReport }[] = []
      for (const whistle of open.sort((a, b) => a.at - b.at)) {
        for (const report of await reportsOf(whistle.id)) if (isLateReport(report, now)) out.push({ whistle, report })
      }
      return out
    }
  }
}
