import type { CaseEventRecord } from './case'
import { chinaCalendar, type HolidayCalendar } from './calendar'
import { applyCaseEvent, initialCaseState, type CaseIntake, type CaseState } from './caseMachine'
import { isPaused } from './sla'
import { computeDeadlines, type LevelClocks } from './slaRules'

export type CaseEventLike = Pick<CaseEventRecord, 'id' | 'type' | 'at' | 'actor' | 'payload'>

export interface ProjectionContext {
  calendar?: HolidayCalendar
  /** the case's 签收 / 首次联系 / 办结 clocks, from its SLA rule (matchSlaRule) */
  clocks: LevelClocks
  /** counts an open pause up to now; without it a parked case's deadlines stay frozen */
  now?: number
}

export interface CaseProjection extends CaseState {
  signDeadline: number
  contactDeadline: number
  finishDeadline: number
  /** 挂账: clocks stopped */
  paused: boolean
  /** events kept in the log that the merged order made inapplicable (e.g. two desks signing) */
  conflicts: { eventId: string; message: string }[]
}

/** Events in the one order every desk agrees on: by time, then by id (ULIDs of different desks). */
export function sortCaseEvents<E extends Pick<CaseEventRecord, 'id' | 'at'>>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Folds events over a state; events that no longer apply are kept in the log and reported. */
export function foldCaseEvents(
  initial: CaseState,
  events: readonly CaseEventLike[]
): { state: CaseState; conflicts: CaseProjection['conflicts'] } {
  let state = initial
  const conflicts: CaseProjection['conflicts'] = []
  for (const event of sortCaseEvents(events)) {
    const result = applyCaseEvent(state, event)
    if (result.ok) state = result.state
    else conflicts.push({ eventId: event.id, message: result.message })
  }
  return { state, conflicts }
}

/**
 * Re-projects a case row from its intake fields and its events (DESIGN §2.2, §6): the same events
 * in any order, from any number of desks, give the same row. Deadlines come from the clock logs.
 */
export function projectCase<B extends CaseIntake>(
  base: B,
  events: readonly CaseEventLike[],
  ctx: ProjectionContext
): Omit<B, keyof CaseProjection> & CaseProjection {
  const { state, conflicts } = foldCaseEvents(initialCaseState(base), events)
  const d = computeDeadlines(base.receivedAt, { clocks: ctx.clocks }, ctx.calendar ?? chinaCalendar, state.clockLogs, ctx.now)
  return {
    ...base,
    ...state,
    signDeadline: d.sign,
    contactDeadline: d.contact,
    finishDeadline: d.finish,
    paused: isPaused(state.clockLogs.finish),
    conflicts
  }
}

export type OverdueClock = 'sign' | 'contact' | 'finish'

/**
 * Clocks a case has overrun (超时 is derived, never stored as a state): a clock is overdue when
 * the act it waits for happened after its deadline, or has not happened and now is past it.
 */
export function overdueClocks(
  p: Pick<CaseProjection, 'status' | 'signedAt' | 'contactedAt' | 'repliedAt' | 'closedAt' | 'signDeadline' | 'contactDeadline' | 'finishDeadline'>,
  now: number
): OverdueClock[] {
  // a returned or withdrawn case no longer runs its clocks
  const stopped = p.status === '退单' || p.status === '已撤销'
  const late = (doneAt: number | undefined, deadline: number) => (doneAt !== undefined ? doneAt > deadline : !stopped && now > deadline)
  const finishedAt = p.repliedAt ?? p.closedAt
  const out: OverdueClock[] = []
  if (late(p.signedAt, p.signDeadline)) out.push('sign')
  if (late(p.contactedAt, p.contactDeadline)) out.push('contact')
  if (late(finishedAt, p.finishDeadline)) out.push('finish')
  return out
}
