import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Meeting, MinutesStatus, Proposal, RatingLevel, Resolution, Vote, AgendaItem } from '@shared/domain/meetings'
import type { Attachment } from '@shared/domain/system'
import type { CaseRecord } from '@shared/domain/case'
import type {
  ActionProgressInput,
  AgendaItemInput,
  CompleteActionInput,
  MeetingInput,
  OverdueAction,
  ProposalInput,
  ResolutionInput,
  Screening,
  SignInInput,
  VoteInput
} from '../db/meetings/contract'
import { meetingService } from '../db/meetings'
import { caseService, repos } from '../db'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

type Row = { meeting: Meeting; resolution: Resolution }

/** 议事协商: the topic pool, meetings, the open meeting's votes and resolutions, and every write of the area. */
export const useMeetingsStore = defineStore('meetings', () => {
  const session = useSessionStore()
  const cid = () => session.communityId
  const watchCommunity = [() => session.communityId]
  const service = () => meetingService()

  const proposals = useLiveQuery(() => (cid() ? service().proposals(cid()) : []), watchCommunity, [] as Proposal[])
  const meetings = useLiveQuery(() => (cid() ? service().meetings(cid()) : []), watchCommunity, [] as Meeting[])
  const followUps = useLiveQuery(() => (cid() ? service().allResolutions(cid()) : []), watchCommunity, [] as Row[])
  // read at the moment the query runs; any write to the resolutions re-runs it
  const overdue = useLiveQuery(() => (cid() ? service().overdueActions(cid(), Date.now()) : []), watchCommunity, [] as OverdueAction[])

  // the meeting whose page is open: null while loading, undefined when there is none
  const meetingId = ref('')
  const meeting = useLiveQuery<Meeting | undefined | null>(() => (meetingId.value ? service().get(meetingId.value) : undefined), [meetingId], null)
  const votes = useLiveQuery(() => (meetingId.value ? service().votes(meetingId.value) : []), [meetingId], [] as Vote[])
  const resolutions = useLiveQuery(() => (meetingId.value ? service().resolutions(meetingId.value) : []), [meetingId], [] as Resolution[])

  function open(id: string): void {
    if (id === meetingId.value) return
    meeting.data.value = null
    votes.data.value = []
    resolutions.data.value = []
    meetingId.value = id
  }

  /** Every write: refused in Chinese, before anything is touched, for an account without 议事协商管理. */
  const write =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      session.require('meetings.edit')
      return fn(...args)
    }
  const ctx = () => session.ctx()

  return {
    proposals: proposals.data,
    proposalsError: proposals.error,
    meetings: meetings.data,
    meetingsError: meetings.error,
    followUps: followUps.data,
    followUpsError: followUps.error,
    overdue: overdue.data,
    overdueError: overdue.error,
    meetingId,
    meeting: meeting.data,
    meetingError: meeting.error,
    votes: votes.data,
    resolutions: resolutions.data,
    open,
    canEdit: () => session.can('meetings.edit'),

    propose: write((input: ProposalInput) => service().propose(cid(), input, ctx())),
    proposeFromCase: write((caseId: string) => service().proposeFromCase(caseId, ctx())),
    updateProposal: write((id: string, patch: Partial<ProposalInput>) => service().updateProposal(id, patch, ctx())),
    screen: write((id: string, screening: Screening) => service().screen(id, screening, ctx())),

    create: write((input: MeetingInput) => service().create(cid(), input, ctx())),
    update: write((id: string, patch: Partial<MeetingInput>) => service().update(id, patch, ctx())),
    setAgenda: write((id: string, items: AgendaItemInput[]) => service().setAgenda(id, items, ctx())),
    signIn: write((id: string, input: SignInInput) => service().signIn(id, input, ctx())),
    removeAttendance: write((id: string, attendanceId: string) => service().removeAttendance(id, attendanceId, ctx())),

    startItem: write((id: string, itemId: string) => service().startItem(id, itemId, Date.now(), ctx())),
    nextItem: write((id: string) => service().nextItem(id, Date.now(), ctx())),
    saveNotes: write((id: string, itemId: string, notes: string) => service().saveNotes(id, itemId, notes, ctx())),

    saveMinutes: write((id: string, itemId: string, minutes: Pick<AgendaItem, 'points' | 'outcome'>) => service().saveMinutes(id, itemId, minutes, ctx())),
    recordVote: write((id: string, input: VoteInput) => service().recordVote(id, input, ctx())),
    addResolution: write((id: string, input: ResolutionInput) => service().addResolution(id, input, ctx())),
    amend: write((id: string, input: { author: string; agendaItemId?: string; text: string }) => service().amend(id, input, ctx())),
    decideAmendment: write((id: string, amendmentId: string, accepted: boolean) => service().decideAmendment(id, amendmentId, accepted, ctx())),
    advanceMinutes: write((id: string, to: MinutesStatus) => service().advanceMinutes(id, to, ctx())),
    addAddendum: write((id: string, text: string) => service().addAddendum(id, text, ctx())),

    addAction: write((resolutionId: string, input: { text: string; owner: string; due?: number }) => service().addAction(resolutionId, input, ctx())),
    updateAction: write((resolutionId: string, actionId: string, input: ActionProgressInput) => service().updateAction(resolutionId, actionId, input, ctx())),
    completeAction: write((resolutionId: string, actionId: string, input: CompleteActionInput) => service().completeAction(resolutionId, actionId, input, ctx())),
    rate: write((resolutionId: string, ratings: Partial<Record<RatingLevel, number>>, note?: string) => service().rate(resolutionId, ratings, note, ctx())),

    /** the cases a topic or resolution links to, for their titles and states */
    cases: async (ids: readonly string[]): Promise<CaseRecord[]> =>
      (await Promise.all(ids.map((id) => caseService().get(id)))).filter((c): c is CaseRecord => c !== undefined),
    /** evidence photos by id, for display */
    photos: async (ids: readonly string[]): Promise<Attachment[]> =>
      (await Promise.all(ids.map((id) => repos().attachment.get(id)))).filter((a): a is Attachment => a !== undefined)
  }
})
