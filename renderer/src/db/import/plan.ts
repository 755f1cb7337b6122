/**
 * What an import would do (DESIGN §3): each valid sheet row becomes new, updated or unchanged by
 * its 工单编号; rows the desk's intake rules refuse join the sheet's rejections; category paths the
 * tree lacks are listed so the preview can offer to create them.
 */
import type { CallbackRecord, CaseRecord } from '@shared/domain/case'
import { initialCaseState, type CaseState } from '@shared/domain/caseMachine'
import { validateIntake, type ValidIntake } from '@shared/domain/caseIntake'
import { categoryPath } from '@shared/domain/categories'
import { ValidationError } from '@shared/domain/errors'
import type { Category } from '@shared/domain/org'
import { validatePhone } from '@shared/domain/phone'
import type { ImportedCase, ImportRejection } from '@shared/io/import12345'
import { describeStatusMove, statusMove, type StatusMove } from '@shared/io/importStatus'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'

export type ImportRowKind = 'new' | 'updated' | 'unchanged'

export interface ImportPlanRow {
  kind: ImportRowKind
  imported: ImportedCase
  intake: ValidIntake
  caseId?: string
  /** labels of what the import changes on an existing case */
  changes: string[]
  /** what the file's 工单状态 does to the case, as far as the preview can tell */
  status: StatusMove['kind']
  /** a line for the preview when the status moves, stays (本地较新) or cannot follow the file (冲突) */
  note?: string
}

export interface ImportPlan {
  rows: ImportPlanRow[]
  rejected: ImportRejection[]
  /** paths the category tree lacks, with the rows naming them; commit creates them */
  unknownCategories: { path: string; rows: number[] }[]
  /** rows whose status the import moves on, keeps (the local case is further along) or cannot follow */
  statusNotes: { row: number; orderNo: string; kind: StatusMove['kind']; note: string }[]
  counts: Record<ImportRowKind | 'rejected', number>
}

const TITLE_FROM_CONTENT = 30
// intake field → the 12345 column it came from, for rejections
const COLUMN_OF: Record<string, string> = {
  orderNo: '工单编号', title: '标题', content: '主要内容', callerName: '来电人', address: '小区点位', receivedAt: '来电时间', type: '工单类型'
}
/** Base fields an import may correct on an existing case, with their labels. */
export const UPDATABLE = [['title', '标题'], ['content', '主要内容'], ['callerName', '来电人'], ['address', '地址']] as const

function intakeInput(c: ImportedCase, categoryId: string | undefined): Record<string, unknown> {
  const phone = c.callerPhone ? validatePhone(c.callerPhone) : undefined
  const address = [c.address].filter(Boolean).join('') || undefined
  return {
    source: '12345派单',
    orderNo: c.orderNo,
    type: c.type ?? '咨询',
    categoryId,
    title: c.title || c.content.replace(/\s+/g, ' ').slice(0, TITLE_FROM_CONTENT),
    content: c.content,
    callerName: c.callerName,
    callerPhone: phone?.ok ? phone.normalized : undefined,
    confidential: false,
    address,
    receivedAt: c.receivedAt
  }
}

/** The part of the case machine's state a status move looks at, from a case row. */
export function stateOfRow(row: CaseRecord): CaseState {
  return { ...initialCaseState({ receivedAt: row.receivedAt }), status: row.status, flags: row.flags, contactedAt: row.contactedAt, reopenable: !!row.reopenable }
}

export function callbackChanged(c: ImportedCase, record: CallbackRecord | undefined): boolean {
  const cb = c.callback
  if (!cb || (cb.contacted === undefined && cb.resolved === undefined && !cb.satisfaction)) return false
  if (!record) return true
  return (cb.contacted !== undefined && cb.contacted !== record.contacted) ||
    (cb.resolved !== undefined && cb.resolved !== record.resolved) ||
    (cb.satisfaction !== undefined && cb.satisfaction !== record.finalSatisfaction)
}

function changesOf(intake: ValidIntake, c: ImportedCase, row: CaseRecord): string[] {
  // a title made from the content is not the platform's word on the title
  const given = UPDATABLE.filter(([key]) => key !== 'title' || c.title)
  return given.filter(([key]) => intake[key] !== undefined && intake[key] !== row[key]).map(([, label]) => label)
}

export async function planImport(
  db: DeskDB,
  communityId: string,
  sheet: { cases: ImportedCase[]; rejected: ImportRejection[] },
  now: number
): Promise<ImportPlan> {
  const categories: Category[] = await db.category.where('communityId').equals(communityId).filter(isLive).toArray()
  const byPath = new Map(categories.map((c) => [categoryPath(categories, c.id), c.id]))
  const orderNos = sheet.cases.map((c) => c.orderNo)
  const existing = await db.case.where('orderNo').anyOf(orderNos).filter((c) => isLive(c) && c.communityId === communityId).toArray()
  const caseOf = new Map(existing.map((c) => [c.orderNo, c]))
  const callbacks = await db.callback.where('caseId').anyOf(existing.map((c) => c.id)).filter(isLive).toArray()
  const callbackOf = new Map(callbacks.map((r) => [r.caseId, r]))
  const ids = { categoryIds: new Set(categories.map((c) => c.id)), gridIds: new Set<string>(), placeIds: new Map<string, string>() }

  const rows: ImportPlanRow[] = []
  const rejected = [...sheet.rejected]
  const unknown = new Map<string, number[]>()
  const statusNotes: ImportPlan['statusNotes'] = []
  for (const c of sheet.cases) {
    const categoryId = c.categoryPath ? byPath.get(c.categoryPath) : undefined
    let intake: ValidIntake
    try {
      intake = validateIntake(intakeInput(c, categoryId), { now, ...ids })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      rejected.push(...error.issues.map((i) => ({ row: c.sourceRow, column: COLUMN_OF[i.field] ?? i.field, reason: i.message })))
      continue
    }
    if (c.categoryPath && !categoryId) unknown.set(c.categoryPath, [...(unknown.get(c.categoryPath) ?? []), c.sourceRow])
    const row = caseOf.get(c.orderNo)
    const move = statusMove(row ? stateOfRow(row) : initialCaseState({ receivedAt: c.receivedAt }), c, { actor: '', now, floor: c.receivedAt })
    const note = describeStatusMove(move)
    if (note && (row || move.kind !== 'forward')) statusNotes.push({ row: c.sourceRow, orderNo: c.orderNo, kind: move.kind, note })
    if (!row) {
      rows.push({ kind: 'new', imported: c, intake, changes: [], status: move.kind, note })
      continue
    }
    const changes = changesOf(intake, c, row)
    if (move.kind === 'forward') changes.push('工单状态')
    if (callbackChanged(c, callbackOf.get(row.id))) changes.push('回访结果')
    rows.push({ kind: changes.length ? 'updated' : 'unchanged', imported: c, intake, caseId: row.id, changes, status: move.kind, note })
  }
  rejected.sort((a, b) => a.row - b.row)
  const count = (kind: ImportRowKind) => rows.filter((r) => r.kind === kind).length
  return {
    rows,
    rejected,
    unknownCategories: [...unknown].map(([path, at]) => ({ path, rows: at })),
    statusNotes,
    counts: { new: count('new'), updated: count('updated'), unchanged: count('unchanged'), rejected: new Set(rejected.map((r) => r.row)).size }
  }
}
