import { z } from 'zod'
import {
  CASE_FLAGS,
  SATISFACTION,
  type CaseAssessment,
  type CaseCallbackResult,
  type CaseEventRecord,
  type CaseFlag,
  type CaseStatus,
  type ClockName,
  type ClockUnit
} from './case'
import type { ClockLogEntry } from './sla'

const text = z.string().optional()
const unit = z.enum(['hour', 'natural_day', 'work_day'])
const amount = z.number().positive().finite()

/** Case actions (DESIGN §2.2); the event of an action is its type plus the rest as payload. */
export const caseActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sign') }),
  z.object({ type: z.literal('contact'), note: text }),
  z.object({ type: z.literal('reply'), reply: z.string(), result: text }),
  z.object({ type: z.literal('close'), result: text }),
  z.object({ type: z.literal('return'), reason: z.string() }),
  z.object({ type: z.literal('requestExtension'), amount, unit, reason: z.string() }),
  z.object({ type: z.literal('approveExtension'), amount: amount.optional(), unit: unit.optional() }),
  z.object({ type: z.literal('rejectExtension'), reason: text }),
  z.object({ type: z.literal('park'), reason: z.string() }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('reopen'), reason: text }),
  z.object({ type: z.literal('cancel'), reason: z.string(), duplicateOf: text }),
  z.object({ type: z.literal('assign'), handlerId: text, unitId: text }),
  z.object({ type: z.literal('flag'), flag: z.enum(CASE_FLAGS) }),
  z.object({ type: z.literal('unflag'), flag: z.enum(CASE_FLAGS) }),
  z.object({
    type: z.literal('callback'),
    valid: z.boolean(),
    contacted: z.boolean(),
    resolved: z.boolean(),
    satisfaction: z.enum(SATISFACTION).optional(),
    summary: text
  }),
  z.object({ type: z.literal('assess'), included: z.boolean(), exclusionReason: text })
])
export type CaseAction = z.infer<typeof caseActionSchema>
export type CaseActionType = CaseAction['type']

/** Canonical order; refusal messages list allowed actions in this order. */
export const CASE_ACTION_TYPES = caseActionSchema.options.map((o) => o.shape.type.value) as CaseActionType[]

export const ACTION_LABELS: Record<CaseActionType, string> = {
  sign: '签收',
  contact: '联系',
  reply: '反馈',
  close: '办结',
  return: '退单',
  requestExtension: '申请延期',
  approveExtension: '批准延期',
  rejectExtension: '驳回延期',
  park: '挂账',
  resume: '恢复',
  reopen: '重办',
  cancel: '撤销',
  assign: '指派',
  flag: '标记',
  unflag: '取消标记',
  callback: '回访',
  assess: '考核认定'
}

const MARKING: CaseActionType[] = ['flag', 'unflag']
const ALLOWED: Record<CaseStatus, CaseActionType[]> = {
  待签收: ['sign', 'return', 'cancel', 'assign', ...MARKING],
  办理中: ['contact', 'reply', 'return', 'requestExtension', 'park', 'cancel', 'assign', ...MARKING],
  延期审核: ['contact', 'approveExtension', 'rejectExtension', 'cancel', ...MARKING],
  挂账: ['contact', 'resume', 'cancel', ...MARKING],
  已反馈: ['close', 'reopen', 'cancel', ...MARKING, 'callback', 'assess'],
  已办结: ['reopen', 'cancel', ...MARKING, 'callback', 'assess'],
  退单: [],
  已撤销: []
}

export function allowedActions(status: CaseStatus): CaseActionType[] {
  return CASE_ACTION_TYPES.filter((a) => ALLOWED[status].includes(a))
}

export function isTerminal(status: CaseStatus): boolean {
  return ALLOWED[status].length === 0
}

/** The Chinese refusal for an action the status does not allow, naming what is allowed instead. */
export function refusalMessage(status: CaseStatus, action: CaseActionType): string {
  // 标记 and 取消标记 are listed once, as 标记
  const labels = [...new Set(allowedActions(status).map((a) => (a === 'unflag' ? '标记' : ACTION_LABELS[a])))]
  const allowed = labels.length ? labels.join('、') : '无（工单已终结）'
  return `当前状态为“${status}”，不能${ACTION_LABELS[action]}。可执行的操作：${allowed}`
}

