import type { AttachmentInput } from '@shared/domain/attachments'
import type { Attachment } from '@shared/domain/system'
import type { CaseRecord } from '@shared/domain/case'
import type { CaseIntakeInput } from '../cases/contract'
import type {
  FindingHandling,
  PartyRegistration,
  Patrol,
  PatrolFinding,
  PointRules,
  PointsEntry,
  Shift,
  Team,
  Volunteer,
  VolunteerStatus
} from '@shared/domain/volunteers'
import type { Person } from '@shared/domain/org'
import type { WriteContext } from '../repositories'

/**
 * 小巷管家 and 双报到 (DESIGN §2.8) on one database. Every write is one rw transaction (records + outbox);
 * a refusal throws ValidationError (field issues, Chinese, naming the field or row) or RefusedError and
 * writes nothing. Permission checks are the stores' job (session.require('volunteers.edit')).
 */

/** A volunteer: an existing person, or a new one entered with the form (added to the registry). */
export interface VolunteerInput {
  personId?: string
  person?: { name: string; phone?: string; address?: string; gridId?: string }
  teamId?: string
  placeIds: string[]
  skills: string[]
  /** 'YYYY-MM-DD' */
  since: string
  status: VolunteerStatus
}

export interface VolunteerView {
  volunteer: Volunteer
  person: Person
  team?: Team
  /** total points and hours from the ledger */
  points: number
  hours: number
}

export interface TeamInput {
  name: string
  leaderPersonId?: string
  placeIds: string[]
  note?: string
}

export interface PartyRegistrationInput {
  personId?: string
  person?: { name: string; phone?: string; gridId?: string }
  employer: string
  branch: string
  registeredAt: string
  servicePosts: string[]
  active: boolean
}

/** 年度评价 of a 双报到 party member */
export interface PartyEvaluationInput {
  year: number
  grade: '优秀' | '合格' | '基本合格' | '不合格'
  note?: string
}

export interface ShiftInput {
  placeId: string
  start: number
  end: number
  needed: number
  note?: string
}

/** Coverage of one place: who is assigned (volunteers whose placeIds hold it). */
export interface PlaceCoverage {
  placeId: string
  placeName: string
  gridId: string
  volunteerIds: string[]
}

export interface GridCoverage {
  gridId: string
  gridName: string
  places: number
  covered: number
  uncoveredPlaceIds: string[]
}

/** A week of the roster: every shift with how many are still needed. */
export interface RosterSlot {
  shift: Shift
  /** signups not marked absent */
  filled: number
  /** needed − filled, never below 0 */
  gap: number
}

export interface PatrolInput {
  volunteerId: string
  placeId: string
  startedAt: number
  endedAt: number
  checklist: Record<string, boolean>
  findings: FindingInput[]
  note?: string
}

export interface FindingInput {
  type: string
  text: string
  placeId?: string
  photos?: AttachmentInput[]
  handling: FindingHandling
  handledNote?: string
}

/** Turning a finding into a case: the intake is prefilled from the finding; the clerk may change it. */
export interface FindingCaseResult {
  patrol: Patrol
  finding: PatrolFinding
  case: CaseRecord
}

export interface ManualAwardInput {
  volunteerId: string
  points: number
  reason: string
  at: number
}

/** 星级管家 of one month: the top volunteers by points with their stars (1–5). */
export interface MonthlyStar {
  volunteerId: string
  name: string
  points: number
  hours: number
  stars: number
}

/** One row of a roster xlsx import; `row` is the sheet's row number. */
export interface RosterImportIssue {
  row: number
  column: string
  message: string
}

export interface RosterImportPlan {
  rows: VolunteerInput[]
  issues: RosterImportIssue[]
  /** the sheet row of each entry of `rows` (header = 1), so a refusal at commit names the row */
  rowNumbers?: number[]
}

export interface VolunteerService {
  // ——— 名册 ———
  volunteers(communityId: string): Promise<VolunteerView[]>
  register(communityId: string, input: VolunteerInput, ctx: WriteContext): Promise<Volunteer>
  updateVolunteer(id: string, patch: Partial<VolunteerInput>, ctx: WriteContext): Promise<Volunteer>
  teams(communityId: string): Promise<Team[]>
  saveTeam(communityId: string, input: TeamInput & { id?: string }, ctx: WriteContext): Promise<Team>
  partyMembers(communityId: string): Promise<{ registration: PartyRegistration; person: Person }[]>
  registerPartyMember(communityId: string, input: PartyRegistrationInput & { id?: string }, ctx: WriteContext): Promise<PartyRegistration>
  evaluatePartyMember(registrationId: string, input: PartyEvaluationInput, ctx: WriteContext): Promise<PartyRegistration>

