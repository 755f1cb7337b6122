import type { CaseRecord } from './case'
import type { BaseRecord } from './record'
import { chinaCalendar, type HolidayCalendar } from './calendar'
import { projectCase, type CaseEventLike, type CaseProjection } from './caseProjection'
import { DEFAULT_LEVEL_CLOCKS } from './slaRules'

/** Row fields the events decide; everything else on a case row is its intake (and its links). */
const PROJECTED = {
  status: true,
  flags: true,
  handlerId: true,
  unitId: true,
  signedAt: true,
  contactedAt: true,
  repliedAt: true,
  closedAt: true,
  result: true,
  reply: true,
  callback: true,
  callbackSummary: true,
  assessment: true,
  duplicateOf: true,
  returnReason: true,
  cancelReason: true,
  parkReason: true,
  pendingExtension: true,
  reopenable: true,
  reopenCount: true,
  clockLogs: true,
  signDeadline: true,
  contactDeadline: true,
  finishDeadline: true,
  paused: true,
  conflicts: true,
  finishStartedAt: true,
  callbackDue: true
} satisfies Record<keyof CaseProjection | 'finishStartedAt' | 'callbackDue', true>

export const PROJECTED_CASE_KEYS: readonly string[] = Object.keys(PROJECTED)

type Projected = keyof typeof PROJECTED
const BOOKKEEPING: readonly string[] = ['id', 'communityId', 'createdAt', 'updatedAt', 'hlc', 'fieldClocks', 'deletedAt'] satisfies (keyof BaseRecord)[]

/** A case row without its record bookkeeping (id, clocks of sync, timestamps). */
export type CaseFields = Omit<CaseRecord, keyof BaseRecord>
/** What a case row holds besides its projection: intake fields, SLA rule, links. */
export type CaseBase = Omit<CaseFields, Projected & keyof CaseFields>

/** The row without what its events decide; never carries a stale projected value into a re-projection. */
export function caseBase(row: CaseFields | CaseRecord): CaseBase {
  const base: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    if (!(key in PROJECTED) && !BOOKKEEPING.includes(key) && value !== undefined) base[key] = value
  }
  return base as CaseBase
}

export type CaseRowEvent = CaseEventLike

/**
 * The case row from its base and ALL its events (DESIGN §2.2, §6): handler, unit and assessment
 * come only from events (intake assignment is an `assign` event), so the same events always give
 * the same row. `now` counts an open 挂账 pause up to now.
 */
export function projectCaseRow(
  base: CaseBase,
  events: readonly CaseRowEvent[],
  { calendar = chinaCalendar, now }: { calendar?: HolidayCalendar; now?: number } = {}
): CaseFields {
  const clocks = base.clocks ?? DEFAULT_LEVEL_CLOCKS[base.level]
  const { receivedAt } = base
  const p = projectCase({ ...base, receivedAt, assessment: { included: true } }, events, { clocks, calendar, now })
  const { clockLogs, conflicts, ...row } = p
  const starts = clockLogs.finish.filter((e) => e.type === 'start')
  const out: Record<string, unknown> = { ...row, finishStartedAt: starts.at(-1)?.at ?? receivedAt, callbackDue: callbackDue(p, events) }
  if (conflicts.length) out.conflicts = conflicts
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key]
  return out as unknown as CaseFields
}

/** 待回访: replied (or closed) and not called back since; the value orders the queue, oldest first. */
function callbackDue(p: CaseProjection, events: readonly CaseRowEvent[]): number | undefined {
  if (p.status !== '已反馈' && p.status !== '已办结') return undefined
  const answeredAt = p.repliedAt ?? p.closedAt
  if (answeredAt === undefined) return undefined
  const conflicted = new Set(p.conflicts.map((c) => c.eventId))
  const calledBack = events.some((e) => e.type === 'callback' && e.at >= answeredAt && !conflicted.has(e.id))
  return calledBack ? undefined : answeredAt
}
