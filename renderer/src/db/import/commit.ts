/**
 * 确认导入: all-or-nothing (DESIGN §3). One rw transaction re-plans against the data as it is now,
 * creates the missing category paths, takes new work orders in (in bulk, as 新建工单 would) and gives
 * existing ones an `import` event; any failure rolls everything back.
 */
import { allowedActions, type CaseEventDraft, type CaseState } from '@shared/domain/caseMachine'
import type { ImportedCase, ImportRejection } from '@shared/io/import12345'
import { statusMove } from '@shared/io/importStatus'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor, type Repositories } from '../repositories'
import type { WriteContext } from '../repositories/writer'
import { actOnCase, changeCase } from '../cases/caseLog'
import { intakeMany } from './bulkIntake'
import { callbackFields } from './callbackFields'
import { CASE_TABLES, caseEvents } from '../cases/store'
import { planImport, UPDATABLE, type ImportPlan, type ImportPlanRow } from './plan'

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

/** The centre's callback answers: the callback record, and the case's callback event when its state allows one. */
async function landCallback(repos: Repositories, db: DeskDB, caseId: string, c: ImportedCase, ctx: WriteContext): Promise<void> {
  const cb = c.callback
  const existing = await db.callback.where('caseId').equals(caseId).filter(isLive).first()
  const fields = callbackFields(c, existing, ctx.now)
  if (!cb || !fields) return
  const row = await db.case.get(caseId)
  if (row && cb.contacted !== undefined && cb.resolved !== undefined && allowedActions(row.status).includes('callback')) {
    const summary = '12345 平台回访结果'
    await actOnCase(repos.writer, caseId, { type: 'callback', valid: !!cb.satisfaction, contacted: cb.contacted, resolved: cb.resolved, satisfaction: cb.satisfaction, summary }, ctx)
  }
  if (existing) await repos.callback.update(existing.id, fields, ctx)
  else await repos.callback.create(row!.communityId, { caseId, attempts: [], origin: '12345', ...fields }, ctx)
}

/** The case's latest event time: the file's status events are never dated before it. */
async function floorOf(db: DeskDB, caseId: string, c: ImportedCase): Promise<number> {
  return Math.max(c.receivedAt, ...(await caseEvents(db, caseId)).map((e) => e.at))
}

const statusEvents = (state: CaseState, c: ImportedCase, floor: number, ctx: WriteContext): CaseEventDraft[] => {
  const move = statusMove(state, c, { actor: ctx.actor, now: ctx.now, floor })
  return move.kind === 'forward' ? move.events : []
}

/** An `import` event with the corrected fields, then the events the platform's status adds. */
async function updateCase(repos: Repositories, db: DeskDB, row: ImportPlanRow, ctx: WriteContext): Promise<void> {
  const c = row.imported
  const floor = await floorOf(db, row.caseId!, c)
  await changeCase(repos.writer, row.caseId!, (state) => {
    const events = statusEvents(state, c, floor, ctx)
    const changed = row.changes.filter((label) => label !== '回访结果' && (label !== '工单状态' || events.length > 0))
    if (!changed.length) return { events: [] }
    const base: Record<string, unknown> = {}
    for (const [key, label] of UPDATABLE) if (changed.includes(label)) base[key] = row.intake[key]
    const payload = { orderNo: c.orderNo, changed, sourceRow: c.sourceRow, importedAt: ctx.now, ...(events.length ? { status: [state.status, c.status] } : {}) }
    // dated at the first event it brings, so the timeline reads: 导入, then what the platform recorded
    const at = Math.min(ctx.now, ...events.map((e) => e.at))
    return { events: [{ type: 'import', at, actor: ctx.actor, payload }, ...events], base }
  }, ctx)
}

export interface CommitOptions {
  /** after each chunk: work orders written so far, of those the import writes (new + updated) */
  onProgress?: (done: number, total: number) => void
  /** checked between chunks; an abort rolls the whole import back */
  signal?: AbortSignal
  /** new work orders written per bulk write */
  chunk?: number
}

export const IMPORT_CANCELLED = '导入已取消，没有写入任何数据'
// updates go case by case: report them this often
const UPDATES_PER_REPORT = 200

export function commitImport(
  db: DeskDB,
  communityId: string,
  sheet: { cases: ImportedCase[]; rejected: ImportRejection[] },
  ctx: WriteContext,
  { onProgress, signal, chunk }: CommitOptions = {}
): Promise<ImportResult> {
  const repos = repositoriesFor(db)
  return db.transaction('rw', [...IMPORT_TABLES], async () => {
    const plan = await planImport(db, communityId, sheet, ctx.now)
    const total = plan.counts.new + plan.counts.updated
    const report = (done: number) => {
      // thrown inside the transaction, so Dexie aborts it and nothing stays written
      if (signal?.aborted) throw new Error(IMPORT_CANCELLED)
      onProgress?.(done, total)
    }
    report(0)
    const made = await createPaths(repos, db, communityId, plan, ctx)
    const result: ImportResult = { created: [], updated: [], unchanged: 0, rejected: plan.rejected, categoriesCreated: [...made.keys()] }
    const fresh = plan.rows.filter((row) => row.kind === 'new').map((row) => ({
      input: { ...row.intake, categoryId: row.intake.categoryId ?? (row.imported.categoryPath ? made.get(row.imported.categoryPath) : undefined) },
      imported: row.imported
    }))
    result.created = await intakeMany(repos.writer, communityId, fresh, ctx, { chunk, onChunk: report })
    for (const row of plan.rows) {
      if (row.kind === 'updated') {
        if (row.changes.some((label) => label !== '回访结果')) await updateCase(repos, db, row, ctx)
        await landCallback(repos, db, row.caseId!, row.imported, ctx)
        result.updated.push(row.caseId!)
        const done = result.created.length + result.updated.length
        if (result.updated.length % UPDATES_PER_REPORT === 0 || done === total) report(done)
      } else if (row.kind === 'unchanged') result.unchanged++
    }
    return result
  })
}
