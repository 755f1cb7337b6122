import { validatePhoto } from '@shared/domain/attachments'
import { RefusedError, fieldError } from '@shared/domain/errors'
import { addRatings, isFinished, isOverdue, newAction, progressAction, validateAction } from '@shared/domain/meetingRules'
import type { EvidenceNote, FollowUpAction, Meeting, Resolution } from '@shared/domain/meetings'
import type { DeskDB } from '../database'
import { createCaseServices } from '../cases'
import { isLive } from '../repositories/base'
import type { WriteContext } from '../repositories/writer'
import { planClosing, runClosing } from './caseClosing'
import type { ActionProgressInput, MeetingService } from './contract'
import { lineId, type MeetingStore } from './store'

type FollowUpPart = Pick<MeetingService, 'allResolutions' | 'addAction' | 'updateAction' | 'completeAction' | 'rate' | 'overdueActions'>

const MAX_NOTE = 1000

function actionOf(resolution: Resolution, actionId: string): FollowUpAction {
  const action = resolution.actions.find((a) => a.id === actionId)
  if (!action) throw new RefusedError('找不到这项落实事项，请刷新后重试')
  return action
}

/** 决议落实: actions with progress and evidence, 民评, and closing the linked cases. */
export function followUpPart(db: DeskDB, store: MeetingStore): FollowUpPart {
  const repos = () => store.repos()
  const caseService = createCaseServices(db).cases

  const meetingsById = async (communityId: string): Promise<Map<string, Meeting>> =>
    new Map((await db.meeting.where('communityId').equals(communityId).filter(isLive).toArray()).map((m) => [m.id, m]))

  /** An evidence note with its photos stored as attachments of the resolution; undefined when nothing was given. */
  async function evidenceOf(resolution: Resolution, input: Pick<ActionProgressInput, 'note' | 'photos'>, ctx: WriteContext): Promise<EvidenceNote | undefined> {
    const text = input.note?.trim() ?? ''
    const photos = (input.photos ?? []).map((p, i) => validatePhoto(p, `photos.${i}`))
    if (text.length > MAX_NOTE) throw fieldError('note', `进展说明不能超过 ${MAX_NOTE} 个字`)
    if (!text && photos.length === 0) return undefined
    const attachmentIds: string[] = []
    for (const photo of photos) {
      const row = await repos().attachment.create(
        resolution.communityId,
        { name: photo.name, mime: photo.mime, size: photo.bytes.byteLength, bytes: photo.bytes, ownerTable: 'resolution', ownerId: resolution.id },
        ctx
      )
      attachmentIds.push(row.id)
    }
    return { at: ctx.now, actor: ctx.actor, text, attachmentIds }
  }

  /** Saves the resolution with one action replaced; closes it (and its topic) once every action is finished. */
  async function saveAction(resolution: Resolution, action: FollowUpAction, ctx: WriteContext): Promise<Resolution> {
    const actions = resolution.actions.map((a) => (a.id === action.id ? action : a))
    const done = actions.every((a) => isFinished(a.status))
    const saved = await repos().resolution.update(resolution.id, { actions, closedAt: done ? (resolution.closedAt ?? ctx.now) : undefined }, ctx)
    if (done) await settleTopic(saved, ctx)
    return saved
  }

  /** The topic of the resolution's agenda item is 已办结 once every resolution on it is closed. */
  async function settleTopic(resolution: Resolution, ctx: WriteContext): Promise<void> {
    const meeting = await db.meeting.get(resolution.meetingId)
    const proposalId = meeting?.agenda.find((i) => i.id === resolution.agendaItemId)?.proposalId
    if (!meeting || !proposalId) return
    const items = new Set(meeting.agenda.filter((i) => i.proposalId === proposalId).map((i) => i.id))
    const siblings = (await store.resolutions(meeting.id)).filter((r) => r.agendaItemId && items.has(r.agendaItemId))
    const topic = await db.proposal.get(proposalId)
    if (topic && isLive(topic) && topic.status === '已上会' && siblings.every((r) => r.closedAt !== undefined)) {
      await repos().proposal.update(proposalId, { status: '已办结' }, ctx)
    }
  }

  return {
    allResolutions: async (communityId) => {
      const meetings = await meetingsById(communityId)
      const rows = (await repos().resolution.list(communityId)).flatMap((resolution) => {
        const meeting = meetings.get(resolution.meetingId)
        return meeting ? [{ meeting, resolution }] : []
      })
      return rows.sort((a, b) => b.meeting.at - a.meeting.at || a.resolution.createdAt - b.resolution.createdAt)
    },

    addAction: (resolutionId, input, ctx) =>
      store.writing(async () => {
        const resolution = await store.resolution(resolutionId)
        if (resolution.closedAt !== undefined) throw new RefusedError('该决议的事项已全部落实，不能再添加；如有新问题请作为新议题提出')
        const action = newAction(validateAction(input), lineId(ctx.now))
        return repos().resolution.update(resolutionId, { actions: [...resolution.actions, action] }, ctx)
      }),

    updateAction: (resolutionId, actionId, input, ctx) =>
      store.writing(async () => {
        const resolution = await store.resolution(resolutionId)
        const action = progressAction(actionOf(resolution, actionId), input, ctx.now)
        const note = await evidenceOf(resolution, input, ctx)
        return saveAction(resolution, note ? { ...action, evidence: [...action.evidence, note] } : action, ctx)
      }),

    completeAction: (resolutionId, actionId, input, ctx) =>
      db.transaction('rw', db.tables, async () => {
        const resolution = await store.resolution(resolutionId)
        const current = actionOf(resolution, actionId)
        if (isFinished(current.status)) throw new RefusedError(`该事项${current.status}，不能重复办结`)
        const meeting = await store.meeting(resolution.meetingId)
        const item = meeting.agenda.find((i) => i.id === resolution.agendaItemId)
        const topic = item?.proposalId ? await db.proposal.get(item.proposalId) : undefined
        const linked = [...resolution.caseIds, ...(item?.caseIds ?? []), ...(isLive(topic) ? topic!.caseIds : [])]
        const text = `议事协商决议落实：${resolution.text}（${meeting.title}）`
        const plan = input.closeCases ? await planClosing(db, linked, text, ctx.now) : { closings: [], skipped: [] }
        const done = progressAction(current, { status: '已完成', progress: 100 }, ctx.now)
        const note = await evidenceOf(resolution, { note: input.note }, ctx)
        const closedCaseIds = plan.closings.map((c) => c.caseId)
        const action: FollowUpAction = { ...done, evidence: note ? [...done.evidence, note] : done.evidence, ...(closedCaseIds.length ? { closedCaseIds } : {}) }
        // the action is saved first: if it cannot be, no case has been touched
        const saved = await saveAction(resolution, action, ctx)
        await runClosing(caseService, plan.closings, ctx)
        return { resolution: saved, closedCaseIds, skipped: plan.skipped }
      }),

    rate: (resolutionId, ratings, note, ctx) =>
      store.writing(async () => {
        const resolution = await store.resolution(resolutionId)
        const text = note?.trim()
        if (text && text.length > 500) throw fieldError('note', '评价说明不能超过 500 个字')
        return repos().resolution.update(resolutionId, { ratings: addRatings(resolution.ratings, ratings), ...(text ? { ratingNote: text } : {}) }, ctx)
      }),

    overdueActions: async (communityId, now) => {
      const meetings = await meetingsById(communityId)
      const out = []
      for (const resolution of await repos().resolution.list(communityId)) {
        const meeting = meetings.get(resolution.meetingId)
        if (!meeting) continue
        for (const action of resolution.actions) if (isOverdue(action, now)) out.push({ meeting, resolution, action })
      }
      return out.sort((a, b) => a.action.due! - b.action.due!)
    }
  }
}
