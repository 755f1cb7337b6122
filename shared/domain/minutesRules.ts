import { RefusedError, fieldError } from './errors'
import { MINUTES_STATUSES, type Addendum, type Amendment, type Meeting, type MinutesStatus, type MinutesVersion, type Resolution, type Vote } from './meetings'

/**
 * The minutes lifecycle (DESIGN §2.7): 草稿 → 征求意见 → 通过 → 公示, one step at a time. Edits only in 草稿 and
 * 征求意见; published minutes are locked and corrected by numbered addenda. Every step and every addendum
 * keeps a readable version of what the minutes said.
 */

type MinutesOf = Pick<Meeting, 'minutesStatus' | 'agenda' | 'amendments' | 'minutesVersions' | 'addenda'>

/** What the minutes hold besides the meeting row: its votes and resolutions. */
export interface MinutesParts {
  votes: readonly Vote[]
  resolutions: readonly Resolution[]
}

export interface Step {
  at: number
  actor: string
}

export const nextMinutesStatus = (status: MinutesStatus): MinutesStatus | undefined => MINUTES_STATUSES[MINUTES_STATUSES.indexOf(status) + 1]

export const minutesEditable = (status: MinutesStatus): boolean => status === '草稿' || status === '征求意见'

/** Refuses a change to `what` once the minutes are 通过 or 公示. */
export function assertMinutesEditable(status: MinutesStatus, what = '纪要'): void {
  if (status === '公示') throw new RefusedError(`纪要已公示并锁定，不能直接修改${what}；如需更正，请添加补充说明`)
  if (status === '通过') throw new RefusedError(`纪要已通过，不能再修改${what}；如需更正，请在公示后添加补充说明`)
}

/** What the minutes say now, as one numbered version. */
export function snapshotMinutes(meeting: MinutesOf, parts: MinutesParts, status: MinutesStatus, step: Step, addendumNo?: number): MinutesVersion {
  return {
    version: meeting.minutesVersions.length + 1,
    status,
    at: step.at,
    actor: step.actor,
    items: meeting.agenda.map(({ id, title, points, outcome }) => ({ id, title, ...(points ? { points } : {}), ...(outcome ? { outcome } : {}) })),
    votes: parts.votes.map(({ id, agendaItemId, question, method, yes, no, abstain, eligible, quorum, passed }) => ({
      id,
      ...(agendaItemId ? { agendaItemId } : {}),
      question,
      method,
      yes,
      no,
      abstain,
      eligible,
      quorum,
      passed
    })),
    resolutions: parts.resolutions.map(({ id, agendaItemId, text }) => ({ id, ...(agendaItemId ? { agendaItemId } : {}), text })),
    ...(addendumNo !== undefined ? { addendumNo } : {})
  }
}

/** One step forward, saved as a version; 公示 also stamps the publication time. */
export function advanceMinutes(
  meeting: MinutesOf,
  to: MinutesStatus,
  parts: MinutesParts,
  step: Step
): Pick<Meeting, 'minutesStatus' | 'minutesVersions'> & { publishedAt?: number } {
  const next = nextMinutesStatus(meeting.minutesStatus)
  if (!next) throw new RefusedError('纪要已公示，流程已走完；如需更正，请添加补充说明')
  if (to !== next) throw new RefusedError(`纪要当前为“${meeting.minutesStatus}”，下一步只能是“${next}”，不能直接改为“${to}”`)
  if (next === '征求意见' && meeting.agenda.length === 0) throw new RefusedError('纪要还没有任何议程，请先安排议程并记录议定结果')
  const open = meeting.amendments.filter((a) => a.accepted === undefined).length
  if (next === '通过' && open > 0) throw new RefusedError(`还有 ${open} 条修改意见未处理，请逐条采纳或不采纳后再通过`)
  const minutesVersions = [...meeting.minutesVersions, snapshotMinutes(meeting, parts, next, step)]
  return { minutesStatus: next, minutesVersions, ...(next === '公示' ? { publishedAt: step.at } : {}) }
}

/** An attendee's amendment, only while the minutes are out for comment (征求意见). */
export function amendMinutes(meeting: MinutesOf, input: { author: string; agendaItemId?: string; text: string }, at: number, id: string): Amendment {
  if (meeting.minutesStatus !== '征求意见') throw new RefusedError(`只有在“征求意见”阶段才能提出修改意见，纪要当前为“${meeting.minutesStatus}”`)
  const author = input.author?.trim() ?? ''
  const text = input.text?.trim() ?? ''
  if (!author) throw fieldError('author', '请填写提出意见的参会人')
  if (!text) throw fieldError('text', '请填写修改意见')
  if (text.length > 1000) throw fieldError('text', '修改意见不能超过 1000 个字')
  if (input.agendaItemId && !meeting.agenda.some((i) => i.id === input.agendaItemId)) throw fieldError('agendaItemId', '所选议程不存在，请刷新后重选')
  return { id, at, author, text, ...(input.agendaItemId ? { agendaItemId: input.agendaItemId } : {}) }
}

/** The recorder takes an amendment into the minutes, or not; only during 征求意见. */
export function decideAmendment(meeting: MinutesOf, amendmentId: string, accepted: boolean): Amendment[] {
  if (meeting.minutesStatus !== '征求意见') throw new RefusedError(`只有在“征求意见”阶段才能处理修改意见，纪要当前为“${meeting.minutesStatus}”`)
  if (!meeting.amendments.some((a) => a.id === amendmentId)) throw new RefusedError('找不到这条修改意见，请刷新后重试')
  return meeting.amendments.map((a) => (a.id === amendmentId ? { ...a, accepted } : a))
}

/** A numbered correction (补充说明 1, 2, 3…) to published minutes, kept as a version of its own. */
export function addAddendum(meeting: MinutesOf, text: string, parts: MinutesParts, step: Step): Pick<Meeting, 'addenda' | 'minutesVersions'> {
  if (meeting.minutesStatus !== '公示') throw new RefusedError(`纪要公示后才能添加补充说明；当前为“${meeting.minutesStatus}”，可直接修改纪要`)
  const body = text?.trim() ?? ''
  if (!body) throw fieldError('text', '请填写补充说明')
  if (body.length > 2000) throw fieldError('text', '补充说明不能超过 2000 个字')
  const no = meeting.addenda.reduce((max, a) => Math.max(max, a.no), 0) + 1
  const addendum: Addendum = { no, at: step.at, actor: step.actor, text: body }
  return { addenda: [...meeting.addenda, addendum], minutesVersions: [...meeting.minutesVersions, snapshotMinutes(meeting, parts, '公示', step, no)] }
}
