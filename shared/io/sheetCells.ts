/**
 * Reading one spreadsheet cell into a value of the work-order model. Cells come from csv text,
 * exceljs or SheetJS, so anything may arrive; nothing here throws or evaluates a formula.
 */
import { CASE_STATUSES, CASE_TYPES, type CaseStatus, type CaseType, type Satisfaction } from '../domain/case'
import { CHINA_OFFSET_MS, formatDateTime } from '../domain/dates'

export type CellScalar = string | number | boolean | Date | null

/** Marks a cell that is not text, number, boolean or date (a nested array, a function, an error cell). */
export const UNREADABLE = Symbol('unreadable cell')

/**
 * Unwraps a cell to a scalar. exceljs gives rich text as { richText: [{ text }] }, links as
 * { text, hyperlink } and formulas as { formula, result }: the cached result is used, never the formula.
 */
export function readCell(value: unknown, depth = 0): CellScalar | typeof UNREADABLE {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'bigint') return String(value)
  if (value instanceof Date) return value
  if (typeof value !== 'object' || Array.isArray(value) || depth > 2) return UNREADABLE
  const cell = value as Record<string, unknown>
  if (Array.isArray(cell.richText)) {
    const parts = cell.richText.map((run: unknown) =>
      typeof run === 'object' && run !== null && typeof (run as { text?: unknown }).text === 'string'
        ? (run as { text: string }).text
        : ''
    )
    return parts.join('')
  }
  if ('formula' in cell || 'sharedFormula' in cell) return 'result' in cell ? readCell(cell.result, depth + 1) : null
  if (typeof cell.text === 'string') return cell.text
  return UNREADABLE
}

/** The text a clerk sees in the cell, trimmed; '' for an empty cell. */
export function cellText(value: CellScalar): string {
  if (value === null) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? '是' : '否'
  const t = value.getTime()
  // Sheet dates hold the wall clock in their UTC fields (see sheetDates.ts).
  return Number.isNaN(t) ? '' : formatDateTime(t - CHINA_OFFSET_MS)
}

/** Placeholders exports put in empty coded cells ('-' for a case not yet closed). */
const PLACEHOLDERS = new Set(['-', '--', '—', '——', '/', '无', '暂无', 'n/a', 'na', 'null'])

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(text.normalize('NFKC').trim().toLowerCase())
}

const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

const YES = new Set(['是', '已联系', '已解决', '已响应', '联系', '解决', '1', 'y', 'yes', 'true', '√', '✓', '✔'])
const NO = new Set(['否', '未联系', '未解决', '未响应', '未联系上', '0', 'n', 'no', 'false', '×', '✗', '✘'])

/** 是否联系 / 是否解决: 是/否, 已联系/未联系, 已解决/未解决, 1/0; undefined when unrecognised. */
export function parseYesNo(value: CellScalar): boolean | undefined {
  if (typeof value === 'boolean') return value
  const key = fold(cellText(value))
  if (YES.has(key)) return true
  if (NO.has(key)) return false
  return undefined
}

const SATISFACTION_WORDS = new Map<string, Satisfaction>([
  ['满意', '满意'],
  ['非常满意', '满意'],
  ['很满意', '满意'],
  ['基本满意', '基本满意'],
  ['比较满意', '基本满意'],
  ['不满意', '不满意'],
  ['非常不满意', '不满意'],
  ['很不满意', '不满意']
])

export function parseSatisfaction(value: CellScalar): Satisfaction | undefined {
  return SATISFACTION_WORDS.get(fold(cellText(value)))
}

const TYPE_WORDS = new Map<string, CaseType>([
  ...CASE_TYPES.map((t) => [t, t] as const),
  ['意见建议', '建议'],
  ['意见', '建议'],
  ['感谢', '表扬'],
  ['表扬感谢', '表扬']
])

/** 工单类型; '投诉类' and '投诉件' read as 投诉. */
export function parseCaseType(value: CellScalar): CaseType | undefined {
  const key = fold(cellText(value))
  return TYPE_WORDS.get(key) ?? TYPE_WORDS.get(key.replace(/[类件]$/, ''))
}

const STATUS_WORDS = new Map<string, CaseStatus>([
  ...CASE_STATUSES.map((s) => [s, s] as const),
  ...(['待接单', '待受理', '未签收'] as const).map((w) => [w, '待签收'] as const),
  ...(['处理中', '已签收', '承办中', '待办理'] as const).map((w) => [w, '办理中'] as const),
  ...(['已回复', '已答复', '待回访'] as const).map((w) => [w, '已反馈'] as const),
  ...(['办结', '已结案', '结案', '已完成'] as const).map((w) => [w, '已办结'] as const),
  ...(['已退单', '退回'] as const).map((w) => [w, '退单'] as const),
  ...(['延期', '申请延期'] as const).map((w) => [w, '延期审核'] as const),
  ...(['撤销', '已作废'] as const).map((w) => [w, '已撤销'] as const)
])

/** The desk's state for a platform status word, when there is an obvious one. */
export function parseCaseStatus(text: string): CaseStatus | undefined {
  return STATUS_WORDS.get(fold(text))
}

/** '城乡建设-市容环卫-占道经营' and '城乡建设 > 市容环卫' → '城乡建设/市容环卫/占道经营'. */
export function normalizeCategoryPath(text: string): string {
  return text
    .normalize('NFKC')
    .split(/[/>\\\-→—]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join('/')
}
