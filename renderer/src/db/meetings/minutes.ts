import { fieldError } from '@shared/domain/errors'
import { newAction, tallyVote, validateResolution } from '@shared/domain/meetingRules'
import type { Meeting } from '@shared/domain/meetings'
import { addAddendum, advanceMinutes, amendMinutes, assertMinutesEditable, decideAmendment } from '@shared/domain/minutesRules'
import type { MeetingService } from './contract'
import { compact, lineId, type MeetingStore } from './store'

type MinutesPart = Pick<MeetingService, 'recordVote' | 'votes' | 'addResolution' | 'resolutions' | 'amend' | 'decideAmendment' | 'advanceMinutes' | 'addAddendum'>

function checkItem(meeting: Meeting, agendaItemId: string | undefined): void {
  if (agendaItemId && !meeting.agenda.some((i) => i.id === agendaItemId)) throw fieldError('agendaItemId', '所选议程不存在，请刷新后重选')
}

/** Votes, resolutions and the minutes lifecycle of a meeting. */
export function minutesPart(store: MeetingStore): MinutesPart {
  const repos = () => store.repos()

  return {
    recordVote: (meetingId, input, ctx) =>
      store.writing(async () => {
        const meeting = await store.meeting(meetingId)
        assertMinutesEditable(meeting.minutesStatus, '表决结果')
        checkItem(meeting, input.agendaItemId)
        if (!Number.isFinite(input.at)) throw fieldError('at', '请填写表决时间')
        const tally = tallyVote(input, meeting.attendance)
        const { agendaItemId, question, method, yes, no, abstain, at } = input
        return repos().vote.create(meeting.communityId, compact({ meetingId, agendaItemId, question: question.trim(), method, yes, no, abstain, at, ...tally }), ctx)
      }),

    votes: (meetingId) => store.votes(meetingId),

    addResolution: (meetingId, input, ctx) =>
      store.writing(async () => {
        const meeting = await store.meeting(meetingId)
        assertMinutesEditable(meeting.minutesStatus, '决议')
        checkItem(meeting, input.agendaItemId)
        const { text, actions } = validateResolution(input)
        const item = meeting.agenda.find((i) => i.id === input.agendaItemId)
        // the cases of the item's topic as it stands now, plus those the item carried onto the agenda
        const topic = item?.proposalId ? await store.proposal(item.proposalId).catch(() => undefined) : undefined
        const caseIds = [...new Set([...(item?.caseIds ?? []), ...(topic?.caseIds ?? [])])]
        return repos().resolution.create(
          meeting.communityId,
          compact({ meetingId, agendaItemId: item?.id, text, actions: actions.map((a) => newAction(a, lineId(ctx.now))), caseIds }),
          ctx
        )
      }),

    resolutions: (meetingId) => store.resolutions(meetingId),

    amend: (meetingId, input, ctx) =>
      store.writing(async () => {
        const meeting = await store.meeting(meetingId)
        const amendment = amendMinutes(meeting, input, ctx.now, lineId(ctx.now))
        return repos().meeting.update(meetingId, { amendments: [...meeting.amendments, amendment] }, ctx)
      }),

    decideAmendment: (meetingId, amendmentId, accepted, ctx) =>
      store.writing(async () => {
        const meeting = await store.meeting(meetingId)
        return repos().meeting.update(meetingId, { amendments: decideAmendment(meeting, amendmentId, accepted) }, ctx)
      }),

    advanceMinutes: (meetingId, to, ctx) =>
      store.writing(async () => {
        const meeting = await store.meeting(meetingId)
        const next = advanceMinutes(meeting, to, await store.parts(meetingId), { at: ctx.now, actor: ctx.actor })
        return repos().meeting.update(meetingId, next, ctx)
      }),

    addAddendum: (meetingId, text, ctx) =>
      store.writing(async () => {
        const meeting = await store.meeting(meetingId)
        const next = addAddendum(meeting, text, await store.parts(meetingId), { at: ctx.now, actor: ctx.actor })
        return repos().meeting.update(meetingId, next, ctx)
      })
  }
}
