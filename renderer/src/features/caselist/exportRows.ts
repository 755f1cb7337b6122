import type { CaseRecord } from '@shared/domain/case'
import { formatDateTime } from '@shared/domain/dates'
import { maskName, maskPhone } from '@shared/domain/mask'

/** Columns of the 导出所选 file, in order; their headers come from the caseList messages. */
export const EXPORT_COLUMNS = [
  'orderNo', 'source', 'type', 'category', 'title', 'content', 'callerName', 'callerPhone', 'confidential', 'address',
  'grid', 'place', 'level', 'status', 'receivedAt', 'finishDeadline', 'closedAt', 'handler', 'unit', 'flags'
] as const
export type ExportColumn = (typeof EXPORT_COLUMNS)[number]

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

/**
 * The rows of a case export: personal data masked (138****5678, 张*) as DESIGN §5 asks of every
 * export without an audited unmask, and a 保密件 caller not shown at all.
 */
export function caseExportRows(cases: readonly CaseRecord[], lookups: ExportLookups, text: ExportText): unknown[][] {
  const cell = (c: CaseRecord, column: ExportColumn): unknown => {
    switch (column) {
      case 'orderNo': return c.orderNo ?? ''
      case 'source': return c.source
      case 'type': return c.type
      case 'category': return c.categoryPath ?? lookups.category(c.categoryId)
      case 'title': return c.title
      case 'content': return c.content
      case 'callerName': return c.confidential ? text.confidential : maskName(c.callerName)
      case 'callerPhone': return c.confidential ? text.confidential : maskPhone(c.callerPhone)
      case 'confidential': return c.confidential ? text.yes : text.no
      case 'address': return c.address ?? ''
      case 'grid': return lookups.grid(c.gridId)
      case 'place': return lookups.place(c.placeId)
      case 'level': return c.level
      case 'status': return c.status
      case 'receivedAt': return formatDateTime(c.receivedAt)
      case 'finishDeadline': return c.finishDeadline === undefined ? '' : formatDateTime(c.finishDeadline)
      case 'closedAt': return c.closedAt === undefined ? '' : formatDateTime(c.closedAt)
      case 'handler': return lookups.handler(c.handlerId)
      case 'unit': return lookups.unit(c.unitId)
      case 'flags': return c.flags.join('、')
    }
  }
  return [EXPORT_COLUMNS.map((k) => text.header[k]), ...cases.map((c) => EXPORT_COLUMNS.map((k) => cell(c, k)))]
}
