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
}

export const SIGNUP_STATUSES = ['报名', '换班', '请假'] as const
export type SignupStatus = (typeof SIGNUP_STATUSES)[number]

export interface ShiftSignup {
  volunteerId: string
  at: number
  status: SignupStatus
  /** for 换班: who takes over */
  swapWithId?: string
}

/** One place and time slot of the roster. */
export interface Shift extends BaseRecord {
  placeId: string
  start: number
  end: number
  needed: number
  signups: ShiftSignup[]
  note?: string
}

/** The 十无 checklist of a 背街小巷 patrol. */
export const TEN_NOS = [
  '无私搭乱建',
  '无开墙打洞',
  '无乱停车',
  '无乱占道',
  '无乱搭架空线',
  '无外立面破损',
  '无违规广告牌匾',
  '无道路破损',
  '无违规经营',
  '无堆物堆料'
] as const
export type TenNo = (typeof TEN_NOS)[number]

export const FINDING_HANDLING = ['当场劝导', '转为工单', '待处理'] as const
export type FindingHandling = (typeof FINDING_HANDLING)[number]

export interface PatrolFinding {
  id: string
  type: TenNo | '其他'
  text: string
  placeId?: string
  attachmentIds: string[]
  handling: FindingHandling
  caseId?: string
}

export interface Patrol extends BaseRecord {
  volunteerId: string
  placeId: string
  startedAt: number
  endedAt?: number
  /** checked item → passed */
  checklist: Partial<Record<TenNo, boolean>>
  findings: PatrolFinding[]
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
  note?: string
}
