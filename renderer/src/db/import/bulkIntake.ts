/**
 * New work orders of an import, all at once inside its transaction: the same row, events, outbox
 * changes and rollups as 新建工单 (db/cases/intake) gives one case, but with the lookups read once
 * and every table written in bulk, so 100,000 rows import at close to IndexedDB's own write rate.
 * The platform's status and callback become events through the case machine.
 */
import type { CallbackRecord, CaseEventRecord, CaseRecord } from '@shared/domain/case'
import { applyCaseAction, initialCaseState, type CaseEventDraft } from '@shared/domain/caseMachine'
import { intakeBase, validateIntake } from '@shared/domain/caseIntake'
import { foldCaseEvents } from '@shared/domain/caseProjection'
import { projectCaseRow } from '@shared/domain/caseRow'
import { categoryPath } from '@shared/domain/categories'
import { caseContributions, diffContributions, repeatCallIds, type Contribution } from '@shared/domain/rollups'
import { matchSlaRule } from '@shared/domain/slaRules'
import type { OutboxEntry } from '@shared/domain/system'
import type { ImportedCase } from '@shared/io/import12345'
import { statusMove } from '@shared/io/importStatus'
import { changeOf, stampCreate } from '@shared/sync/stamp'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { WriteContext, Writer } from '../repositories/writer'
import { ancestorsOf } from '../cases/intake'
import { communityCalendar, eventRecord, newId, phoneSalt } from '../cases/store'
import { assessmentSettings } from '../rollups/settings'
import { applyDeltas } from '../rollups/table'
import { callbackFields } from './callbackFields'

export interface NewWorkOrder {
  /** the intake form's fields as the plan validated them */
  input: Record<string, unknown>
  imported: ImportedCase
}

const CALLBACK_SUMMARY = '12345 平台回访结果'

/** The events a new imported case starts with: its intake, the platform's status, its callback. */
function draftsOf(o: NewWorkOrder, intake: { source: string; receivedAt: number; orderNo?: string }, level: string, rule: string, ctx: WriteContext): CaseEventDraft[] {
  const payload = { source: intake.source, level, rule, registeredAt: ctx.now, ...(intake.orderNo ? { orderNo: intake.orderNo } : {}) }
  const drafts: CaseEventDraft[] = [{ type: 'intake', at: intake.receivedAt, actor: ctx.actor, payload }]
  const move = statusMove(initialCaseState({ receivedAt: intake.receivedAt }), o.imported, { actor: ctx.actor, now: ctx.now, floor: intake.receivedAt })
  if (move.kind === 'forward') drafts.push(...move.events)
  const cb = o.imported.callback
  if (cb?.contacted !== undefined && cb.resolved !== undefined) {
    const state = foldCaseEvents(initialCaseState({ receivedAt: intake.receivedAt }), drafts.map((d, i) => ({ ...d, id: String(i).padStart(4, '0') }))).state
    const action = { type: 'callback' as const, valid: !!cb.satisfaction, contacted: cb.contacted, resolved: cb.resolved, satisfaction: cb.satisfaction, summary: CALLBACK_SUMMARY }
    const result = applyCaseAction(state, action, { now: Math.max(ctx.now, ...drafts.map((d) => d.at)), actor: ctx.actor })
    if (result.ok) drafts.push(result.event)
  }
  return drafts
}

/** Rollup deltas of adding `rows`, with the 重复来电 flags they turn on for earlier cases of the same callers. */
async function rollupDeltasOfNew(db: DeskDB, rows: readonly CaseRecord[], settings: Awaited<ReturnType<typeof assessmentSettings>>): Promise<Contribution[]> {
  const hashes = [...new Set(rows.map((r) => r.callerPhoneHash).filter((h): h is string => !!h))]
  const fresh = new Set(rows.map((r) => r.id))
  const others = hashes.length ? (await db.case.where('callerPhoneHash').anyOf(hashes).toArray()).filter((c) => !fresh.has(c.id)) : []
  const before = repeatCallIds(others)
  const after = repeatCallIds([...others, ...rows])
  const was: Contribution[] = []
  const is: Contribution[] = []
  for (const other of others) {
    if (before.has(other.id) === after.has(other.id)) continue
    was.push(...caseContributions(other, settings, { repeatCall: before.has(other.id) }))
    is.push(...caseContributions(other, settings, { repeatCall: after.has(other.id) }))
  }
  for (const row of rows) is.push(...caseContributions(row, settings, { repeatCall: after.has(row.id) }))
  return diffContributions(was, is)
}