  // ——— 覆盖 ———
  coverage(communityId: string): Promise<{ places: PlaceCoverage[]; grids: GridCoverage[] }>

  // ——— 排班 ———
  /** shifts starting in [weekStart, weekStart + 7 days) */
  week(communityId: string, weekStart: number): Promise<RosterSlot[]>
  addShift(communityId: string, input: ShiftInput, ctx: WriteContext): Promise<Shift>
  updateShift(id: string, patch: Partial<ShiftInput>, ctx: WriteContext): Promise<Shift>
  removeShift(id: string, ctx: WriteContext): Promise<void>
  /** 指派 or 报名; refused when the volunteer is on an overlapping shift or the shift is full */
  assign(shiftId: string, volunteerId: string, via: '指派' | '报名', ctx: WriteContext): Promise<Shift>
  unassign(shiftId: string, volunteerId: string, ctx: WriteContext): Promise<Shift>
  /** 换班: `toId` takes over from `fromId` (overlap-checked) */
  swap(shiftId: string, fromId: string, toId: string, ctx: WriteContext): Promise<Shift>
  markAbsent(shiftId: string, volunteerId: string, absent: boolean, ctx: WriteContext): Promise<Shift>
  /** 每周重复: copies the week's shifts (without signups unless asked) onto the next `weeks` weeks; returns the new shifts */
  repeatWeek(communityId: string, weekStart: number, weeks: number, opts: { withSignups: boolean }, ctx: WriteContext): Promise<Shift[]>
  /** each of the volunteer's shifts in [from, to) */
  shiftsOf(volunteerId: string, range: { from: number; to: number }): Promise<Shift[]>

  // ——— 巡查 ———
  patrols(communityId: string, range?: { from?: number; to?: number }): Promise<Patrol[]>
  /** records the patrol and its photos, and adds the points its rules earn, in one transaction */
  recordPatrol(communityId: string, input: PatrolInput, ctx: WriteContext): Promise<Patrol>
  /** the case intake a finding would make (source 小巷管家上报, place, grid, category guess, text) */
  findingIntake(patrolId: string, findingId: string): Promise<CaseIntakeInput>
  /** one step: the case through the intake path, the finding → 转为工单 with its caseId, its points */
  findingToCase(patrolId: string, findingId: string, intake: CaseIntakeInput, ctx: WriteContext): Promise<FindingCaseResult>

  // ——— 积分 ———
  pointRules(): Promise<PointRules>
  setPointRules(rules: PointRules, ctx: WriteContext): Promise<void>
  /** the ledger of one volunteer, newest first; the total is their sum */
  ledger(volunteerId: string): Promise<PointsEntry[]>
  award(communityId: string, input: ManualAwardInput, ctx: WriteContext): Promise<PointsEntry>
  /** 参加议事: one entry per volunteer signed in at a meeting (idempotent per meeting) */
  creditMeeting(communityId: string, meetingId: string, ctx: WriteContext): Promise<PointsEntry[]>
  /** points per volunteer in [from, to), highest first */
  ranking(communityId: string, range: { from: number; to: number }): Promise<{ volunteerId: string; name: string; points: number; hours: number }[]>
  monthlyStars(communityId: string, month: string): Promise<MonthlyStar[]>

  // ——— 导入导出 ———
  /** parses rows of a roster sheet (header row first); every bad row is an issue naming row and column */
  planRosterImport(communityId: string, rows: unknown[][]): Promise<RosterImportPlan>
  /** all-or-nothing; refused while the plan has issues */
  commitRosterImport(communityId: string, plan: RosterImportPlan, ctx: WriteContext): Promise<Volunteer[]>
}

/** The service as built: the contract plus shift and meeting settling, the editable checklist and patrol photos. */
export interface VolunteerDesk extends VolunteerService {
  /** 值班服务 points for shifts ended in the 90 days before ctx.now that have none yet; returns the new lines */
  settleShifts(communityId: string, ctx: WriteContext): Promise<PointsEntry[]>
  /** 参加议事 points for meetings held in the 90 days before ctx.now, matching their sign-in (missing added, stale removed); returns the new lines */
  settleMeetings(communityId: string, ctx: WriteContext): Promise<PointsEntry[]>
  /** the 十无 checklist in use ('volunteers.checklist', TEN_NOS until edited) */
  checklist(): Promise<string[]>
  setChecklist(items: string[], ctx: WriteContext): Promise<string[]>
  /** the photos of a patrol's findings, oldest first */
  patrolPhotos(patrolId: string): Promise<Attachment[]>
}
