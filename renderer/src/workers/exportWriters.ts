/** The file formats of a case export, each written in pieces as the cases stream past. */
import { csvLines } from '@shared/io/csv'
import { createGbkEncoder } from '@shared/io/gbk'
import { createXlsxStream } from '@shared/io/xlsxStream'
import { EXPORT_COLUMNS, columnKind, columnWidth, csvCells } from '../features/caselist/exportRows'

export type TableFormat = 'xlsx' | 'csv' | 'csv-gbk'

export interface TableWriter {
  /** rows of export cells (caseExportCells), dates as epoch ms */
  rows(rows: readonly unknown[][]): Promise<void>
  finish(): Promise<Uint8Array<ArrayBuffer>>
  /** characters the format could not hold (GBK), written as '?' */
  readonly missing: { count: number; examples: string[] }
}

/** The pieces of a file as one buffer. */
export function joinChunks(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const NONE = { count: 0, examples: [] as string[] }

async function xlsxWriter(header: readonly string[], sheetName: string): Promise<TableWriter> {
  const parts: Uint8Array[] = []
  const columns = EXPORT_COLUMNS.map((key, i) => ({ header: header[i], width: columnWidth(key), kind: columnKind(key) }))
  const sheet = await createXlsxStream({ sheetName, columns, sink: (chunk) => parts.push(chunk) })
  return {
    rows: (rows) => sheet.rows(rows),
    async finish() {
      await sheet.finish()
      return joinChunks(parts)
    },
    missing: NONE
  }
}

function csvWriter(header: readonly string[], encoding: 'utf-8' | 'gbk'): TableWriter {
  const parts: Uint8Array[] = []
  const gbk = encoding === 'gbk' ? createGbkEncoder() : null
  const utf8 = new TextEncoder()
  const put = (text: string) => parts.push(gbk ? gbk.encode(text) : utf8.encode(text))
  // Excel and WPS read UTF-8 as Chinese only with a BOM; a GBK file has none
  put(`${gbk ? '' : '\uFEFF'}${csvLines([[...header]])}`)
  return {
    async rows(rows) {
      put(csvLines(rows.map(csvCells)))
    },
    finish: async () => joinChunks(parts),
    get missing() {
      return gbk ? { count: gbk.missing, examples: gbk.examples } : NONE
    }
  }
}

export function openTableWriter(format: TableFormat, header: readonly string[], sheetName: string): Promise<TableWriter> {
  if (format === 'xlsx') return xlsxWriter(header, sheetName)
  return Promise.resolve(csvWriter(header, format === 'csv-gbk' ? 'gbk' : 'utf-8'))
}

/** A JSON array written item by item (requests.json of 300,000 cases). */
export function jsonArrayWriter() {
  const parts: Uint8Array[] = []
  const utf8 = new TextEncoder()
  let first = true
  parts.push(utf8.encode('['))
  return {
    add(items: readonly unknown[]): void {
      if (!items.length) return
      const text = items.map((item) => JSON.stringify(item)).join(',\n')
      parts.push(utf8.encode(`${first ? '\n' : ',\n'}${text}`))
      first = false
    },
    finish(): Uint8Array<ArrayBuffer> {
      parts.push(utf8.encode(first ? ']\n' : '\n]\n'))
      return joinChunks(parts)
    }
  }
}
