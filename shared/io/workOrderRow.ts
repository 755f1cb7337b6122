/**
 * One data row of a 12345 sheet → an ImportedCase, or the problems that keep it out.
 * Every problem names its column; the wording lives in importMessages.
 */
import { validatePhone } from '../domain/phone'
import type { ImportedCase } from './import12345'
import { importMessages as msg } from './importMessages'
import {
  cellText,
  isPlaceholder,
  normalizeCategoryPath,
  parseCaseStatus,
  parseCaseType,
  parseSatisfaction,
  parseYesNo,
  readCell,
  UNREADABLE,
  type CellScalar
} from './sheetCells'
import { parseSheetDate } from './sheetDates'
import { FIELD_LABELS, type WorkOrderField } from './workOrderColumns'

export interface RowContext {
  /** field → column index, for the mapped columns only */
  columns: [WorkOrderField, number][]
  headers: string[]
  maxCellLength: number
  now?: number
  /** 工单编号 → the row it first appeared on */
  firstRowOf: Map<string, number>
}

export interface RowProblem {
  column?: string
  reason: string
}

export type RowResult = 'empty' | { case: ImportedCase } | { problems: RowProblem[] }

interface Cell {
  value: CellScalar
  text: string
  column: string
}

type Draft = Partial<ImportedCase> & { sourceRow: number }

/** Free-text fields where '无' or '-' is what the clerk wrote, not a placeholder. */
const FREE_TEXT: ReadonlySet<WorkOrderField> = new Set(['orderNo', 'content', 'title', 'result', 'reply'])
const PLAIN_TEXT = [
  'title', 'callerName', 'district', 'township', 'community', 'address', 'result', 'reply', 'unitName'
] as const
/** times after receipt: none may be earlier than 来电时间 or later than now */
const LATER_TIMES = ['signedAt', 'contactedAt', 'repliedAt', 'closedAt'] as const
const CALLBACK_FIELDS: ReadonlySet<WorkOrderField> = new Set(['contacted', 'resolved', 'satisfaction'])

export function parseWorkOrderRow(raw: unknown, row: number, ctx: RowContext): RowResult {
  if (raw === null || raw === undefined) return 'empty'
  if (!Array.isArray(raw)) return { problems: [{ reason: msg.notARow }] }
  const problems: RowProblem[] = []
  const cells = new Map<WorkOrderField, Cell>()
  const columnOf = (field: WorkOrderField): string => {
    const index = ctx.columns.find(([f]) => f === field)?.[1] ?? -1
    return ctx.headers[index] || (FIELD_LABELS.get(field) ?? field)
  }
  // fields already refused for their cell, so they are not reported a second time as empty
  const refused = new Set<WorkOrderField>()
  for (const [field, index] of ctx.columns) {
    const column = columnOf(field)
    const value = readCell(raw[index])
    const text = value === UNREADABLE ? '' : cellText(value)
    if (value === UNREADABLE || text.length > ctx.maxCellLength) {
      const reason = value === UNREADABLE ? msg.cellUnreadable : msg.tooLong(text.length, ctx.maxCellLength)
      problems.push({ column, reason })
      refused.add(field)
    } else if (text !== '' && (FREE_TEXT.has(field) || !isPlaceholder(text))) {
      cells.set(field, { value, text, column })
    }
  }
  if (cells.size === 0 && problems.length === 0) return 'empty'

  const problem = (column: string, reason: string): void => void problems.push({ column, reason })
  const missing = (field: WorkOrderField, reason: string): void => {
    if (!refused.has(field)) problem(columnOf(field), reason)
  }
  const out: Draft = { sourceRow: row }
  readOrderNo(cells.get('orderNo'), row, ctx, out, problem, missing)
  readTimes(cells, ctx, out, problem, missing)
  const content = cells.get('content')
  if (content) out.content = content.text
  else missing('content', msg.emptyContent)
  readDescriptive(cells, out, problem)
  if (ctx.columns.some(([f]) => CALLBACK_FIELDS.has(f))) out.callback = readCallback(cells, problem)
  if (problems.length > 0) return { problems }
  // No problems means orderNo, receivedAt and content were all read.
  return { case: withoutUndefined(out) as ImportedCase }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

type Report = (column: string, reason: string) => void
type Missing = (field: WorkOrderField, reason: string) => void

function readOrderNo(
  cell: Cell | undefined,
  row: number,
  ctx: RowContext,
  out: Draft,
  problem: Report,
  missing: Missing
): void {
  if (!cell || isPlaceholder(cell.text)) return missing('orderNo', msg.emptyOrderNo)
  const { value, text, column } = cell
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return problem(column, msg.orderNoPrecisionLost(text))
  }
  if (/^\d+(?:\.\d+)?e\+\d+$/i.test(text)) return problem(column, msg.orderNoScientific(text))
  // The first row with a number claims it, even if that row is refused for another reason.
  const first = ctx.firstRowOf.get(text)
  if (first === undefined) ctx.firstRowOf.set(text, row)
  else problem(column, msg.duplicateOrderNo(text, first))
  out.orderNo = text
}

