import { ValidationError, type FieldIssue } from '@shared/domain/errors'
import { DEFAULT_ARRIVAL_MINUTES, type ReportRating, type WhistleType } from '@shared/domain/work'
import type { WhistleInput } from '../../db/cases/contract'

/** A picked time may run a little ahead of the desk's clock (the picker rounds to the minute). */
const SLACK_MS = 60_000
export const MAX_ARRIVAL_MINUTES = 240

export interface WhistleDraft {
  type: WhistleType
  issue: string
  placeId: string
  address: string
  caseIds: string[]
  at: number | null
  unitIds: string[]
  arrivalMinutes: number | null
}

export const blankWhistle = (now: number, issue = '', caseIds: string[] = []): WhistleDraft => ({
  type: '群众诉求', issue, placeId: '', address: '', caseIds, at: now, unitIds: [], arrivalMinutes: DEFAULT_ARRIVAL_MINUTES
})

const fail = (issues: FieldIssue[]) => {
  if (issues.length) throw new ValidationError(issues)
}

/** The form as the service takes it, or every field message at once, in Chinese. */
export function toWhistleInput(d: WhistleDraft, now: number): WhistleInput {
  const issues: FieldIssue[] = []
  if (!d.issue.trim()) issues.push({ field: 'issue', message: '请填写吹哨事项' })
  if (d.at === null) issues.push({ field: 'at', message: '请填写吹哨时间' })
  else if (d.at > now + SLACK_MS) issues.push({ field: 'at', message: '吹哨时间不能晚于现在' })
  if (d.unitIds.length === 0) issues.push({ field: 'unitIds', message: '请至少选择一个报到单位' })
  const m = d.arrivalMinutes
  if (m === null || !Number.isInteger(m) || m < 1 || m > MAX_ARRIVAL_MINUTES) {
    issues.push({ field: 'arrivalMinutes', message: `到场时限须为 1 到 ${MAX_ARRIVAL_MINUTES} 分钟的整数` })
  }
  fail(issues)
  return {
    type: d.type,
    issue: d.issue.trim(),
    ...(d.placeId ? { placeId: d.placeId } : {}),
    ...(d.address.trim() ? { address: d.address.trim() } : {}),
    caseIds: [...new Set(d.caseIds)],
    at: Math.min(d.at as number, now),
    // copies: the form's arrays are reactive proxies, which IndexedDB cannot store
    unitIds: [...d.unitIds],
    arrivalMinutes: m as number
  }
}

export interface ArrivalDraft {
  at: number | null
  people: number | null
}

/** 登记到场: not before the whistle, not in the future; people a whole number. */
export function toArrival(d: ArrivalDraft, whistleAt: number, now: number): { arrivedAt: number; peopleSent?: number } {
  const issues: FieldIssue[] = []
  if (d.at === null) issues.push({ field: 'at', message: '请填写到场时间' })
  else if (d.at < whistleAt) issues.push({ field: 'at', message: '到场时间不能早于吹哨时间' })
  else if (d.at > now + SLACK_MS) issues.push({ field: 'at', message: '到场时间不能晚于现在' })
  if (d.people !== null && (!Number.isInteger(d.people) || d.people < 0 || d.people > 1000)) {
    issues.push({ field: 'people', message: '出动人数须为 0 到 1000 之间的整数' })
  }
  fail(issues)
  return { arrivedAt: Math.min(d.at as number, now), ...(d.people !== null ? { peopleSent: d.people } : {}) }
}

export interface HandlingDraft {
  actions: string
  result: string
  rating: ReportRating | ''
  ratingNote: string
}

/** 登记处置: the result is what completes a unit's report, so it is required. */
export function toHandling(d: HandlingDraft): { actions?: string; result: string; rating?: ReportRating; ratingNote?: string } {
  if (!d.result.trim()) fail([{ field: 'result', message: '请填写处置结果' }])
  return {
    result: d.result.trim(),
    ...(d.actions.trim() ? { actions: d.actions.trim() } : {}),
    ...(d.rating ? { rating: d.rating } : {}),
    ...(d.ratingNote.trim() ? { ratingNote: d.ratingNote.trim() } : {})
  }
}
