import type { AttachmentInput } from '@shared/domain/attachments'
import type {
  ActionStatus,
  AgendaItem,
  AttendeeRole,
  FollowUpAction,
  Invitee,
  Meeting,
  MeetingType,
  MinutesStatus,
  Proposal,
  ProposalSource,
  RatingLevel,
  Resolution,
  Vote,
  VoteMethod
} from '@shared/domain/meetings'
import type { WriteContext } from '../repositories'

/**
 * 议事协商 (DESIGN §2.7) on one database. Every write is one rw transaction (record + outbox); a refusal
 * throws ValidationError (field issues, Chinese) or RefusedError (Chinese) and writes nothing.
 * Permission checks are the stores' job (session.require('meetings.edit')).
 */

export interface ProposalInput {
  source: ProposalSource
  title: string
  content: string
  proposerId?: string
  proposerName?: string
  coSignerIds?: string[]
  coSignerNames?: string[]
  budget?: number
  placeId?: string
  caseIds?: string[]
  sourceRef?: string
}

/** 立项, or 不立项 with a reason the proposer can be told */
export type Screening = { accept: true } | { accept: false; reason: string }

export interface MeetingInput {
  type: MeetingType
  title: string
  at: number
  durationMinutes?: number
  /** a place, or a location text: one of the two is required */
  placeId?: string
  location?: string
  hostName?: string
  recorderName?: string
  invitees: Invitee[]
}

/** An agenda line; with a proposalId the title and cases come from the topic unless given. */
export interface AgendaItemInput {
  /** keep an existing item's id (and its notes and minutes) when reordering */
  id?: string
  title?: string
  minutes: number
  proposalId?: string
}

export interface SignInInput {
  name: string
  role: AttendeeRole
  personId?: string
  at: number
}

export interface VoteInput {
  agendaItemId?: string
  question: string
  method: VoteMethod
  yes: number
  no: number
  abstain: number
  /** votes needed for the vote to count; default: more than half of the eligible attendees */
  quorum?: number
  at: number
}

export interface ActionInput {
  text: string
  owner: string
  due?: number
}

export interface ResolutionInput {
  agendaItemId?: string
  text: string
  actions: ActionInput[]
}

export interface ActionProgressInput {
  status?: ActionStatus
  progress?: number
  owner?: string
  due?: number
  /** an evidence note, optionally with photos (each validated by validatePhoto) */
  note?: string
  photos?: AttachmentInput[]
}

export interface CompleteActionInput {
  note?: string
  /** close the open cases linked to the resolution's topic, each with events saying why */
  closeCases: boolean
}

export interface CompleteActionResult {
  resolution: Resolution
  closedCaseIds: string[]
  /** linked cases that could not be closed, with the case machine's Chinese refusal */
  skipped: { caseId: string; message: string }[]
}

/** An action past its due date and not finished, for the 工作台. */
export interface OverdueAction {
  meeting: Meeting
  resolution: Resolution
  action: FollowUpAction
}

export interface MeetingService {
  // ——— 议题池 ———
  proposals(communityId: string): Promise<Proposal[]>
  propose(communityId: string, input: ProposalInput, ctx: WriteContext): Promise<Proposal>
  /** a topic from a case: source 工单, title and content from the case, the case linked */
  proposeFromCase(caseId: string, ctx: WriteContext): Promise<Proposal>
  updateProposal(id: string, patch: Partial<ProposalInput>, ctx: WriteContext): Promise<Proposal>
  screen(id: string, screening: Screening, ctx: WriteContext): Promise<Proposal>

  // ——— 会议 ———
  /** meetings of the community, newest first; `from`/`to` bound `at` */
  meetings(communityId: string, range?: { from?: number; to?: number }): Promise<Meeting[]>
  get(meetingId: string): Promise<Meeting | undefined>
  create(communityId: string, input: MeetingInput, ctx: WriteContext): Promise<Meeting>
  update(meetingId: string, patch: Partial<MeetingInput>, ctx: WriteContext): Promise<Meeting>
  /** replaces the agenda; topics on it become 已上会; only 立项 (or 已上会) topics may be put on */
  setAgenda(meetingId: string, items: AgendaItemInput[], ctx: WriteContext): Promise<Meeting>
  /** sign-in 签到, including people not in the registry; the same person twice is refused */
  signIn(meetingId: string, input: SignInInput, ctx: WriteContext): Promise<Meeting>
  removeAttendance(meetingId: string, attendanceId: string, ctx: WriteContext): Promise<Meeting>

  // ——— 会议模式 ———
  /** starts an item (ending the running one) */
  startItem(meetingId: string, itemId: string, at: number, ctx: WriteContext): Promise<Meeting>
  /** ends the current item and starts the next; after the last one, ends it */
  nextItem(meetingId: string, at: number, ctx: WriteContext): Promise<Meeting>
  saveNotes(meetingId: string, itemId: string, notes: string, ctx: WriteContext): Promise<Meeting>

  // ——— 纪要 ———
  /** points and outcome of an item; refused once the minutes are 通过 or 公示 */
  saveMinutes(meetingId: string, itemId: string, minutes: Pick<AgendaItem, 'points' | 'outcome'>, ctx: WriteContext): Promise<Meeting>
  /** refused when the counts exceed the eligible attendees or the minutes are 通过 / 公示 */
  recordVote(meetingId: string, input: VoteInput, ctx: WriteContext): Promise<Vote>
  votes(meetingId: string): Promise<Vote[]>
  addResolution(meetingId: string, input: ResolutionInput, ctx: WriteContext): Promise<Resolution>
  resolutions(meetingId: string): Promise<Resolution[]>
  /** an attendee's amendment, only during 征求意见 */
  amend(meetingId: string, input: { author: string; agendaItemId?: string; text: string }, ctx: WriteContext): Promise<Meeting>
  decideAmendment(meetingId: string, amendmentId: string, accepted: boolean, ctx: WriteContext): Promise<Meeting>
  /** one step forward (草稿 → 征求意见 → 通过 → 公示), each step saved as a readable version */
  advanceMinutes(meetingId: string, to: MinutesStatus, ctx: WriteContext): Promise<Meeting>
  /** a numbered correction to published minutes (only once 公示) */
  addAddendum(meetingId: string, text: string, ctx: WriteContext): Promise<Meeting>

  // ——— 决议落实 ———
  /** every resolution of the community with its meeting, newest meeting first */
  allResolutions(communityId: string): Promise<{ meeting: Meeting; resolution: Resolution }[]>
  /** one more action on a resolution still being followed up (not once every action is done) */
  addAction(resolutionId: string, input: { text: string; owner: string; due?: number }, ctx: WriteContext): Promise<Resolution>
  updateAction(resolutionId: string, actionId: string, input: ActionProgressInput, ctx: WriteContext): Promise<Resolution>
  completeAction(resolutionId: string, actionId: string, input: CompleteActionInput, ctx: WriteContext): Promise<CompleteActionResult>
  /** 民评: adds ratings per level */
  rate(resolutionId: string, ratings: Partial<Record<RatingLevel, number>>, note: string | undefined, ctx: WriteContext): Promise<Resolution>
  overdueActions(communityId: string, now: number): Promise<OverdueAction[]>
}
