import ExcelJS from 'exceljs'

export type XlsxColumnKind = 'text' | 'number' | 'date' | 'percent'

export interface XlsxColumn {
  header: string
  key: string
  width?: number
  kind?: XlsxColumnKind
}

export interface XlsxSheet {
  name: string
  columns: XlsxColumn[]
  rows: Record<string, unknown>[]
}

const FORMATS: Record<XlsxColumnKind, string | undefined> = {
  text: '@',
  number: undefined,
  date: 'yyyy-mm-dd hh:mm',
  percent: '0.0%'
}

// China time has no DST, so a fixed offset turns epoch ms into the wall-clock Excel shows
const CHINA_OFFSET_MS = 8 * 3600_000

function cellValue(value: unknown, kind: XlsxColumnKind): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null
  if (kind === 'date') {
    const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value))
    return Number.isFinite(ms) ? new Date(ms + CHINA_OFFSET_MS) : String(value)
  }
  if (kind === 'number' || kind === 'percent') return typeof value === 'number' && Number.isFinite(value) ? value : null
  return String(value)
}

// Excel refuses sheet names with []:*?/\ or longer than 31 characters
const safeSheetName = (name: string, index: number) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || `Sheet${index + 1}`

/**
 * An .xlsx workbook: one sheet per entry, the header row frozen and filterable, widths set,
 * dates as real dates (China wall-clock), percents as numbers with a 0.0% format.
 */
export async function toXlsx(sheets: XlsxSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook()
  sheets.forEach((sheet, index) => {
    const ws = book.addWorksheet(safeSheetName(sheet.name, index), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? Math.max(10, c.header.length * 2 + 4),
      style: FORMATS[c.kind ?? 'text'] ? { numFmt: FORMATS[c.kind ?? 'text'] } : {}
    }))
    for (const row of sheet.rows) {
      const values: Record<string, ExcelJS.CellValue> = {}
      for (const c of sheet.columns) values[c.key] = cellValue(row[c.key], c.kind ?? 'text')
      ws.addRow(values)
    }
    const header = ws.getRow(1)
    header.font = { bold: true }
    header.eachCell((cell) => {
      cell.numFmt = '@'
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } }
    })
    if (sheet.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } }
  })
  const buffer = await book.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

export const XLSX_FILTER = { name: 'Excel 工作簿', extensions: ['xlsx'] }
export const PNG_FILTER = { name: 'PNG 图片', extensions: ['png'] }
