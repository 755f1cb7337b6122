import ExcelJS from 'exceljs'
import { ROSTER_COLUMNS, rosterRows, type RosterViewLike } from '@shared/io/rosterSheet'
import { toXlsx } from '../../lib/xlsx'

export type RosterSheetRows = { ok: true; rows: unknown[][] } | { ok: false; message: string }

const ZIP = [0x50, 0x4b, 0x03, 0x04]

/** The first worksheet of a roster xlsx as rows (header first), with Excel's row numbers kept. */
export async function readRosterSheet(name: string, bytes: Uint8Array): Promise<RosterSheetRows> {
  if (bytes.length === 0) return { ok: false, message: '文件是空的，请选择填好的名册表格' }
  if (!ZIP.every((b, i) => bytes[i] === b)) {
    const hint = /\.xls$/i.test(name) ? '不支持旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入' : '只能导入 .xlsx 表格，请用“下载模板”填写后再导入'
    return { ok: false, message: hint }
  }
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch {
    return { ok: false, message: '文件无法作为 Excel 表格打开，可能已损坏，请重新保存后再导入' }
  }
  const sheet = book.worksheets[0]
  if (!sheet) return { ok: false, message: '表格中没有工作表，请用“下载模板”填写后再导入' }
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.isArray(row.values) ? row.values.slice(1) : []
  })
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  return { ok: true, rows }
}

/** The roster as an xlsx in the columns the import reads back; an empty list gives the blank template. */
export function rosterWorkbook(views: readonly RosterViewLike[], placeName: (id: string) => string, options: { unmasked?: boolean; sheetName: string }): Promise<Uint8Array<ArrayBuffer>> {
  return toXlsx([{ name: options.sheetName, columns: ROSTER_COLUMNS, rows: rosterRows(views, placeName, { unmasked: options.unmasked }) }])
}
