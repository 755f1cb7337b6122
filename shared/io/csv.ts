/**
 * CSV in and out (RFC 4180). Parsing is lenient and never throws; writing produces what
 * Excel opens correctly in Chinese: UTF-8 with BOM, CRLF, quoted where needed.
 */
import { formatDateTime } from '../domain/dates'
import { decodeText, ImportFileError, type TextEncodingName } from './encoding'

export { decodeText, ImportFileError, type TextEncodingName } from './encoding'

export interface CsvOptions {
  delimiter?: string
}

interface Scan {
  rows: string[][]
  /** line (1-based) where a quoted cell opened and never closed */
  unclosedQuoteLine?: number
}

function scan(input: string, delimiter: string): Scan {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let inQuotes = false
  let fieldStarted = false
  let line = 1
  let quoteLine = 0
  const endField = (): void => {
    row.push(field)
    field = ''
    fieldStarted = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        inQuotes = false
      } else {
        if (c === '\n') line++
        field += c
      }
    } else if (c === '"' && !fieldStarted) {
      inQuotes = true
      fieldStarted = true
      quoteLine = line
    } else if (c === delimiter) {
      endField()
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++
      line++
      endField()
      rows.push(row)
      row = []
    } else {
      // A stray quote inside an unquoted cell, or text after a closing quote, is kept literally.
      field += c
      fieldStarted = true
    }
  }
  if (fieldStarted || row.length > 0) {
    endField()
    rows.push(row)
  }
  return inQuotes ? { rows, unclosedQuoteLine: quoteLine } : { rows }
}

/** Rows of cells; a BOM is dropped, CRLF, LF and CR end rows, blank lines stay as [''] so row numbers match Excel. */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  return scan(typeof text === 'string' ? text : '', options.delimiter ?? ',').rows
}

export type ReadCsvResult =
  | { ok: true; rows: string[][]; encoding: TextEncodingName }
  | { ok: false; message: string }

/** Decode (UTF-8 or GBK) and parse an imported csv file; refuses with a message instead of throwing. */
export function readCsv(bytes: Uint8Array): ReadCsvResult {
  let decoded: ReturnType<typeof decodeText>
  try {
    decoded = decodeText(bytes)
  } catch (error) {
    const message = error instanceof ImportFileError ? error.message : '文件内容无法读取：请重新选择文件'
    return { ok: false, message }
  }
  const firstLine = decoded.text.slice(0, decoded.text.search(/\r|\n|$/))
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','
  const { rows, unclosedQuoteLine } = scan(decoded.text, delimiter)
  if (unclosedQuoteLine !== undefined) {
    return {
      ok: false,
      message: `第 ${unclosedQuoteLine} 行有一个双引号没有闭合，其后的内容会被并进同一个单元格：请检查该行的英文双引号是否成对，修正后再导入`
    }
  }
  return { ok: true, rows, encoding: decoded.encoding }
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/**
 * Formula injection guard (OWASP CSV injection): a text cell starting with '=' or '@' (or a tab / CR)
 * would be run as a formula by Excel or WPS, so it gets a leading "'". '+' and '-' are guarded too
 * unless the whole cell is a plain number ('-12.5', '+86'), which stays as it is.
 */
export function neutraliseFormula(cell: string): string {
  if (/^[=@\t\r]/.test(cell)) return `'${cell}`
  if (/^[+-]./s.test(cell) && !NUMERIC.test(cell)) return `'${cell}`
  return cell
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'bigint') return String(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  // A Date here is an instant from the app, written as China time like everywhere in the UI.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDateTime(value.getTime())
  if (typeof value === 'string') return neutraliseFormula(value)
  try {
    return neutraliseFormula(JSON.stringify(value) ?? '')
  } catch {
    return ''
  }
}

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** Rows as csv lines, each ending in CRLF, RFC 4180 quoting, no BOM: for a file written in pieces. */
export function csvLines(rows: readonly unknown[][]): string {
  return (Array.isArray(rows) ? rows : [])
    .map((row) => `${(Array.isArray(row) ? row : []).map((cell) => quote(cellText(cell))).join(',')}\r\n`)
    .join('')
}

/** UTF-8 text with BOM (so Excel reads Chinese correctly), CRLF line ends, RFC 4180 quoting. */
export function toCsv(rows: unknown[][]): string {
  return '\uFEFF' + csvLines(rows)
}
