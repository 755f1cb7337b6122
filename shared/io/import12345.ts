/**
 * Maps a 12345 work-order sheet (xlsx or csv rows) to cases (DESIGN §3). Pure and total: any input
 * gives cases plus rejections naming row, column and reason; it never throws. Row numbers are
 * Excel's (header = row 1). Text is kept as written: a cell starting with '=', '+', '-' or '@'
 * stays text, because an import never evaluates formulas.
 */
import type { CaseStatus, CaseType, Satisfaction } from '../domain/case'
import { importMessages as msg } from './importMessages'
import { cellText, readCell, UNREADABLE } from './sheetCells'
import { FIELD_LABELS, matchColumns, REQUIRED_FIELDS, type WorkOrderField } from './workOrderColumns'
import { parseWorkOrderRow, type RowContext } from './workOrderRow'

export { WORK_ORDER_COLUMNS, normalizeHeader, type WorkOrderField } from './workOrderColumns'

export interface ImportedCallback {
  contacted?: boolean
  resolved?: boolean
  satisfaction?: Satisfaction
}

/** One work order as read from the sheet; field names follow CaseRecord where one exists. */
export interface ImportedCase {
  /** Excel row number, for the preview and for messages */
  sourceRow: number
  orderNo: string
  receivedAt: number
  content: string
  type?: CaseType
  categoryPath?: string
  title?: string
  /** 工单状态 as the platform wrote it */
  statusText?: string
  /** the desk's state for statusText, when there is an obvious one */
  status?: CaseStatus
  callerName?: string
  /** normalised when it is a valid number, otherwise as written (the platform may mask it) */
  callerPhone?: string
  district?: string
  township?: string
  community?: string
  address?: string
  result?: string
  reply?: string
  unitName?: string
  /** 签收时间, 首次联系时间 and 反馈时间, when the export has them */
  signedAt?: number
  contactedAt?: number
  repliedAt?: number
  closedAt?: number
  /** present when any of 是否联系 / 是否解决 / 是否满意 is a column of the sheet */
  callback?: ImportedCallback
}

export interface ImportRejection {
  row: number
  column?: string
  reason: string
}

export interface WorkOrderSheetOptions {
  /** header → field (or '' to ignore the column), from the mapping screen; wins over recognition */
  mapping?: Record<string, string>
  /** received times later than this are refused */
  now?: number
  /** longest accepted cell, in characters (default 5000) */
  maxCellLength?: number
}

export interface WorkOrderSheet {
  cases: ImportedCase[]
  rejected: ImportRejection[]
  mapping: Record<string, string>
}

export const DEFAULT_MAX_CELL_LENGTH = 5000
// A title row ("12345工单明细") often sits above the header; look this far down for the header.
const HEADER_SEARCH_ROWS = 10

const headerTexts = (row: unknown[]): string[] =>
  row.map((cell) => {
    const value = readCell(cell)
    return value === UNREADABLE ? '' : cellText(value)
  })

function findHeader(rows: unknown[], overrides: Record<string, string>) {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const row = rows[i]
    if (!Array.isArray(row)) continue
    const headers = headerTexts(row)
    const match = matchColumns(headers, overrides)
    if (REQUIRED_FIELDS.every((f) => match.columns.has(f))) return { index: i, headers, match }
  }
  const headers = Array.isArray(rows[0]) ? headerTexts(rows[0]) : []
  return { index: 0, headers, match: matchColumns(headers, overrides) }
}

function readOptions(options: unknown): Required<Pick<WorkOrderSheetOptions, 'maxCellLength'>> &
  Pick<WorkOrderSheetOptions, 'now' | 'mapping'> {
  const o = typeof options === 'object' && options !== null ? (options as WorkOrderSheetOptions) : {}
  const max = o.maxCellLength
  return {
    maxCellLength: typeof max === 'number' && max >= 1 ? max : DEFAULT_MAX_CELL_LENGTH,
    now: typeof o.now === 'number' && Number.isFinite(o.now) ? o.now : undefined,
    mapping: typeof o.mapping === 'object' && o.mapping !== null ? o.mapping : undefined
  }
}

export function mapWorkOrderSheet(rows: unknown[][], options?: WorkOrderSheetOptions): WorkOrderSheet {
  if (!Array.isArray(rows) || rows.length === 0) {
    return { cases: [], rejected: [{ row: 1, reason: msg.emptySheet }], mapping: {} }
  }
  try {
    return mapRows(rows, options)
  } catch {
    // Only reachable through exotic cells (throwing getters, proxies) in the header or options.
    return { cases: [], rejected: [{ row: 1, reason: msg.sheetUnreadable }], mapping: {} }
  }
}

function mapRows(rows: unknown[], options: unknown): WorkOrderSheet {
  const { maxCellLength, now, mapping: overrides = {} } = readOptions(options)
  const { index: headerIndex, headers, match } = findHeader(rows, overrides)
  const missing = REQUIRED_FIELDS.filter((f) => !match.columns.has(f))
  if (missing.length > 0) {
    const rejected = missing.map((field) => {
      const label = FIELD_LABELS.get(field) ?? field
      return { row: 1, column: label, reason: msg.missingColumn(label) }
    })
    return { cases: [], rejected, mapping: match.mapping }
  }

  const columns: [WorkOrderField, number][] = [...match.columns]
  const ctx: RowContext = { columns, headers, maxCellLength, now, firstRowOf: new Map() }
  const cases: ImportedCase[] = []
  const rejected: ImportRejection[] = []
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = i + 1
    try {
      const result = parseWorkOrderRow(rows[i], row, ctx)
      if (result === 'empty') continue
      if ('problems' in result) rejected.push(...result.problems.map((p) => ({ row, ...p })))
      else cases.push(result.case)
    } catch {
      // Belt and braces: a cell whose getters throw must cost one row, not the import.
      rejected.push({ row, reason: msg.rowUnreadable })
    }
  }
  return { cases, rejected, mapping: match.mapping }
}
