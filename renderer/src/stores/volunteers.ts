import { defineStore } from 'pinia'
import { ref, type WatchSource } from 'vue'
import type { CaseRecord } from '@shared/domain/case'
import { periodOf, periodRange } from '@shared/domain/period'
import { DEFAULT_POINT_RULES, TEN_NOS, type Patrol, type PointRules } from '@shared/domain/volunteers'
import { repos } from '../db'
import type { CaseIntakeInput } from '../db/cases/contract'
import { volunteerService } from '../db/volunteers'
import type {
  FindingInput,
  GridCoverage,
  ManualAwardInput,
  MonthlyStar,
  PartyEvaluationInput,
  PartyRegistrationInput,
  PatrolInput,
  PlaceCoverage,
  RosterImportPlan,
  RosterSlot,
  ShiftInput,
  TeamInput,
  VolunteerInput,
  VolunteerDesk,
  VolunteerService,
  VolunteerView
} from '../db/volunteers/contract'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

export type { FindingInput, PatrolInput }

/** The state a finding's case is in now, for the patrol list. */
export interface FindingCase {
  id: string
  status: CaseRecord['status']
  orderNo?: string
  title: string
}

const WEEK_MS = 7 * 86_400_000

/** 小巷管家: live lists of the roster, coverage, the week, patrols and points, and every write of their pages. */
export const useVolunteersStore = defineStore('volunteers', () => {
  const session = useSessionStore()
  const cid = () => session.communityId
  const service = (): VolunteerDesk => volunteerService()
  const onCommunity: WatchSource[] = [() => session.communityId]
  const live = <T>(read: (communityId: string) => Promise<T>, empty: T, sources: WatchSource[] = onCommunity) =>
    useLiveQuery(() => (cid() ? read(cid()) : empty), sources, empty)

  /** Monday 00:00 of the week on screen; the page sets it. */
  const weekStart = ref(0)
  /** the month of the points ranking and 星级管家, 'YYYY-MM' */
  const month = ref(periodOf(Date.now()))

  const volunteers = live((c) => service().volunteers(c), [] as VolunteerView[])
  const teams = live((c) => service().teams(c), [] as Awaited<ReturnType<VolunteerService['teams']>>)
  const partyMembers = live((c) => service().partyMembers(c), [] as Awaited<ReturnType<VolunteerService['partyMembers']>>)
  const coverage = live((c) => service().coverage(c), { places: [] as PlaceCoverage[], grids: [] as GridCoverage[] })
  const week = live((c) => (weekStart.value ? service().week(c, weekStart.value) : Promise.resolve([])), [] as RosterSlot[], [...onCommunity, weekStart])
  const patrols = live((c) => patrolsWithCases(c), { patrols: [] as Patrol[], cases: {} as Record<string, FindingCase> })
  const pointRules = useLiveQuery(() => service().pointRules(), [], DEFAULT_POINT_RULES)
  const checklist = useLiveQuery(() => service().checklist(), [], [...TEN_NOS] as string[])
  const ranking = live((c) => service().ranking(c, monthRange()), [] as Awaited<ReturnType<VolunteerService['ranking']>>, [...onCommunity, month])
  const stars = live((c) => service().monthlyStars(c, month.value), [] as MonthlyStar[], [...onCommunity, month])

  function monthRange(): { from: number; to: number } {
    const [from, to] = periodRange(month.value)
    return { from, to }
  }

  // the cases findings became, read with the patrols so a case's new state shows at once
  async function patrolsWithCases(communityId: string): Promise<{ patrols: Patrol[]; cases: Record<string, FindingCase> }> {
    const list = (await service().patrols(communityId)).sort((a, b) => b.startedAt - a.startedAt)
    const ids = [...new Set(list.flatMap((p) => p.findings.map((f) => f.caseId).filter((id): id is string => Boolean(id))))]
    const rows = await Promise.all(ids.map((id) => repos().case.get(id)))
    const cases: Record<string, FindingCase> = {}
    for (const row of rows) if (row) cases[row.id] = { id: row.id, status: row.status, orderNo: row.orderNo, title: row.title }
    return { patrols: list, cases }
  }

  /** Every write checks 小巷管家管理 first; a refusal writes nothing. */
  const edit =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      session.require('volunteers.edit')
      return write(...args)
    }

  return {
    weekStart,
    month,
    volunteers: volunteers.data,
    volunteersError: volunteers.error,
    teams: teams.data,
    partyMembers: partyMembers.data,
    coverage: coverage.data,
    week: week.data,
    weekError: week.error,
    patrols: patrols.data,
    patrolsError: patrols.error,
    pointRules: pointRules.data,
    checklist: checklist.data,
    ranking: ranking.data,
    stars: stars.data,

    register: edit((input: VolunteerInput) => service().register(cid(), input, session.ctx())),
    updateVolunteer: edit((id: string, patch: Partial<VolunteerInput>) => service().updateVolunteer(id, patch, session.ctx())),
    saveTeam: edit((input: TeamInput & { id?: string }) => service().saveTeam(cid(), input, session.ctx())),
    registerPartyMember: edit((input: PartyRegistrationInput & { id?: string }) => service().registerPartyMember(cid(), input, session.ctx())),
    evaluatePartyMember: edit((id: string, input: PartyEvaluationInput) => service().evaluatePartyMember(id, input, session.ctx())),

    addShift: edit((input: ShiftInput) => service().addShift(cid(), input, session.ctx())),
    updateShift: edit((id: string, patch: Partial<ShiftInput>) => service().updateShift(id, patch, session.ctx())),
    removeShift: edit((id: string) => service().removeShift(id, session.ctx())),
    assign: edit((shiftId: string, volunteerId: string, via: '指派' | '报名') => service().assign(shiftId, volunteerId, via, session.ctx())),
    unassign: edit((shiftId: string, volunteerId: string) => service().unassign(shiftId, volunteerId, session.ctx())),
    swap: edit((shiftId: string, fromId: string, toId: string) => service().swap(shiftId, fromId, toId, session.ctx())),
    markAbsent: edit((shiftId: string, volunteerId: string, absent: boolean) => service().markAbsent(shiftId, volunteerId, absent, session.ctx())),
    repeatWeek: edit((weeks: number, withSignups: boolean) => service().repeatWeek(cid(), weekStart.value, weeks, { withSignups }, session.ctx())),
    /** a volunteer's shifts from this week on, for the .ics export */
    shiftsAhead: (volunteerId: string, weeks: number) => service().shiftsOf(volunteerId, { from: weekStart.value, to: weekStart.value + weeks * WEEK_MS }),

    recordPatrol: edit((input: PatrolInput) => service().recordPatrol(cid(), input, session.ctx())),
    /** a finding's photo */
    attachment: (id: string) => repos().attachment.get(id),
    findingIntake: (patrolId: string, findingId: string) => service().findingIntake(patrolId, findingId),
    findingToCase: edit((patrolId: string, findingId: string, intake: CaseIntakeInput) => service().findingToCase(patrolId, findingId, intake, session.ctx())),
    saveChecklist: edit((items: string[]) => service().setChecklist(items, session.ctx())),

    /** 值班服务 points for shifts that have ended since the last look */
    settleShifts: edit(() => service().settleShifts(cid(), session.ctx())),
    /** 参加议事 points for meetings volunteers signed in at since the last look */
    settleMeetings: edit(() => service().settleMeetings(cid(), session.ctx())),
    setPointRules: edit((rules: PointRules) => service().setPointRules(rules, session.ctx())),
    award: edit((input: Omit<ManualAwardInput, 'at'>) => service().award(cid(), { ...input, at: Date.now() }, session.ctx())),
    ledger: (volunteerId: string) => service().ledger(volunteerId),

    planRosterImport: (rows: unknown[][]) => service().planRosterImport(cid(), rows),
    commitRosterImport: edit((plan: RosterImportPlan) => service().commitRosterImport(cid(), plan, session.ctx()))
  }
})
