/** Bytes of an xlsx or csv 12345 export → the sheet's rows; used inside the import worker. */
import ExcelJS from 'exceljs'
import { readCsv } from '@shared/io/csv'
import { readXlsxRows } from '@shared/io/xlsxRead'
import { cellText, readCell, UNREADABLE } from '@shared/io/sheetCells'
import { matchColumns } from '@shared/io/workOrderColumns'

export type SheetRows = { ok: true; rows: unknown[][] } | { ok: false; message: string }

const ZIP = [0x50, 0x4b, 0x03, 0x04]

export const isXlsx = (name: string, bytes: Uint8Array): boolean =>
  /\.xlsx$/i.test(name) || ZIP.every((b, i) => bytes[i] === b)

/** Reads the first worksheet; `progress` gets 0…1 as rows are copied out. */
export async function readSheetRows(name: string, bytes: Uint8Array, progress: (done: number) => void = () => {}): Promise<SheetRows> {
  if (bytes.length === 0) return { ok: false, message: '文件是空的：请重新从 12345 平台导出后再导入' }
  if (!isXlsx(name, bytes)) {
    if (/\.xls$/i.test(name)) return { ok: false, message: '不支持旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再导入' }
    const csv = readCsv(bytes)
    progress(1)
    return csv.ok ? { ok: true, rows: csv.rows } : csv
  }
  // a 12345 export packs to about 150 bytes a row: enough to move the bar, never to finish it early
  const fast = await readXlsxRows(bytes, (rows) => progress(Math.min(0.95, rows / Math.max(rows + 1, bytes.length / 150))))
  if (fast.ok) {
    progress(1)
    return { ok: true, rows: fast.rows }
  }
  // a workbook laid out in a way the direct reader does not follow still gets the full library
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch {
    return { ok: false, message: '文件无法作为 Excel 表格打开：可能已损坏或并非 xlsx 文件，请重新导出后再导入' }
  }
  const sheet = book.worksheets[0]
  if (!sheet) return { ok: false, message: '表格中没有工作表：请确认选择了 12345 平台导出的文件' }
  const rows: unknown[][] = []
  const total = Math.max(sheet.rowCount, 1)
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.isArray(row.values) ? row.values.slice(1) : []
    if (number % 2000 === 0) progress(number / total)
  })
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  progress(1)
  return { ok: true, rows }
}

const texts = (row: unknown): string[] =>
  (Array.isArray(row) ? row : []).map((c) => {
    const v = readCell(c)
    return v === UNREADABLE ? '' : cellText(v)
  })

/**
 * Puts the likeliest header (the top row naming the most known columns) first and blanks the rows
 * above it, so a sheet whose required column was renamed still offers its real headers for mapping;
 * data rows keep their Excel row numbers.
 */
export function headerFirst(rows: unknown[][]): unknown[][] {
  let best = 0
  let most = -1
  rows.slice(0, 10).forEach((row, i) => {
    const n = matchColumns(texts(row)).columns.size
    if (n > most) [best, most] = [i, n]
  })
  if (best === 0) return rows
  return [rows[best], ...rows.slice(0, best).map(() => []), ...rows.slice(best + 1)]
}

/** The header row's texts: the first of the top rows whose cells include the matched headers. */
export function headerRow(rows: unknown[][], matched: Record<string, string>): string[] {
  const known = Object.keys(matched)
  for (const row of rows.slice(0, 10)) {
    const t = texts(row)
    if (known.length && known.every((h) => t.includes(h))) return t
  }
  const first = rows.find((r) => Array.isArray(r) && r.some((c) => c !== null && c !== undefined && c !== ''))
  return first ? texts(first) : []
}
