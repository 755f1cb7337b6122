import type { CaseRecord } from '@shared/domain/case'
import { applyCaseAction, initialCaseState, type CaseEventDraft } from '@shared/domain/caseMachine'
import { intakeBase, validateIntake, type ValidIntake } from '@shared/domain/caseIntake'
import { projectCaseRow } from '@shared/domain/caseRow'
import { categoryPath } from '@shared/domain/categories'
import { formatDateTime } from '@shared/domain/dates'
import { fieldError } from '@shared/domain/errors'
import type { Category } from '@shared/domain/org'
import { matchSlaRule } from '@shared/domain/slaRules'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { WriteContext, Writer } from '../repositories/writer'
import type { CaseIntakeInput } from './contract'
import { CASE_TABLES, addEvents, communityCalendar, eventRecord, newId, phoneSalt, putCase } from './store'

const INTAKE_TABLES = [...CASE_TABLES, 'setting', 'category', 'grid', 'place', 'slaRule'] as const

/** Parents of a category, nearest first. */
export function ancestorsOf(categories: readonly Category[], id: string | undefined): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const out: string[] = []
  for (let c = id ? byId.get(id) : undefined; c?.parentId && out.length < 3; c = byId.get(c.parentId)) out.push(c.parentId)
  return out
}

async function checkOrderNo(db: DeskDB, orderNo: string | undefined): Promise<void> {
  if (!orderNo) return
  const twin = await db.case.where('orderNo').equals(orderNo).first()
  if (twin) throw fieldError('orderNo', `工单编号 ${orderNo} 已登记：「${twin.title}」，${formatDateTime(twin.receivedAt)} 受理`)
}

/** The intake event, and an assignment when the form named a handler or unit. */
function intakeEvents(intake: ValidIntake, level: string, rule: string, ctx: WriteContext): CaseEventDraft[] {
  const payload = { source: intake.source, level, rule, registeredAt: ctx.now, ...(intake.orderNo ? { orderNo: intake.orderNo } : {}) }
  const events: CaseEventDraft[] = [{ type: 'intake', at: intake.receivedAt, actor: ctx.actor, payload }]
  if (intake.handlerId || intake.unitId) {
    const assign = applyCaseAction(initialCaseState({ receivedAt: intake.receivedAt }), { type: 'assign', handlerId: intake.handlerId, unitId: intake.unitId }, ctx)
    if (assign.ok) events.push(assign.event)
  }
  return events
}

/** 新建工单: validate, match the SLA rule, write row + intake event + outbox in one transaction. */
export function intakeCase(writer: Writer, communityId: string, input: CaseIntakeInput, ctx: WriteContext): Promise<CaseRecord> {
  const { db } = writer
  return db.transaction('rw', [...INTAKE_TABLES], async () => {
    const [categories, grids, places, rules] = await Promise.all([
      db.category.where('communityId').equals(communityId).filter(isLive).toArray(),
      db.grid.where('communityId').equals(communityId).filter(isLive).toArray(),
      db.place.where('communityId').equals(communityId).filter(isLive).toArray(),
      db.slaRule.where('communityId').equals(communityId).toArray()
    ])
    const intake = validateIntake(input, {
      now: ctx.now,
      categoryIds: new Set(categories.map((c) => c.id)),
      gridIds: new Set(grids.map((g) => g.id)),
      placeIds: new Map(places.map((p) => [p.id, p.gridId]))
    })
    await checkOrderNo(db, intake.orderNo)
    const categoryAncestors = ancestorsOf(categories, intake.categoryId)
    const sla = matchSlaRule({ ...intake, categoryAncestors }, rules)
    const base = intakeBase(intake, {
      sla,
      phoneSalt: (await phoneSalt(db, ctx)) as string,
      categoryPath: intake.categoryId ? categoryPath(categories, intake.categoryId) : undefined,
      categoryAncestors
    })
    const id = newId(ctx.now)
    const events = intakeEvents(intake, sla.level, sla.name, ctx).map((e) => eventRecord(writer, e, id, communityId, ctx))
    const fields = projectCaseRow(base, events, { calendar: await communityCalendar(db, communityId), now: ctx.now })
    const row = await putCase(writer, undefined, fields, { id, communityId }, ctx)
    await addEvents(writer, events, ctx)
    return row
  })
}