function readTimes(
  cells: Map<WorkOrderField, Cell>,
  ctx: RowContext,
  out: Draft,
  problem: Report,
  missing: Missing
): void {
  const received = cells.get('receivedAt')
  if (!received) missing('receivedAt', msg.emptyReceivedAt)
  else {
    const at = parseSheetDate(received.value)
    if (at === null) problem(received.column, msg.badDate(received.text))
    else if (ctx.now !== undefined && at > ctx.now) problem(received.column, msg.receivedInFuture(at))
    else out.receivedAt = at
  }
  for (const field of LATER_TIMES) {
    const cell = cells.get(field)
    if (!cell) continue
    const at = parseSheetDate(cell.value)
    if (at === null) problem(cell.column, msg.badDate(cell.text))
    else if (out.receivedAt !== undefined && at < out.receivedAt) problem(cell.column, msg.beforeReceived(cell.column, at, out.receivedAt))
    else if (ctx.now !== undefined && at > ctx.now) problem(cell.column, msg.laterThanNow(cell.column, at))
    else out[field] = at
  }
}

function readDescriptive(cells: Map<WorkOrderField, Cell>, out: Draft, problem: Report): void {
  for (const field of PLAIN_TEXT) {
    const cell = cells.get(field)
    if (cell) out[field] = cell.text
  }
  const type = cells.get('type')
  if (type) {
    out.type = parseCaseType(type.value)
    if (!out.type) problem(type.column, msg.badType(type.text))
  }
  const category = cells.get('categoryPath')
  if (category) out.categoryPath = normalizeCategoryPath(category.text) || undefined
  const status = cells.get('statusText')
  if (status) {
    out.statusText = status.text
    out.status = parseCaseStatus(status.text)
  }
  const phone = cells.get('callerPhone')
  if (phone) {
    const checked = validatePhone(phone.text)
    out.callerPhone = checked.ok ? checked.normalized : phone.text
  }
}

function readCallback(cells: Map<WorkOrderField, Cell>, problem: Report): NonNullable<ImportedCase['callback']> {
  const callback: NonNullable<ImportedCase['callback']> = {}
  for (const [field, words] of [['contacted', '已联系/未联系'], ['resolved', '已解决/未解决']] as const) {
    const cell = cells.get(field)
    if (!cell) continue
    const answer = parseYesNo(cell.value)
    if (answer !== undefined) callback[field] = answer
    else problem(cell.column, msg.badYesNo(cell.column, cell.text, words))
  }
  const satisfaction = cells.get('satisfaction')
  if (satisfaction) {
    const answer = parseSatisfaction(satisfaction.value)
    if (answer) callback.satisfaction = answer
    else problem(satisfaction.column, msg.badSatisfaction(satisfaction.text))
  }
  return callback
}
