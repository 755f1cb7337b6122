import type { BaseRecord } from './record'

/** 吹哨报到 (DESIGN §2.4) */
export const WHISTLE_TYPES = ['群众诉求', '重点工作', '综合执法', '应急处置'] as const
export type WhistleType = (typeof WHISTLE_TYPES)[number]

export const WHISTLE_STATUSES = ['已吹哨', '处置中', '已完成', '已撤销'] as const
export type WhistleStatus = (typeof WHISTLE_STATUSES)[number]

/** Minutes a summoned unit has to arrive unless the whistle says otherwise. */
export const DEFAULT_ARRIVAL_MINUTES = 30

export interface Whistle extends BaseRecord {
  type: WhistleType
  issue: string
  placeId?: string
  address?: string
  caseIds: string[]
  /** when the whistle was blown */
  at: number
  /** summoned units; each has a WhistleReport */
  unitIds: string[]
  arrivalMinutes: number
  status: WhistleStatus
  /** who blew it */
  actor: string
  summary?: string
}

/** 报到评价 given by the street to a summoned unit */
export const REPORT_RATINGS = ['好', '较好', '一般', '差'] as const
export type ReportRating = (typeof REPORT_RATINGS)[number]

/** One summoned unit's 报到 on one whistle. */
export interface WhistleReport extends BaseRecord {
  whistleId: string
  unitId: string
  notifiedAt: number
  arrivalDeadline: number
  arrivedAt?: number
  /** set when arrivedAt is recorded */
  onTime?: boolean
  peopleSent?: number
  actions?: string
  result?: string
  rating?: ReportRating
  ratingNote?: string
}

/** 每月一题 and 未诉先办 (DESIGN §2.6) */
export const PROACTIVE_KINDS = ['市级每月一题', '区级每月一题', '自选课题', '热点预警'] as const
export type ProactiveKind = (typeof PROACTIVE_KINDS)[number]

/** 选题 → 方案 → 推进 → 评估 → 销号, or 挂账 when it cannot be closed */
export const PROACTIVE_STAGES = ['选题', '方案', '推进', '评估', '销号', '挂账'] as const
export type ProactiveStage = (typeof PROACTIVE_STAGES)[number]

export interface Milestone {
  stage: ProactiveStage
  at: number
  actor: string
  note?: string
}

/** The hotspot rule that raised an alert, kept so the alert explains itself. */
export interface HotspotTrigger {
  rule: 'samePlace' | 'categoryRise' | 'repeatCaller'
  /** category id, place id or caller phone hash the rule grouped by */
  key: string
  count: number
  windowDays: number
  caseIds: string[]
  /** the place and category of a samePlace alert; the category of a categoryRise alert */
  placeId?: string
  categoryId?: string
  /** cases of the window before, for categoryRise */
  previousCount?: number
  /** [since, until) of the window that raised the alert */
  since?: number
  until?: number
}

export interface ProactiveIssue extends BaseRecord {
  kind: ProactiveKind
  title: string
  description?: string
  /** month the topic belongs to, 'YYYY-MM' */
  month: string
  categoryIds: string[]
  gridIds: string[]
  placeIds: string[]
  area?: string
  leadUnitId?: string
  coUnitIds: string[]
  /** cases per month before the work started */
  baselineVolume?: number
  stage: ProactiveStage
  milestones: Milestone[]
  hotspot?: HotspotTrigger
  caseIds: string[]
}
