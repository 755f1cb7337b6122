import type { BaseRecord } from './record'

/** 议事协商 (DESIGN §2.7) */

/** Where a topic 议题 came from */
export const PROPOSAL_SOURCES = ['微提案', '工单', '热点', '网格上报', '小巷管家'] as const
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number]

/** 待筛选 → 立项 / 不立项 (with reason) → 已上会 → 已办结 */
export const PROPOSAL_STATUSES = ['待筛选', '立项', '不立项', '已上会', '已办结'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

export interface Proposal extends BaseRecord {
  source: ProposalSource
  title: string
  content: string
  proposerId?: string
  proposerName?: string
  /** 附议 co-signers (person ids) */
  coSignerIds: string[]
  /** estimated budget in yuan */
  budget?: number
  caseIds: string[]
  status: ProposalStatus
  screeningReason?: string
  screenedAt?: number
}

export const MEETING_TYPES = ['小院议事厅', '居民恳谈会', '协商议事会'] as const
export type MeetingType = (typeof MEETING_TYPES)[number]

/** Minutes lifecycle: 草稿 → 征求意见 → 通过 → 公示 (locked; corrections are numbered addenda) */
export const MINUTES_STATUSES = ['草稿', '征求意见', '通过', '公示'] as const
export type MinutesStatus = (typeof MINUTES_STATUSES)[number]

export const INVITEE_KINDS = ['居民', '党员', '物业', '承办单位', '志愿者'] as const
export type InviteeKind = (typeof INVITEE_KINDS)[number]

export interface Invitee {
  kind: InviteeKind
  name: string
  /** person or unit id */
  refId?: string
}

export interface Attendance {
  name: string
  personId?: string
  signedAt?: number
}

export interface AgendaItem {
  id: string
  title: string
  /** time box */
  minutes: number
  proposalId?: string
  caseIds: string[]
  notes?: string
  points?: string
  outcome?: string
}

export interface Addendum {
  no: number
  at: number
  actor: string
  text: string
}

export interface Meeting extends BaseRecord {
  type: MeetingType
  title: string
  /** start time */
  at: number
  durationMinutes?: number
  placeId?: string
  location?: string
  /** 厅长 / host */
  hostName?: string
  recorderName?: string
  invitees: Invitee[]
  attendance: Attendance[]
  expectedCount?: number
  agenda: AgendaItem[]
  minutesStatus: MinutesStatus
  publishedAt?: number
  addenda: Addendum[]
}

export const VOTE_METHODS = ['举手', '投票'] as const
export type VoteMethod = (typeof VOTE_METHODS)[number]

export interface Vote extends BaseRecord {
  meetingId: string
  agendaItemId?: string
  question: string
  method: VoteMethod
  /** 赞成 / 反对 / 弃权 */
  yes: number
  no: number
  abstain: number
  eligible: number
  /** attendees needed for the vote to count */
  quorum: number
  passed: boolean
  at: number
}

export const ACTION_STATUSES = ['未开始', '进行中', '已完成', '已终止'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

export interface FollowUpAction {
  id: string
  text: string
  owner: string
  due?: number
  status: ActionStatus
  /** 0…100 */
  progress: number
  evidenceIds: string[]
}

export interface Resolution extends BaseRecord {
  meetingId: string
  agendaItemId?: string
  text: string
  actions: FollowUpAction[]
  caseIds: string[]
  /** 民评: residents' average rating 1…5 and how many rated */
  rating?: { average: number; count: number }
  closedAt?: number
}
