import type { BaseRecord } from './record'

/** 案件来源 */
export const CASE_SOURCES = ['12345派单', '来电', '来访', '小巷管家上报', '网格巡查', '主动发现'] as const
export type CaseSource = (typeof CASE_SOURCES)[number]

/** 诉求类型 */
export const CASE_TYPES = ['咨询', '求助', '投诉', '举报', '建议', '表扬'] as const
export type CaseType = (typeof CASE_TYPES)[number]

/**
 * States of DESIGN §2.2. 待签收 → 办理中 → 已反馈 → 已办结; side paths 退单 (terminal),
 * 延期审核, 挂账 (parked, clock stopped), 已撤销 (terminal). 重办 returns a case to 办理中.
 */
export const CASE_STATUSES = ['待签收', '办理中', '延期审核', '挂账', '已反馈', '已办结', '退单', '已撤销'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** Flags, not states. 超时 is derived from the clocks. */
export const CASE_FLAGS = ['督办', '催办', '疑难'] as const
export type CaseFlag = (typeof CASE_FLAGS)[number]

/** 四级响应 */
export const RESPONSE_LEVELS = ['2小时', '24小时', '7天', '15天'] as const
export type ResponseLevel = (typeof RESPONSE_LEVELS)[number]

export type ClockUnit = 'hour' | 'natural_day' | 'work_day'
export interface Clock {
  amount: number
  unit: ClockUnit
}
export type ClockName = 'sign' | 'contact' | 'finish'

export const SATISFACTION = ['满意', '基本满意', '不满意'] as const
export type Satisfaction = (typeof SATISFACTION)[number]

export const EXCLUSION_REASONS = ['不合理诉求', '考核申诉', '重复件', '非本辖区'] as const
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number]

export interface CaseAssessment {
  included: boolean
  exclusionReason?: string
}

export interface CaseCallbackResult {
  valid: boolean
  contacted: boolean
  resolved: boolean
  satisfaction?: Satisfaction
}

/** A case row: the projection of its events (DESIGN §2.2). */
export interface CaseRecord extends BaseRecord {
  /** 工单编号 from the 12345 platform; unique when present */
  orderNo?: string
  source: CaseSource
  type: CaseType
  categoryId?: string
  /** category path as text, e.g. 城乡建设/市容环卫/占道经营 */
  categoryPath?: string
  title: string
  content: string
  callerName?: string
  callerPhone?: string
  /** salted hash of the normalised phone, for duplicate matching */
  callerPhoneHash?: string
  /** 保密件 */
  confidential: boolean
  address?: string
  gridId?: string
  placeId?: string
  receivedAt: number
  level: ResponseLevel
  /** deadlines in epoch ms, recomputed from the clock log */
  signDeadline?: number
  contactDeadline?: number
  finishDeadline?: number
  status: CaseStatus
  handlerId?: string
  unitId?: string
  flags: CaseFlag[]
  signedAt?: number
  contactedAt?: number
  repliedAt?: number
  closedAt?: number
  result?: string
  reply?: string
  callbackSummary?: string
  callback?: CaseCallbackResult
  assessment: CaseAssessment
  duplicateOf?: string
  proactiveIssueId?: string
  meetingItemId?: string
  whistleId?: string
  /** the 签收 / 首次联系 / 办结 clocks of the SLA rule the case was received under */
  clocks?: Record<ClockName, Clock>
  slaRuleId?: string
  /** the matched rule's name, e.g. 水电气热; 默认 when none matched */
  slaRuleName?: string
  /** the category's ancestors, nearest first, as SLA rules match them */
  categoryAncestors?: string[]
  /** when the running 办结 clock started: receipt, or the latest 重办 */
  finishStartedAt?: number
  /** 挂账: clocks stopped */
  paused?: boolean
  pendingExtension?: { amount: number; unit: ClockUnit; reason: string; requestedAt: number }
  /** a 不满意 callback not yet followed by 重办 */
  reopenable?: boolean
  reopenCount?: number
  returnReason?: string
  cancelReason?: string
  parkReason?: string
  /** awaiting 回访 since this moment (the latest reply); absent once called back */
  callbackDue?: number
  /** merged events that no longer applied (two desks acting at once) */
  conflicts?: { eventId: string; message: string }[]
}

/** Append-only case event; the case row is re-projected from these. */
export interface CaseEventRecord extends BaseRecord {
  caseId: string
  type: string
  at: number
  actor: string
  payload?: Record<string, unknown>
}

export interface SlaRuleRecord extends BaseRecord {
  name: string
  level: ResponseLevel
  types?: CaseType[]
  categoryIds?: string[]
  keywords?: string[]
  priority: number
  clocks: Record<ClockName, Clock>
  enabled: boolean
}

export interface CallbackRecord extends BaseRecord {
  caseId: string
  /** attempts: time, channel, reached or not */
  attempts: { at: number; channel: string; reached: boolean; note?: string }[]
  valid?: boolean
  contacted?: boolean
  resolved?: boolean
  firstSatisfaction?: Satisfaction
  finalSatisfaction?: Satisfaction
  /** 'local' or '12345' when imported from the centre */
  origin: 'local' | '12345'
  completedAt?: number
}