/** The part of a case row that its events decide (DESIGN §2.2). */
export interface CaseState {
  status: CaseStatus
  flags: CaseFlag[]
  handlerId?: string
  unitId?: string
  signedAt?: number
  contactedAt?: number
  repliedAt?: number
  closedAt?: number
  result?: string
  reply?: string
  callback?: CaseCallbackResult
  callbackSummary?: string
  assessment: CaseAssessment
  duplicateOf?: string
  returnReason?: string
  cancelReason?: string
  parkReason?: string
  pendingExtension?: { amount: number; unit: ClockUnit; reason: string; requestedAt: number }
  /** a 不满意 callback not yet followed by 重办 */
  reopenable: boolean
  reopenCount: number
  clockLogs: Record<ClockName, ClockLogEntry[]>
}

export interface CaseIntake {
  receivedAt: number
  handlerId?: string
  unitId?: string
  assessment?: CaseAssessment
}

/** A new case: 待签收, all three clocks running from receipt. */
export function initialCaseState(intake: CaseIntake): CaseState {
  const start = (): ClockLogEntry[] => [{ type: 'start', at: intake.receivedAt }]
  return {
    status: '待签收',
    flags: [],
    handlerId: intake.handlerId,
    unitId: intake.unitId,
    assessment: intake.assessment ?? { included: true },
    reopenable: false,
    reopenCount: 0,
    clockLogs: { sign: start(), contact: start(), finish: start() }
  }
}

export type CaseResult = { ok: true; state: CaseState } | { ok: false; message: string }

const blank = (s: string | undefined) => !s || !s.trim()

/** Content an allowed action still needs, in Chinese; null when complete. */
function missing(state: CaseState, a: CaseAction): string | null {
  switch (a.type) {
    case 'reply': return blank(a.reply) ? '反馈须填写答复内容' : null
    case 'return': return blank(a.reason) ? '退单须填写原因' : null
    case 'requestExtension': return blank(a.reason) ? '申请延期须填写理由' : null
    case 'park': return blank(a.reason) ? '挂账须填写原因' : null
    case 'cancel': return blank(a.reason) ? '撤销须填写原因' : null
    case 'reopen': return state.reopenable ? null : '回访结果为“不满意”的工单才能重办'
    case 'assign': return blank(a.handlerId) && blank(a.unitId) ? '指派须选择承办人或承办单位' : null
    case 'flag': return state.flags.includes(a.flag) ? `已标记为“${a.flag}”` : null
    case 'unflag': return state.flags.includes(a.flag) ? null : `未标记为“${a.flag}”`
    case 'assess': return !a.included && blank(a.exclusionReason) ? '不计入考核须注明原因' : null
    default: return null
  }
}

const eachClock = (logs: CaseState['clockLogs'], entry: ClockLogEntry) => ({
  sign: [...logs.sign, entry],
  contact: [...logs.contact, entry],
  finish: [...logs.finish, entry]
})

