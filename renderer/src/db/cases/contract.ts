import type { CaseEventRecord, CaseRecord, CallbackRecord, Satisfaction } from '@shared/domain/case'
import type { ValidIntake } from '@shared/domain/caseIntake'
import type { CaseAction } from '@shared/domain/caseMachine'
import type { ReportRating, Whistle, WhistleReport, WhistleType } from '@shared/domain/work'
import type { WriteContext } from '../repositories'

/** What a clerk types on the 新建工单 form (DESIGN §2.2); the service validates it into the same shape. */
export type CaseIntakeInput = ValidIntake

/** Why an earlier case looks like the same complaint. */
export interface DuplicateSuggestion {
  case: CaseRecord
  reasons: ('samePhone' | 'samePlaceCategory' | 'similarText')[]
  /** 0…1, higher is more alike */
  score: number
}

export interface BatchResult {
  done: string[]
  refused: { id: string; message: string }[]
}

/**
 * Cases: every write is one rw transaction that appends the case event, re-projects the row from
 * all its events (caseProjection.projectCase) and appends the outbox change. Refusals throw:
 * ValidationError (field issues, Chinese) for bad input, RefusedError (Chinese, naming the allowed
 * actions) for an illegal transition; nothing is written then.
 */
export interface CaseService {
  intake(communityId: string, input: CaseIntakeInput, ctx: WriteContext): Promise<CaseRecord>
  act(caseId: string, action: CaseAction, ctx: WriteContext): Promise<CaseRecord>
  /** the same action on many cases, each in its own transaction (batch 签收 / 指派) */
  actMany(caseIds: string[], action: CaseAction, ctx: WriteContext): Promise<BatchResult>
  get(caseId: string): Promise<CaseRecord | undefined>
  /** the case's timeline, in projection order */
  events(caseId: string): Promise<CaseEventRecord[]>
  suggestDuplicates(communityId: string, draft: Partial<CaseIntakeInput>, now: number): Promise<DuplicateSuggestion[]>
  /** 重复件: cancels `caseId` as a duplicate of `originalId` and takes it out of the assessment */
  linkDuplicate(caseId: string, originalId: string, ctx: WriteContext): Promise<CaseRecord>
  /** open cases (not 已办结 / 退单 / 已撤销) with deadlines, for reminders and the 工作台 */
  openCases(communityId: string): Promise<CaseRecord[]>
}

export interface CallbackAttemptInput {
  at: number
  channel: '电话' | '短信' | '上门' | '微信'
  reached: boolean
  note?: string
}

export interface CallbackResultInput {
  valid: boolean
  contacted: boolean
  resolved: boolean
  satisfaction?: Satisfaction
  summary?: string
}

/** 回访 (DESIGN §2.5): attempts and the result; the result also becomes the case's callback event. */
export interface CallbackService {
  /** cases awaiting callback: 已反馈 / 已办结 without a callback result, oldest reply first */
  queue(communityId: string): Promise<{ case: CaseRecord; callback?: CallbackRecord }[]>
  get(caseId: string): Promise<CallbackRecord | undefined>
  recordAttempt(caseId: string, attempt: CallbackAttemptInput, ctx: WriteContext): Promise<CallbackRecord>
  recordResult(caseId: string, result: CallbackResultInput, ctx: WriteContext): Promise<{ callback: CallbackRecord; case: CaseRecord }>
}

export interface WhistleInput {
  type: WhistleType
  issue: string
  placeId?: string
  address?: string
  caseIds: string[]
  at: number
  unitIds: string[]
  /** default 30 */
  arrivalMinutes?: number
}

/** 吹哨报到 (DESIGN §2.4). */
export interface WhistleService {
  /** whistle + one report per unit (notifiedAt = at, arrivalDeadline = at + minutes); links the cases */
  create(communityId: string, input: WhistleInput, ctx: WriteContext): Promise<{ whistle: Whistle; reports: WhistleReport[] }>
  list(communityId: string, opts?: { open?: boolean }): Promise<Whistle[]>
  get(whistleId: string): Promise<{ whistle: Whistle; reports: WhistleReport[] } | undefined>
  /** records arrival; onTime = arrivedAt <= arrivalDeadline */
  arrive(reportId: string, input: { arrivedAt: number; peopleSent?: number }, ctx: WriteContext): Promise<WhistleReport>
  report(reportId: string, input: { actions?: string; result?: string; rating?: ReportRating; ratingNote?: string }, ctx: WriteContext): Promise<WhistleReport>
  /** 已完成 once every unit has arrived and reported; refused (Chinese) otherwise */
  complete(whistleId: string, summary: string, ctx: WriteContext): Promise<Whistle>
  cancel(whistleId: string, reason: string, ctx: WriteContext): Promise<Whistle>
  /** reports past their deadline without arrival, or late arrivals, of open whistles */
  lateReports(communityId: string, now: number): Promise<{ whistle: Whistle; report: WhistleReport }[]>
}
