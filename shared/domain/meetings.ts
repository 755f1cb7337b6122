import type { BaseRecord } from './record'

/** 议事协商 (DESIGN §2.7) */

/** Where a topic 议题 came from */
export const PROPOSAL_SOURCES = ['微提案', '工单', '热点', '网格上报', '小巷管家'] as const
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number]

/** 待筛选 → 立项 / 不立项 (with reason) → 已上会 → 已办结 */
export const PROPOSAL_STATUSES = ['待筛选', '立项', '不立项', '已上会', '已办结'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

/** A topic of the pool 议题池. */
export interface Proposal extends BaseRecord {
  source: ProposalSource
  title: string
  content: string
  proposerId?: string
  proposerName?: string
  /** 附议 co-signers (person ids) */
  coSignerIds: string[]
  /** co-signers not in the registry, by name */
  coSignerNames?: string[]
  /** estimated budget in yuan */
  budget?: number
  placeId?: string
  /** the cases it came from or is about; closing a follow-up action can close them */
  caseIds: string[]
  /** what it was made from, e.g. `hotspot:<rule>:<key>`, `patrol:<id>`, `grid:<gridId>` */
  sourceRef?: string
  status: ProposalStatus
  /** 不立项 reason, told to the proposer */
  screeningReason?: string
  screenedAt?: number
}

export const MEETING_TYPES = ['小院议事厅', '居民恳谈会', '微提案评审会', '居民代表会议'] as const
export type MeetingType = (typeof MEETING_TYPES)[number]

/** Minutes lifecycle: 草稿 → 征求意见 → 通过 → 公示 (locked; corrections are numbered addenda) */
export const MINUTES_STATUSES = ['草稿', '征求意见', '通过', '公示'] as const
export type MinutesStatus = (typeof MINUTES_STATUSES)[number]

export const INVITEE_KINDS = ['居民', '党员', '居民代表', '志愿者', '物业', '承办单位'] as const
export type InviteeKind = (typeof INVITEE_KINDS)[number]

export interface Invitee {
  kind: InviteeKind
  name: string
  /** person id (people) or unit id (物业 / 承办单位) */
  refId?: string
}

/** Roles counted at sign-in; 列席 attend but do not vote. */
export const ATTENDEE_ROLES = ['居民', '党员', '居民代表', '志愿者', '物业', '承办单位', '列席'] as const
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number]

export interface Attendance {
  /** stable within the meeting */
  id: string
  name: string
  role: AttendeeRole
  /** absent for people not (yet) in the registry */
  personId?: string
  signedAt: number
}

export interface AgendaItem {
  id: string
  title: string
  /** time box, minutes */
  minutes: number
  proposalId?: string
  caseIds: string[]
  /** meeting mode: when the item was started and finished */
  startedAt?: number
  endedAt?: number
  /** live notes taken during the meeting */
  notes?: string
  /** minutes: points raised 主要意见 */
  points?: string
  /** minutes: outcome 议定结果 */
  outcome?: string
}

/** An attendee's proposed change to the minutes during 征求意见, recorded with its author. */
export interface Amendment {
  id: string
  at: number
  author: string
  agendaItemId?: string
  text: string
  /** whether the recorder took it into the minutes */
  accepted?: boolean
}

/** A numbered correction to published minutes. */
export interface Addendum {
  no: number
  at: number
  actor: string
  text: string
}

/** What the minutes said at one step of their lifecycle; every version stays readable. */
export interface MinutesVersion {
  version: number
  status: MinutesStatus
  at: number
  actor: string
  items: Pick<AgendaItem, 'id' | 'title' | 'points' | 'outcome'>[]
  votes: Pick<Vote, 'id' | 'agendaItemId' | 'question' | 'method' | 'yes' | 'no' | 'abstain' | 'eligible' | 'quorum' | 'passed'>[]
  resolutions: Pick<Resolution, 'id' | 'agendaItemId' | 'text'>[]
  /** for versions made by an addendum */
  addendumNo?: number
}

export interface Meeting extends BaseRecord {
  type: MeetingType
  title: string
  /** start time */
  at: number
  durationMinutes?: number
  placeId?: string
  /** where, as text (required when no place is chosen) */
  location?: string
  /** 厅长 / host */
  hostName?: string
  recorderName?: string
  invitees: Invitee[]
  attendance: Attendance[]
  agenda: AgendaItem[]
  /** meeting mode: the item under discussion */
  currentItemId?: string
  minutesStatus: MinutesStatus
  amendments: Amendment[]
  minutesVersions: MinutesVersion[]
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
  /** attendees entitled to vote (signed in, not 列席) when the vote was taken */
  eligible: number
  /** votes needed for the vote to count */
  quorum: number
  passed: boolean
  at: number
}

export const ACTION_STATUSES = ['未开始', '进行中', '已完成', '已终止'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

export interface EvidenceNote {
  at: number
  actor: string
  text: string
  attachmentIds: string[]
}

export interface FollowUpAction {
  id: string
  text: string
  owner: string
  due?: number
  status: ActionStatus
  /** 0…100 */
  progress: number
  evidence: EvidenceNote[]
  closedAt?: number
  /** the case ids closed when the action was completed */
  closedCaseIds?: string[]
}

/** 民评 levels */
export const RATING_LEVELS = ['满意', '基本满意', '不满意'] as const
export type RatingLevel = (typeof RATING_LEVELS)[number]

export interface Resolution extends BaseRecord {
  meetingId: string
  agendaItemId?: string
  text: string
  actions: FollowUpAction[]
  /** the cases of the item's topic */
  caseIds: string[]
  /** 民评: residents' ratings of the result, counted per level */
  ratings?: Partial<Record<RatingLevel, number>>
  ratingNote?: string
  closedAt?: number
}
