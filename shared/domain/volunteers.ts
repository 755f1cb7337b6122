import type { BaseRecord } from './record'

/** 小巷管家 and 双报到 (DESIGN §2.8) */

export const VOLUNTEER_STATUSES = ['在岗', '暂停', '退出'] as const
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number]

export interface Volunteer extends BaseRecord {
  personId: string
  /** 管家团 */
  teamId?: string
  placeIds: string[]
  skills: string[]
  /** 'YYYY-MM-DD' */
  since: string
  status: VolunteerStatus
}

export interface Team extends BaseRecord {
  name: string
  leaderPersonId?: string
  placeIds: string[]
  note?: string
}

/** 双报到: an in-service party member registered at the community. */
export interface PartyRegistration extends BaseRecord {
  personId: string
  employer: string
  /** 所在党支部 */
  branch: string
  /** 'YYYY-MM-DD' */
  registeredAt: string
  /** claimed service posts (认领岗位) */
  servicePosts: string[]
  active: boolean
  /** 年度评价, one per year */
  evaluations?: PartyEvaluation[]
}

export const PARTY_GRADES = ['优秀', '合格', '基本合格', '不合格'] as const
export type PartyGrade = (typeof PARTY_GRADES)[number]

/** A 双报到 party member's 年度评价 by the community. */
export interface PartyEvaluation {
  year: number
  grade: PartyGrade
  note?: string
  at: number
  actor: string
}

/** How a volunteer came onto a shift. */
export const SIGNUP_VIA = ['指派', '报名', '换班'] as const
export type SignupVia = (typeof SIGNUP_VIA)[number]

export interface ShiftSignup {
  volunteerId: string
  at: number
  via: SignupVia
  /** for 换班: the volunteer this one took over from */
  swappedFrom?: string
  /** marked 缺勤 after the shift */
  absent?: boolean
}

/** One place and time slot of the roster. */
export interface Shift extends BaseRecord {
  placeId: string
  start: number
  end: number
  /** how many volunteers the slot needs */
  needed: number
  signups: ShiftSignup[]
  /** the shift this one was repeated from (每周重复) */
  repeatOf?: string
  note?: string
}

/** The default 十无 checklist of a 背街小巷 patrol; the list in use is the 'volunteers.checklist' setting. */
export const TEN_NOS = [
  '无违章建筑',
  '无开墙打洞',
  '无乱停乱放',
  '无占道经营',
  '无乱堆乱放',
  '无飞线充电',
  '无破损设施',
  '无违规广告',
  '无积存垃圾',
  '无安全隐患'
] as const

/** 当场劝导: handled on the spot (with what was done); 转为工单: became a case; 待处理: neither yet */
export const FINDING_HANDLING = ['当场劝导', '转为工单', '待处理'] as const
export type FindingHandling = (typeof FINDING_HANDLING)[number]

export interface PatrolFinding {
  id: string
  /** a checklist item (e.g. 无占道经营 → 占道经营) or 其他 */
  type: string
  text: string
  placeId?: string
  attachmentIds: string[]
  handling: FindingHandling
  /** 当场劝导: what was done */
  handledNote?: string
  caseId?: string
}

export interface Patrol extends BaseRecord {
  volunteerId: string
  placeId: string
  startedAt: number
  endedAt: number
  /** checklist item → passed (true) or a problem found (false) */
  checklist: Record<string, boolean>
  findings: PatrolFinding[]
  note?: string
}

/** One line of the hours-and-points ledger; totals are sums of these. */
export interface PointsEntry extends BaseRecord {
  volunteerId: string
  at: number
  /** the rule that produced it, e.g. 巡查时长, 有效发现, 参加议事 */
  rule: string
  points: number
  hours?: number
  /** the record it was earned by */
  sourceTable?: string
  sourceId?: string
  /** the part of the source record, e.g. a patrol's finding id */
  sourceItemId?: string
  note?: string
}

/** Points per unit of service; a rule at 0 earns nothing. Manual awards carry their own points and reason. */
export interface PointRules {
  /** per hour of patrol, prorated to the minute */
  perPatrolHour: number
  /** per finding handled on the spot or turned into a case */
  perValidFinding: number
  /** per 议事 meeting signed in at */
  perMeetingAttended: number
  /** per roster shift served (not absent) */
  perShiftServed: number
}

/** The ledger's rule names; every entry names one. */
export const POINT_RULE_NAMES = ['巡查时长', '有效发现', '参加议事', '值班服务', '人工奖励'] as const
export type PointRuleName = (typeof POINT_RULE_NAMES)[number]

export const DEFAULT_POINT_RULES: PointRules = { perPatrolHour: 10, perValidFinding: 5, perMeetingAttended: 3, perShiftServed: 2 }
