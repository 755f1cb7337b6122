import { RefusedError, ValidationError, fieldError, type FieldIssue } from '@shared/domain/errors'
import { signInAttendee, validateAgendaItem, validateMeeting } from '@shared/domain/meetingRules'
import type { AgendaItem, Meeting, Proposal } from '@shared/domain/meetings'
import { maskName } from '@shared/domain/mask'
import { assertMinutesEditable } from '@shared/domain/minutesRules'
import { createAuditService } from '../audit/service'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { WriteContext } from '../repositories/writer'
import type { AgendaItemInput, MeetingInput, MeetingService } from './contract'
import { MEETING_TABLES, compact, lineId, type MeetingStore } from './store'

type MeetingPart = Pick<MeetingService, 'meetings' | 'get' | 'create' | 'update' | 'setAgenda' | 'signIn' | 'removeAttendance'>

const INPUT_KEYS = ['type', 'title', 'at', 'durationMinutes', 'placeId', 'location', 'hostName', 'recorderName', 'invitees'] as const
const inputOf = (m: Meeting): MeetingInput => Object.fromEntries(INPUT_KEYS.map((k) => [k, m[k]])) as unknown as MeetingInput
const fullPatch = (fields: object): Partial<Meeting> => Object.fromEntries(INPUT_KEYS.map((k) => [k, (fields as Record<string, unknown>)[k]]))