/** The state after an allowed, complete action at `at`. */
function effect(s: CaseState, a: CaseAction, at: number): CaseState {
  switch (a.type) {
    case 'sign': return { ...s, status: '办理中', signedAt: at }
    case 'contact': return { ...s, contactedAt: s.contactedAt ?? at }
    case 'reply': return { ...s, status: '已反馈', repliedAt: at, reply: a.reply, result: a.result ?? s.result }
    case 'close': return { ...s, status: '已办结', closedAt: at, result: a.result ?? s.result }
    case 'return': return { ...s, status: '退单', returnReason: a.reason }
    case 'requestExtension':
      return { ...s, status: '延期审核', pendingExtension: { amount: a.amount, unit: a.unit, reason: a.reason, requestedAt: at } }
    case 'approveExtension': {
      const asked = s.pendingExtension as NonNullable<CaseState['pendingExtension']>
      const extend: ClockLogEntry = { type: 'extend', at, amount: a.amount ?? asked.amount, unit: a.unit ?? asked.unit }
      const clockLogs = { ...s.clockLogs, finish: [...s.clockLogs.finish, extend] }
      return { ...s, status: '办理中', pendingExtension: undefined, clockLogs }
    }
    case 'rejectExtension': return { ...s, status: '办理中', pendingExtension: undefined }
    case 'park': return { ...s, status: '挂账', parkReason: a.reason, clockLogs: eachClock(s.clockLogs, { type: 'pause', at }) }
    case 'resume': return { ...s, status: '办理中', parkReason: undefined, clockLogs: eachClock(s.clockLogs, { type: 'resume', at }) }
    case 'reopen': {
      // 重办 restarts the finish clock with its full amount
      const clockLogs = { ...s.clockLogs, finish: [...s.clockLogs.finish, { type: 'start' as const, at }] }
      const reopenCount = s.reopenCount + 1
      return { ...s, status: '办理中', reopenable: false, reopenCount, repliedAt: undefined, closedAt: undefined, clockLogs }
    }
    case 'cancel': {
      const assessment = a.duplicateOf ? { included: false, exclusionReason: '重复件' } : s.assessment
      // a withdrawn case leaves no clock paused and no extension pending
      const clockLogs = s.status === '挂账' ? eachClock(s.clockLogs, { type: 'resume', at }) : s.clockLogs
      const closed = { ...s, pendingExtension: undefined, parkReason: undefined, clockLogs }
      return { ...closed, status: '已撤销', cancelReason: a.reason, duplicateOf: a.duplicateOf, assessment }
    }
    case 'assign': return { ...s, handlerId: a.handlerId ?? s.handlerId, unitId: a.unitId ?? s.unitId }
    case 'flag': return { ...s, flags: [...s.flags, a.flag] }
    case 'unflag': return { ...s, flags: s.flags.filter((f) => f !== a.flag) }
    case 'callback': {
      const { valid, contacted, resolved, satisfaction, summary } = a
      const callback: CaseCallbackResult = satisfaction ? { valid, contacted, resolved, satisfaction } : { valid, contacted, resolved }
      return { ...s, callback, callbackSummary: summary ?? s.callbackSummary, reopenable: satisfaction === '不满意' }
    }
    case 'assess': {
      const assessment = a.included ? { included: true } : { included: false, exclusionReason: a.exclusionReason }
      return { ...s, assessment }
    }
  }
}

/** Applies one action to a state, or says in Chinese why it cannot. */
export function reduceCase(state: CaseState, action: CaseAction, at: number): CaseResult {
  if (!ALLOWED[state.status].includes(action.type)) return { ok: false, message: refusalMessage(state.status, action.type) }
  const problem = missing(state, action)
  return problem ? { ok: false, message: problem } : { ok: true, state: effect(state, action, at) }
}

/** Reads an action from untrusted input (a form, a synced event). */
export function parseCaseAction(input: unknown): { ok: true; action: CaseAction } | { ok: false; message: string } {
  const parsed = caseActionSchema.safeParse(input)
  if (parsed.success) return { ok: true, action: parsed.data }
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '类型'))]
  return { ok: false, message: `操作内容有误：${fields.join('、')}` }
}

export type CaseEventDraft = Pick<CaseEventRecord, 'type' | 'at' | 'actor' | 'payload'>

/**
 * Checks an action against the case's current state (its projection) and returns the event to
 * append, with the state it leads to; `now` and `actor` come from the caller.
 */
export function applyCaseAction(
  state: CaseState,
  action: CaseAction,
  ctx: { now: number; actor: string }
): { ok: true; event: CaseEventDraft; state: CaseState } | { ok: false; message: string } {
  const parsed = parseCaseAction(action)
  if (!parsed.ok) return parsed
  const result = reduceCase(state, parsed.action, ctx.now)
  if (!result.ok) return result
  const { type, ...payload } = parsed.action
  return { ok: true, event: { type, at: ctx.now, actor: ctx.actor, payload }, state: result.state }
}

/** Replays one stored event; unknown event types (notes, attachments) leave the state as it is. */
export function applyCaseEvent(state: CaseState, event: Pick<CaseEventRecord, 'type' | 'at' | 'payload'>): CaseResult {
  if (!(CASE_ACTION_TYPES as string[]).includes(event.type)) return { ok: true, state }
  const parsed = parseCaseAction({ ...event.payload, type: event.type })
  return parsed.ok ? reduceCase(state, parsed.action, event.at) : parsed
}
