/**
 * 确认导入: all-or-nothing (DESIGN §3). One rw transaction re-plans against the data as it is now,
 * creates the missing category paths, takes new work orders in through the intake path and gives
 * existing ones an `import` event; any failure rolls everything back.
 */
import type { CallbackRecord } from '@shared/domain/case'
import { allowedActions } from '@shared/domain/caseMachine'
import type { ImportedCase, ImportRejection } from '@shared/io/import12345'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor, type Repositories } from '../repositories'
import type { WriteContext } from '../repositories/writer'
import { actOnCase, changeCase } from '../cases/caseLog'
import { intakeCase } from '../cases/intake'
import { CASE_TABLES } from '../cases/store'
import { callbackChanged, planImport, UPDATABLE, type ImportPlan, type ImportPlanRow } from './plan'

export const IMPORT_TABLES = [...CASE_TABLES, 'setting', 'category', 'grid', 'place', 'slaRule', 'callback'] as const

export interface ImportResult {
  created: string[]
  updated: string[]
  unchanged: number
  rejected: ImportRejection[]
  categoriesCreated: string[]
}

async function createPaths(repos: Repositories, db: DeskDB, communityId: string, plan: ImportPlan, ctx: WriteContext): Promise<Map<string, string>> {
  const made = new Map<string, string>()
  for (const { path } of plan.unknownCategories) {
    let parentId: string | undefined
    const parts = path.split('/').slice(0, 3)
    for (let i = 0; i < parts.length; i++) {
      const siblings = await db.category.where('communityId').equals(communityId).filter((c) => isLive(c) && c.parentId === parentId).toArray()
      const found = siblings.find((c) => c.name === parts[i])
      parentId = found
        ? found.id
        : (await repos.category.create(communityId, { name: parts[i], parentId, level: (i + 1) as 1 | 2 | 3, order: siblings.length + 1 }, ctx)).id
    }
    if (parentId) made.set(path, parentId)
  }
  return made
}

async function landCallback(repos: Repositories, db: DeskDB, caseId: string, c: ImportedCase, ctx: WriteContext): Promise<void> {
  const cb = c.callback
  const existing = await db.callback.where('caseId').equals(caseId).filter(isLive).first()
  if (!cb || !callbackChanged(c, existing)) return
  const fields: Partial<CallbackRecord> = { completedAt: ctx.now }
  if (cb.contacted !== undefined) fields.contacted = cb.contacted
  if (cb.resolved !== undefined) fields.resolved = cb.resolved
  if (cb.satisfaction) {
    fields.valid = true
    fields.finalSatisfaction = cb.satisfaction
    if (!existing?.firstSatisfaction) fields.firstSatisfaction = cb.satisfaction
  }
  const row = await db.case.get(caseId)
  if (row && cb.contacted !== undefined && cb.resolved !== undefined && allowedActions(row.status).includes('callback')) {
    const summary = '12345 平台回访结果'
    await actOnCase(repos.writer, caseId, { type: 'callback', valid: !!cb.satisfaction, contacted: cb.contacted, resolved: cb.resolved, satisfaction: cb.satisfaction, summary }, ctx)
  }
  if (existing) await repos.callback.update(existing.id, fields, ctx)
  else await repos.callback.create(row!.communityId, { caseId, attempts: [], origin: '12345', ...fields }, ctx)
}

async function updateCase(repos: Repositories, row: ImportPlanRow, ctx: WriteContext): Promise<void> {
  const base: Record<string, unknown> = {}
  for (const [key, label] of UPDATABLE) if (row.changes.includes(label)) base[key] = row.intake[key]
  const payload = { orderNo: row.imported.orderNo, changed: row.changes, sourceRow: row.imported.sourceRow }
  await changeCase(repos.writer, row.caseId!, () => ({ events: [{ type: 'import', at: ctx.now, actor: ctx.actor, payload }], base }), ctx)
}

export function commitImport(
  db: DeskDB,
  communityId: string,
  sheet: { cases: ImportedCase[]; rejected: ImportRejection[] },
  ctx: WriteContext
): Promise<ImportResult> {
  const repos = repositoriesFor(db)
  return db.transaction('rw', [...IMPORT_TABLES], async () => {
    const plan = await planImport(db, communityId, sheet, ctx.now)
    const made = await createPaths(repos, db, communityId, plan, ctx)
    const result: ImportResult = { created: [], updated: [], unchanged: 0, rejected: plan.rejected, categoriesCreated: [...made.keys()] }
    for (const row of plan.rows) {
      const categoryId = row.intake.categoryId ?? (row.imported.categoryPath ? made.get(row.imported.categoryPath) : undefined)
      if (row.kind === 'new') {
        const created = await intakeCase(repos.writer, communityId, { ...row.intake, categoryId }, ctx)
        await landCallback(repos, db, created.id, row.imported, ctx)
        result.created.push(created.id)
      } else if (row.kind === 'updated') {
        if (row.changes.some((c) => c !== '回访结果')) await updateCase(repos, row, ctx)
        await landCallback(repos, db, row.caseId!, row.imported, ctx)
        result.updated.push(row.caseId!)
      } else result.unchanged++
    }
    return result
  })
}