export interface IntakeManyOptions {
  /** work orders written per bulk write */
  chunk?: number
  /** after each chunk, with the number written so far; a throw here rolls the whole import back */
  onChunk?: (done: number) => void
}

/** Writes the new work orders, a chunk at a time; returns their ids in the order given. */
export async function intakeMany(writer: Writer, communityId: string, orders: readonly NewWorkOrder[], ctx: WriteContext, { chunk = 2000, onChunk }: IntakeManyOptions = {}): Promise<string[]> {
  const { db } = writer
  if (orders.length === 0) return []
  const [categories, grids, places, rules] = await Promise.all([
    db.category.where('communityId').equals(communityId).filter(isLive).toArray(),
    db.grid.where('communityId').equals(communityId).filter(isLive).toArray(),
    db.place.where('communityId').equals(communityId).filter(isLive).toArray(),
    db.slaRule.where('communityId').equals(communityId).toArray()
  ])
  const known = { now: ctx.now, categoryIds: new Set(categories.map((c) => c.id)), gridIds: new Set(grids.map((g) => g.id)), placeIds: new Map(places.map((p) => [p.id, p.gridId])) }
  const calendar = await communityCalendar(db, communityId)
  const salt = (await phoneSalt(db, ctx)) as string
  const settings = await assessmentSettings(db)
  const all: CaseRecord[] = []

  for (let from = 0; from < orders.length; from += chunk) {
    const rows: CaseRecord[] = []
    const events: CaseEventRecord[] = []
    const callbacks: CallbackRecord[] = []
    const outbox: Omit<OutboxEntry, 'seq'>[] = []
    const record = (table: string, row: { id: string; hlc: string; updatedAt: number }) =>
      outbox.push({ table, recordId: row.id, op: 'put', hlc: row.hlc, at: ctx.now, change: changeOf(row as CaseRecord) })
    for (const order of orders.slice(from, from + chunk)) {
      const intake = validateIntake(order.input, known)
      const categoryAncestors = ancestorsOf(categories, intake.categoryId)
      const sla = matchSlaRule({ ...intake, categoryAncestors }, rules)
      const base = intakeBase(intake, {
        sla,
        phoneSalt: salt,
        categoryPath: intake.categoryId ? categoryPath(categories, intake.categoryId) : undefined,
        categoryAncestors
      })
      const id = newId(ctx.now)
      const mine = draftsOf(order, intake, sla.level, sla.name, ctx).map((d) => eventRecord(writer, d, id, communityId, ctx))
      const row = stampCreate<CaseRecord>(projectCaseRow(base, mine, { calendar, now: ctx.now }), id, communityId, writer.stamp(ctx))
      rows.push(row)
      record('case', row)
      for (const e of mine) record('caseEvent', e)
      events.push(...mine)
      const fields = callbackFields(order.imported, undefined, ctx.now)
      if (fields) {
        const callback = stampCreate<CallbackRecord>({ caseId: id, attempts: [], origin: '12345', ...fields }, newId(ctx.now), communityId, writer.stamp(ctx))
        callbacks.push(callback)
        record('callback', callback)
      }
    }
    await db.case.bulkAdd(rows)
    await db.caseEvent.bulkAdd(events)
    if (callbacks.length) await db.callback.bulkAdd(callbacks)
    await db.outbox.bulkAdd(outbox as OutboxEntry[])
    all.push(...rows)
    onChunk?.(all.length)
  }
  await applyDeltas(db, communityId, await rollupDeltasOfNew(db, all, settings), ctx.now)
  return all.map((r) => r.id)
}
