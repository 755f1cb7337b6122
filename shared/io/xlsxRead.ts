/**
 * The first worksheet of an .xlsx as rows of cell values, read straight from its XML: text as
 * strings, numbers (dates stay Excel serials, which the importer reads as China time), booleans.
 * A 100,000-row export reads in seconds; a spreadsheet library's full object model takes
 * tens of seconds and gigabytes for the same file.
 */
import { unzipSync } from 'fflate'

export type XlsxRows = { ok: true; rows: unknown[][] } | { ok: false; reason: 'notZip' | 'notWorkbook' }

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (_all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name]
    const code = dec ? Number(dec) : parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

// the visible text of a string item: its <t> runs, without the phonetic guide (<rPh>)
const RUN = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g
const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g
const textOf = (xml: string) => {
  let out = ''
  for (const m of xml.replace(PHONETIC, '').matchAll(RUN)) out += m[1] ?? ''
  return unescapeXml(out)
}

function sharedStrings(xml: string): string[] {
  const out: string[] = []
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] === undefined ? '' : textOf(m[1]))
  return out
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1]

/** 'BC12' → 54 (0-based column) */
function columnIndex(ref: string): number {
  let n = 0
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c < 65 || c > 90) break
    n = n * 26 + (c - 64)
  }
  return n - 1
}

function cellValue(type: string | undefined, body: string, strings: readonly string[]): unknown {
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
  switch (type) {
    case 's': return v === undefined ? '' : (strings[Number(v)] ?? '')
    case 'inlineStr': return textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '')
    case 'b': return v === '1'
    case 'str':
    case 'e': return v === undefined ? '' : unescapeXml(v)
    default: {
      if (v === undefined || v === '') return null
      const n = Number(v)
      return Number.isFinite(n) ? n : unescapeXml(v)
    }
  }
}

// Excel's own limits: a reference beyond them comes from a damaged file, not from a sheet
const MAX_ROWS = 1_048_576
const MAX_COLUMNS = 16_384
class DamagedSheet extends Error {}

const CELL = /<row\b([^>]*?)\/>|<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g

function sheetRows(xml: string, strings: readonly string[], progress: (rows: number) => void): unknown[][] {
  const rows: unknown[][] = []
  let current: unknown[] = []
  let next = 0
  let column = 0
  for (const m of xml.matchAll(CELL)) {
    if (m[1] !== undefined || m[2] !== undefined) {
      const r = Number(attr(m[1] ?? m[2], 'r'))
      next = Number.isInteger(r) && r > 0 ? r - 1 : next
      if (next >= MAX_ROWS) throw new DamagedSheet()
      current = []
      rows[next] = current
      next++
      column = 0
      if (next % 5000 === 0) progress(next)
      continue
    }
    const attrs = m[3]
    const ref = attr(attrs, 'r')
    if (ref) column = columnIndex(ref)
    if (column >= MAX_COLUMNS) throw new DamagedSheet()
    const value = cellValue(attr(attrs, 't'), m[4] ?? '', strings)
    if (value !== null && value !== '') current[column] = value
    column++
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  return rows
}

/** The first sheet's path: workbook.xml's first <sheet>, through the workbook's relationships. */
function firstSheetPath(workbook: string, rels: string): string | undefined {
  const sheet = /<sheet\b([^>]*)\/?>/.exec(workbook)?.[1]
  const id = sheet ? /\br:id="([^"]*)"|\bid="([^"]*)"/.exec(sheet) : null
  const rid = id?.[1] ?? id?.[2]
  const rel = rid ? new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(rels)?.[0] : undefined
  const target = rel ? attr(rel.replace(/^<Relationship/, ''), 'Target') : undefined
  if (!target) return undefined
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`
}

// fflate's errors carry a numeric code; anything else is ours or a bug
const isZipError = (err: unknown): boolean => err instanceof Error && typeof (err as { code?: unknown }).code === 'number'

/** The named entries of the zip as text (fflate inflates only those); throws on a damaged container. */
function entriesText(bytes: Uint8Array, names: readonly string[]): Record<string, string | undefined> {
  const files = unzipSync(bytes, { filter: (f) => names.includes(f.name) })
  const utf8 = new TextDecoder()
  return Object.fromEntries(names.map((n) => [n, files[n] ? utf8.decode(files[n]) : undefined]))
}

export async function readXlsxRows(bytes: Uint8Array, progress: (rows: number) => void = () => {}): Promise<XlsxRows> {
  let names: Set<string>
  try {
    // the central directory only: whether this is a zip at all
    names = new Set()
    unzipSync(bytes, { filter: (f) => (names.add(f.name), false) })
  } catch (err) {
    if (isZipError(err)) return { ok: false, reason: 'notZip' }
    throw err
  }
  if (names.size === 0) return { ok: false, reason: 'notZip' }
  try {
    const head = entriesText(bytes, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'])
    const workbook = head['xl/workbook.xml']
    const rels = head['xl/_rels/workbook.xml.rels']
    const path = workbook && rels ? firstSheetPath(workbook, rels) : undefined
    if (!path || !names.has(path)) return { ok: false, reason: 'notWorkbook' }
    const body = entriesText(bytes, [path, 'xl/sharedStrings.xml'])
    const sheet = body[path]
    if (sheet === undefined) return { ok: false, reason: 'notWorkbook' }
    return { ok: true, rows: sheetRows(sheet, sharedStrings(body['xl/sharedStrings.xml'] ?? ''), progress) }
  } catch (err) {
    if (isZipError(err) || err instanceof DamagedSheet) return { ok: false, reason: 'notWorkbook' }
    throw err
  }
}