/** Meetings: their facts, agenda and sign-in. */
export function meetingPart(db: DeskDB, store: MeetingStore): MeetingPart {
  const repo = () => store.repos().meeting
  const audit = createAuditService(db)

  /** The agenda lines checked together, each filled from its topic; topics must be 立项 (or already on a meeting). */
  async function agendaOf(meeting: Meeting, items: AgendaItemInput[], now: number): Promise<{ agenda: AgendaItem[]; topics: Map<string, Proposal> }> {
    const issues: FieldIssue[] = []
    const topics = new Map<string, Proposal>()
    const kept = new Map(meeting.agenda.map((i) => [i.id, i]))
    const agenda: AgendaItem[] = []
    for (const [index, item] of items.entries()) {
      let topic: Proposal | undefined
      const previous = item.id ? kept.get(item.id) : undefined
      const proposalId = item.proposalId ?? previous?.proposalId
      if (proposalId) {
        topic = await store.proposal(proposalId)
        if (topic.communityId !== meeting.communityId) throw new RefusedError('只能把本社区议题池中的议题列入议程')
        if (topics.has(topic.id)) throw fieldError(`agenda.${index}.proposalId`, `议题“${topic.title}”已在议程中，不能重复列入`)
        if (topic.status !== '立项' && topic.status !== '已上会') {
          throw fieldError(`agenda.${index}.proposalId`, `议题“${topic.title}”当前为“${topic.status}”，须先立项才能列入议程`)
        }
        topics.set(topic.id, topic)
      }
      try {
        const { title, minutes } = validateAgendaItem({ title: item.title?.trim() || topic?.title || previous?.title, minutes: item.minutes }, index)
        agenda.push(compact({ ...previous, id: previous?.id ?? lineId(now), title, minutes, proposalId: topic?.id, caseIds: topic ? [...topic.caseIds] : (previous?.caseIds ?? []) }))
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err
        issues.push(...err.issues)
      }
    }
    if (issues.length) throw new ValidationError(issues)
    return { agenda, topics }
  }

  /** Topics newly on the agenda become 已上会; those taken off go back to 立项 unless another meeting has them. */
  async function settleTopics(meeting: Meeting, agenda: AgendaItem[], ctx: WriteContext): Promise<void> {
    const before = new Set(meeting.agenda.map((i) => i.proposalId).filter((id): id is string => !!id))
    const after = new Set(agenda.map((i) => i.proposalId).filter((id): id is string => !!id))
    for (const id of after) if (!before.has(id)) await store.repos().proposal.update(id, { status: '已上会' }, ctx)
    const removed = [...before].filter((id) => !after.has(id))
    if (removed.length === 0) return
    const elsewhere = await db.meeting.where('communityId').equals(meeting.communityId).filter((m) => isLive(m) && m.id !== meeting.id).toArray()
    for (const id of removed) {
      const topic = await db.proposal.get(id)
      const onOther = elsewhere.some((m) => m.agenda.some((i) => i.proposalId === id))
      if (topic && isLive(topic) && topic.status === '已上会' && !onOther) await store.repos().proposal.update(id, { status: '立项' }, ctx)
    }
  }

  return {
    meetings: async (communityId, range = {}) => {
      const { from = -Infinity, to = Infinity } = range
      const rows = await db.meeting.where('communityId').equals(communityId).filter((m) => isLive(m) && m.at >= from && m.at <= to).toArray()
      return rows.sort((a, b) => b.at - a.at || b.id.localeCompare(a.id))
    },

    get: async (meetingId) => {
      const row = await db.meeting.get(meetingId)
      return isLive(row) ? row : undefined
    },

    create: async (communityId, input, ctx) =>
      repo().create(
        communityId,
        { ...compact(validateMeeting(input)), attendance: [], agenda: [], minutesStatus: '草稿', amendments: [], minutesVersions: [], addenda: [] },
        ctx
      ),

    update: (meetingId, patch, ctx) =>
      store.writing(async () => {
        const current = await store.meeting(meetingId)
        if (current.minutesStatus === '公示') throw new RefusedError('纪要已公示，会议信息已锁定；如需更正，请添加补充说明')
        const fields = validateMeeting({ ...inputOf(current), ...patch })
        return repo().update(meetingId, fullPatch(fields), ctx)
      }),

    setAgenda: (meetingId, items, ctx) =>
      store.writing(async () => {
        const current = await store.meeting(meetingId)
        assertMinutesEditable(current.minutesStatus, '议程')
        const { agenda } = await agendaOf(current, items, ctx.now)
        const kept = new Set(agenda.map((i) => i.id))
        const parts = await store.parts(meetingId)
        for (const gone of current.agenda.filter((i) => !kept.has(i.id))) {
          const used = parts.votes.some((v) => v.agendaItemId === gone.id) || parts.resolutions.some((r) => r.agendaItemId === gone.id)
          if (used) throw new RefusedError(`议程“${gone.title}”已有表决或决议，不能移除`)
        }
        await settleTopics(current, agenda, ctx)
        const currentItemId = current.currentItemId && kept.has(current.currentItemId) ? current.currentItemId : undefined
        return repo().update(meetingId, { agenda, currentItemId }, ctx)
      }),

    signIn: (meetingId, input, ctx) =>
      store.writing(async () => {
        const current = await store.meeting(meetingId)
        assertMinutesEditable(current.minutesStatus, '签到')
        const line = signInAttendee(current.attendance, input, lineId(ctx.now))
        return repo().update(meetingId, { attendance: [...current.attendance, line] }, ctx)
      }),

    // a deletion: written to the audit log in the same transaction, the attendee's name masked there
    removeAttendance: (meetingId, attendanceId, ctx) =>
      audit.recordWith(MEETING_TABLES, ctx, async () => {
        const current = await store.meeting(meetingId)
        assertMinutesEditable(current.minutesStatus, '签到')
        const line = current.attendance.find((a) => a.id === attendanceId)
        if (!line) throw new RefusedError('找不到这条签到记录，请刷新后重试')
        const result = await repo().update(meetingId, { attendance: current.attendance.filter((a) => a.id !== attendanceId) }, ctx)
        const reason = `删除“${current.title}”的签到记录：${maskName(line.name)}（${line.role}）`
        return { result, audit: { communityId: current.communityId, action: 'delete', target: `meeting:${meetingId}`, reason } }
      })
  }
}
