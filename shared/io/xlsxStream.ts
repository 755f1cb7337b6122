/**
 * An .xlsx workbook written row by row: header row frozen and filterable, column widths set,
 * dates as real Excel dates (China wall-clock, yyyy-mm-dd hh:mm). exceljs builds a whole workbook
 * in memory (gigabytes at 300,000 rows); this writes the same features straight into a zip stream.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate'

export type XlsxStreamKind = 'text' | 'date' | 'number'

export interface XlsxStreamColumn {
  header: string
  /** in characters */
  width: number
  kind: XlsxStreamKind
}

const CHINA_OFFSET_MS = 8 * 3_600_000
const EXCEL_EPOCH_DAYS = 25_569 // 1970-01-01 as an Excel serial day
// style ids in styles.xml below
const STYLE_HEADER = 1
const STYLE_DATE = 2
// XML 1.0 refuses control characters other than tab, newline and return
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

const escapeXml = (text: string) =>
  text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A, B, …, Z, AA, … */
export function columnName(index: number): string {
  let n = index + 1
  let name = ''
  while (n > 0) {
    const r = (n - 1) % 26
    name = String.fromCharCode(65 + r) + name
    n = Math.floor((n - 1) / 26)
  }
  return name
}

/** epoch ms → the Excel serial of the same China wall-clock moment */
export const excelSerial = (ms: number): number => (ms + CHINA_OFFSET_MS) / 86_400_000 + EXCEL_EPOCH_DAYS

const inline = (ref: string, text: string, style = 0) =>
  `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`

function cell(ref: string, value: unknown, kind: XlsxStreamKind): string {
  if (value === null || value === undefined || value === '') return ''
  if (kind === 'date' && typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}" s="${STYLE_DATE}"><v>${excelSerial(value)}</v></c>`
  if (kind === 'number' && typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`
  return inline(ref, String(value))
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEFF3F8"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

function workbook(sheetName: string, filterRef: string): string {
  const name = escapeXml(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name.replace(/'/g, "''")}'!${filterRef}</definedName></definedNames></workbook>`
}

export interface XlsxStreamOptions {
  sheetName: string
  columns: XlsxStreamColumn[]
  /** receives the file piece by piece, in order */
  sink: (chunk: Uint8Array) => void
}

/** The zip container, deflated as it streams (fflate): one entry open at a time. */
function zipWriter(sink: (chunk: Uint8Array) => void) {
  let failure: Error | null = null
  const zip = new Zip((err, chunk) => {
    if (err) failure = err
    else if (chunk.length) sink(chunk)
  })
  let open: ZipDeflate | null = null
  const check = () => {
    if (failure) throw failure
  }
  const push = (data: string, final = false) => {
    open!.push(strToU8(data), final)
    check()
  }
  return {
    begin(name: string): void {
      open = new ZipDeflate(name, { level: 6 })
      zip.add(open)
    },
    write: (data: string) => push(data),
    end(): void {
      push('', true)
      open = null
    },
    file(name: string, data: string): void {
      this.begin(name)
      push(data, true)
      open = null
    },
    finish(): void {
      zip.end()
      check()
    }
  }
}

/** Opens the workbook; add rows in batches, then finish. Cells follow the column kinds. */
export async function createXlsxStream({ sheetName, columns, sink }: XlsxStreamOptions) {
  const zip = zipWriter(sink)
  zip.file('[Content_Types].xml', CONTENT_TYPES)
  zip.file('_rels/.rels', ROOT_RELS)
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)
  zip.file('xl/styles.xml', STYLES)
  zip.begin('xl/worksheets/sheet1.xml')
  const names = columns.map((_, i) => columnName(i))
  const last = names[names.length - 1] ?? 'A'
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')
  const headerCells = columns.map((c, i) => inline(`${names[i]}1`, c.header, STYLE_HEADER)).join('')
  zip.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${headerCells}</row>`
  )
  let rowNumber = 1
  return {
    async rows(rows: readonly (readonly unknown[])[]): Promise<void> {
      let xml = ''
      for (const values of rows) {
        rowNumber++
        let cells = ''
        for (let i = 0; i < columns.length; i++) cells += cell(`${names[i]}${rowNumber}`, values[i], columns[i].kind)
        xml += `<row r="${rowNumber}">${cells}</row>`
      }
      if (xml) zip.write(xml)
    },
    get rowCount(): number {
      return rowNumber - 1
    },
    async finish(): Promise<void> {
      const ref = `$A$1:$${last}$${rowNumber}`
      zip.write(`</sheetData><autoFilter ref="A1:${last}${rowNumber}"/></worksheet>`)
      zip.end()
      zip.file('xl/workbook.xml', workbook(sheetName, ref))
      zip.finish()
    }
  }
}
