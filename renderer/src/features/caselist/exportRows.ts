import type { CaseRecord } from '@shared/domain/case'
import { formatDateTime } from '@shared/domain/dates'
import { maskName, maskPhone } from '@shared/domain/mask'

/**
 * Columns of a case export, in order; their headers come from the caseList messages and are the
 * 12345 platform's own where one exists, so an exported file imports back as it is.
 */
export const EXPORT_COLUMNS = [
  'orderNo', 'source', 'type', 'category', 'title', 'content', 'callerName', 'callerPhone', 'confidential', 'address',
  'grid', 'place', 'level', 'status', 'receivedAt', 'signedAt', 'contactedAt', 'repliedAt', 'finishDeadline', 'closedAt',
  'handler', 'unit', 'flags', 'reply', 'result', 'contacted', 'resolved', 'satisfaction'
] as const
export type ExportColumn = (typeof EXPORT_COLUMNS)[number]

const DATE_COLUMNS: ReadonlySet<ExportColumn> = new Set(['receivedAt', 'signedAt', 'contactedAt', 'repliedAt', 'finishDeadline', 'closedAt'])
const WIDE: Partial<Record<ExportColumn, number>> = { orderNo: 18, category: 28, title: 28, content: 60, address: 24, reply: 40, result: 24, callerPhone: 14 }

/** How a column is written to xlsx: its kind and width (characters). */
export const columnKind = (column: ExportColumn): 'date' | 'text' => (DATE_COLUMNS.has(column) ? 'date' : 'text')
export const columnWidth = (column: ExportColumn): number => WIDE[column] ?? (DATE_COLUMNS.has(column) ? 17 : 11)

export interface ExportLookups {
  category(id?: string): string
  grid(id?: string): string
  place(id?: string): string
  handler(id?: string): string
  unit(id?: string): string
}

export interface ExportText {
  header: Record<ExportColumn, string>
  /** what a 保密件 shows instead of its caller */
  confidential: string
  yes: string
  no: string
}

export interface ExportOptions {
  /** callers in full: only after usePersonalData asked why, checked the permission and audited it */
  unmasked?: boolean
}

/**
 * One case as export cells, dates as epoch ms. Personal data masked (138****5678, 张*) as DESIGN §5
 * asks of every export without an audited unmask; a 保密件 caller is never shown, not even then.
 */
export function caseExportCells(c: CaseRecord, lookups: ExportLookups, text: ExportText, { unmasked = false }: ExportOptions = {}): unknown[] {
  const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? text.yes : text.no)
  const cell = (column: ExportColumn): unknown => {
    switch (column) {
      case 'orderNo': return c.orderNo ?? ''
      case 'source': return c.source
      case 'type': return c.type
      case 'category': return c.categoryPath ?? lookups.category(c.categoryId)
      case 'title': return c.title
      case 'content': return c.content
      case 'callerName': return c.confidential ? text.confidential : unmasked ? (c.callerName ?? '') : maskName(c.callerName)
      case 'callerPhone': return c.confidential ? text.confidential : unmasked ? (c.callerPhone ?? '') : maskPhone(c.callerPhone)
      case 'confidential': return c.confidential ? text.yes : text.no
      case 'address': return c.address ?? ''
      case 'grid': return lookups.grid(c.gridId)
      case 'place': return lookups.place(c.placeId)
      case 'level': return c.level
      case 'status': return c.status
      case 'handler': return lookups.handler(c.handlerId)
      case 'unit': return lookups.unit(c.unitId)
      case 'flags': return c.flags.join('、')
      case 'reply': return c.reply ?? ''
      case 'result': return c.result ?? ''
      case 'contacted': return yesNo(c.callback?.contacted)
      case 'resolved': return yesNo(c.callback?.resolved)
      case 'satisfaction': return c.callback?.satisfaction ?? ''
      default: return c[column]
    }
  }
  return EXPORT_COLUMNS.map(cell)
}

export const exportHeader = (text: ExportText): string[] => EXPORT_COLUMNS.map((k) => text.header[k])

/** Cells for a csv: dates as 2026-11-25 14:30 text. */
export function csvCells(cells: readonly unknown[]): unknown[] {
  return cells.map((v, i) => (DATE_COLUMNS.has(EXPORT_COLUMNS[i]) ? (typeof v === 'number' ? formatDateTime(v) : '') : v))
}

/** Header and rows of a csv export. */
export function caseExportRows(cases: readonly CaseRecord[], lookups: ExportLookups, text: ExportText, options: ExportOptions = {}): unknown[][] {
  return [exportHeader(text), ...cases.map((c) => csvCells(caseExportCells(c, lookups, text, options)))]
}
