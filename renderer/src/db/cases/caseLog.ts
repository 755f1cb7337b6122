import type { CaseRecord } from '@shared/domain/case'
import { applyCaseAction, initialCaseState, type CaseAction, type CaseEventDraft, type CaseState } from '@shared/domain/caseMachine'
import { foldCaseEvents } from '@shared/domain/caseProjection'
import { caseBase, projectCaseRow, type CaseBase } from '@shared/domain/caseRow'
import { RefusedError } from '@shared/domain/errors'
import type { WriteContext, Writer } from '../repositories/writer'
import { CASE_TABLES, addEvents, caseEvents, communityCalendar, eventRecord, liveCase, putCase } from './store'

/** What a write adds to a case: events, and for links, fields of its base row. */
export interface CaseChange {
  events: CaseEventDraft[]
  base?: Partial<CaseBase>
}

/**
 * The one write path of a case (DESIGN §2.2, §6): appends events, re-projects the row from ALL
 * events (never patches it) and writes row + events + outbox in one rw transaction. Joins the
 * caller's transaction when it already holds the case tables.
 */
export function changeCase(
  writer: Writer,
  caseId: string,
  decide: (state: CaseState, row: CaseRecord) => CaseChange,
  ctx: WriteContext
): Promise<CaseRecord> {
  const { db } = writer
  return db.transaction('rw', [...CASE_TABLES], async () => {
    const row = await liveCase(db, caseId)
    const events = await caseEvents(db, caseId)
    const calendar = await communityCalendar(db, row.communityId)
    const before = foldCaseEvents(initialCaseState({ receivedAt: row.receivedAt }), events)
    const change = decide(before.state, row)
    const added = change.events.map((draft) => eventRecord(writer, draft, caseId, row.communityId, ctx))
    const base = { ...caseBase(row), ...change.base }
    const fields = projectCaseRow(base, [...events, ...added], { calendar, now: ctx.now })
    // an event dated before later ones (a desk's clock behind) must not unsettle what they did
    const known = new Set(before.conflicts.map((c) => c.eventId))
    const fresh = (fields.conflicts ?? []).find((c) => !known.has(c.eventId))
    if (fresh) throw new RefusedError(`本机时间早于这件工单的最近一次办理，操作会与已有记录冲突：${fresh.message}。请校准本机时间后重试`)
    await addEvents(writer, added, ctx)
    return putCase(writer, row, fields, row, ctx)
  })
}

/** One case action checked by the state machine; a refusal names what is allowed instead. */
export function actOnCase(writer: Writer, caseId: string, action: CaseAction, ctx: WriteContext): Promise<CaseRecord> {
  return changeCase(
    writer,
    caseId,
    (state) => {
      const result = applyCaseAction(state, action, ctx)
      if (!result.ok) throw new RefusedError(result.message)
      return { events: [result.event] }
    },
    ctx
  )
}
