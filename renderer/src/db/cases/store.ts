import { monotonicFactory } from 'ulid'
import type { CaseEventRecord, CaseRecord } from '@shared/domain/case'
import { chinaCalendar, withOverrides, type HolidayCalendar } from '@shared/domain/calendar'
import type { CaseEventDraft } from '@shared/domain/caseMachine'
import type { CaseFields } from '@shared/domain/caseRow'
import { RecordNotFoundError } from '@shared/domain/errors'
import { BASE_KEYS, changeOf, stampCreate, stampUpdate } from '@shared/sync/stamp'
import { toHex } from '@shared/crypto/sha256'
import { formatHlc } from '@shared/sync/hlc'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { WriteContext, Writer } from '../repositories/writer'
import { ROLLUP_TABLES, maintainRollups } from '../rollups/maintain'

/** The tables every case write touches (its rollups included); callers that do more add theirs. */
export const CASE_TABLES = ['case', 'caseEvent', 'outbox', 'holiday', ...ROLLUP_TABLES] as const

export const newId = monotonicFactory()

export async function liveCase(db: DeskDB, id: string): Promise<CaseRecord> {
  const row = await db.case.get(id)
  if (!row || !isLive(row)) throw new RecordNotFoundError('找不到这件工单，可能已被删除，请刷新后重试')
  return row
}

export const caseEvents = (db: DeskDB, caseId: string): Promise<CaseEventRecord[]> => db.caseEvent.where('caseId').equals(caseId).toArray()

/** The shipped holiday calendar with this community's edits from settings. */
export async function communityCalendar(db: DeskDB, communityId: string): Promise<HolidayCalendar> {
  const edits = await db.holiday.where('communityId').equals(communityId).filter(isLive).toArray()
  return edits.length ? withOverrides(chinaCalendar, edits.map(({ day, kind }) => ({ day, kind }))) : chinaCalendar
}

/** Writes a case row (new, or replacing the old projection field by field), its outbox change and its rollups. */
export async function putCase(writer: Writer, prev: CaseRecord | undefined, fields: CaseFields, ids: { id: string; communityId: string }, ctx: WriteContext): Promise<CaseRecord> {
  const { db } = writer
  if (!prev) {
    const row = stampCreate<CaseRecord>(fields, ids.id, ids.communityId, writer.stamp(ctx))
    await maintainRollups(db, undefined, row, ctx.now)
    await db.case.add(row)
    await writer.record('case', row.id, 'put', { now: ctx.now, hlc: row.hlc }, changeOf(row))
    return row
  }
  const patch: Record<string, unknown> = { ...fields }
  // fields the new projection no longer has are removed from the row
  for (const key of Object.keys(prev)) if (!(key in patch) && !(BASE_KEYS as readonly string[]).includes(key)) patch[key] = undefined
  const stamp = writer.stamp(ctx, prev.hlc)
  const { next, changed } = stampUpdate(prev, patch as Partial<CaseFields>, stamp)
  if (changed.length === 0) return prev
  await maintainRollups(db, prev, next, ctx.now)
  await db.case.put(next)
  await writer.record('case', next.id, 'put', stamp, changeOf(next, changed))
  return next
}

/** Appends case events (never updated afterwards) with their outbox changes. */
export async function addEvents(writer: Writer, events: CaseEventRecord[], ctx: WriteContext): Promise<void> {
  for (const event of events) {
    await writer.db.caseEvent.add(event)
    await writer.record('caseEvent', event.id, 'put', { now: ctx.now, hlc: event.hlc }, changeOf(event))
  }
}

/** A stored event from a draft: its own ULID, this device's clock. */
export function eventRecord(writer: Writer, draft: CaseEventDraft, caseId: string, communityId: string, ctx: WriteContext): CaseEventRecord {
  const fields = { ...draft, caseId, ...(draft.payload && Object.keys(draft.payload).length ? {} : { payload: undefined }) }
  if (fields.payload === undefined) delete fields.payload
  return stampCreate<CaseEventRecord>(fields, newId(ctx.now), communityId, writer.stamp(ctx))
}

const SALT_KEY = 'phoneSalt'

/**
 * This install's salt for phone hashes, made once. Local only (never in the outbox), so a synced
 * or exported dataset cannot be matched against a phone list.
 */
export async function phoneSalt(db: DeskDB, ctx?: WriteContext): Promise<string | undefined> {
  const row = await db.setting.get(SALT_KEY)
  if (typeof row?.value === 'string') return row.value
  if (!ctx) return undefined
  const salt = toHex(crypto.getRandomValues(new Uint8Array(32)))
  await db.setting.put({ key: SALT_KEY, value: salt, updatedAt: ctx.now, hlc: formatHlc({ ms: ctx.now, counter: 0, deviceId: ctx.deviceId }) })
  return salt
}
