/**
 * What an import would do (DESIGN §3): each valid sheet row becomes new, updated or unchanged by
 * its 工单编号; rows the desk's intake rules refuse join the sheet's rejections; category paths the
 * tree lacks are listed so the preview can offer to create them.
 */
import type { CallbackRecord, CaseRecord } from '@shared/domain/case'
import { validateIntake, type ValidIntake } from '@shared/domain/caseIntake'
import { categoryPath } from '@shared/domain/categories'
import { ValidationError } from '@shared/domain/errors'
import type { Category } from '@shared/domain/org'
import { validatePhone } from '@shared/domain/phone'
import type { ImportedCase, ImportRejection } from '@shared/io/import12345'
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
}

export interface ImportPlan {
  rows: ImportPlanRow[]
  rejected: ImportRejection[]
  /** paths the category tree lacks, with the rows naming them; commit creates them */
  unknownCategories: { path: string; rows: number[] }[]
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
    if (!row) {
      rows.push({ kind: 'new', imported: c, intake, changes: [] })
      continue
    }
    const changes = changesOf(intake, c, row)
    if (callbackChanged(c, callbackOf.get(row.id))) changes.push('回访结果')
    rows.push({ kind: changes.length ? 'updated' : 'unchanged', imported: c, intake, caseId: row.id, changes })
  }
  rejected.sort((a, b) => a.row - b.row)
  const count = (kind: ImportRowKind) => rows.filter((r) => r.kind === kind).length
  return {
    rows,
    rejected,
    unknownCategories: [...unknown].map(([path, at]) => ({ path, rows: at })),
    counts: { new: count('new'), updated: count('updated'), unchanged: count('unchanged'), rejected: new Set(rejected.map((r) => r.row)).size }
  }
}
