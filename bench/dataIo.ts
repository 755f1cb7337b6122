import type { CaseRecord } from '@shared/domain/case'
import type { Category } from '@shared/domain/org'
import { generate12345Rows } from '@shared/demo/export12345'
import { mapWorkOrderSheet } from '@shared/io/import12345'
import { createXlsxStream } from '@shared/io/xlsxStream'
import { DeskDB } from '@renderer/db/database'
import { commitImport, planImport } from '@renderer/db/import'
import { createCommunity } from '@renderer/db/setup'
import { EXPORT_COLUMNS, type ExportText } from '@renderer/features/caselist/exportRows'
import { headerFirst, readSheetRows } from '@renderer/features/data/parseSheet'
import { joinChunks } from '@renderer/workers/exportWriters'
import { createExportService, type ExportFormat } from '@renderer/workers/exportService'
import type { BenchResult } from './main'

const SECTION = '数据导入导出'
const IMPORT_ROWS = 100_000
const CHUNK = 2000

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const RATIO_TARGET = 2
const within = (raw: number, r: number) => raw / r <= RATIO_TARGET
const versus = (raw: number, r: number) => `原始写入的 ${(raw / r).toFixed(2)} 倍耗时（目标 ≤ ${RATIO_TARGET} 倍）`

async function clock<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - start }
}

/** The raw rate: plain case rows into the case table (its real indexes), bulkAdd in chunks. */
async function rawWrite(db: DeskDB, rows: readonly CaseRecord[]): Promise<number> {
  const { ms } = await clock(async () => {
    for (let i = 0; i < rows.length; i += CHUNK) await db.case.bulkAdd(rows.slice(i, i + CHUNK))
  })
  return rate(rows.length, ms)
}

async function exportRate(db: DeskDB, format: ExportFormat, count: number): Promise<{ rate: number; ms: number; bytes: number }> {
  const text: ExportText = { header: Object.fromEntries(EXPORT_COLUMNS.map((k) => [k, k])) as ExportText['header'], confidential: '保密', yes: '是', no: '否' }
  const service = createExportService({ openDb: (name) => new DeskDB(name), emit: () => {} })
  const selection = { filters: {}, scope: {}, search: '', sort: { field: 'receivedAt' as const, dir: 'desc' as const }, now: Date.now() }
  const { value, ms } = await clock(() => service.run({ dbName: db.name, communityId: 'T1', format, scope: { selection }, text, unmasked: false, sheetName: '工单' }))
  if (value.count !== count) throw new Error(`导出件数不符：${value.count} ≠ ${count}`)
  return { rate: rate(count, ms), ms, bytes: value.files[0].bytes.length }
}

/** A 12345 export of `count` rows as xlsx, written the way the desk writes big workbooks. */
async function import12345File(count: number, now: number): Promise<Uint8Array> {
  const rows = generate12345Rows({ seed: 11, count, now })
  const parts: Uint8Array[] = []
  const sheet = await createXlsxStream({ sheetName: '工单明细', columns: rows[0].map((header) => ({ header, width: 18, kind: 'text' as const })), sink: (c) => parts.push(c) })
  for (let i = 1; i < rows.length; i += 5000) await sheet.rows(rows.slice(i, i + 5000))
  await sheet.finish()
  return joinChunks(parts)
}

// what one imported work order writes: its row, its events (受理, 签收, 反馈, 办结, 回访…), its callback, their outbox changes
const IMPORT_TABLES = ['case', 'caseEvent', 'callback', 'outbox'] as const
const written = async (db: DeskDB) => (await Promise.all(IMPORT_TABLES.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0)

async function importRate(now: number): Promise<{ total: number; records: number; recordRate: number; stages: string }> {
  const bytes = await import12345File(IMPORT_ROWS, now)
  const db = new DeskDB(`desk-bench-import-${Date.now()}`)
  await db.open()
  try {
    const ctx = { now, deviceId: 'bench', actor: 'bench' }
    const form = { community: { name: '银杏里社区', township: '安和街道', district: '东城区', population: '12000' }, grids: [{ code: 'WG-01', name: '第一网格' }] }
    const { community } = await createCommunity(db, form, ctx)
    const parsed = await clock(async () => {
      const read = await readSheetRows('12345工单导出.xlsx', bytes)
      if (!read.ok) throw new Error(read.message)
      return mapWorkOrderSheet(headerFirst(read.rows), { now })
    })
    const sheet = parsed.value
    const planned = await clock(() => planImport(db, community.id, sheet, now))
    const recordsBefore = await written(db)
    const committed = await clock(() => commitImport(db, community.id, sheet, ctx))
    if (committed.value.created.length !== IMPORT_ROWS) throw new Error(`导入件数不符：${committed.value.created.length}`)
    const records = (await written(db)) - recordsBefore
    const total = parsed.ms + planned.ms + committed.ms
    return {
      total: rate(IMPORT_ROWS, total),
      records,
      recordRate: rate(records, committed.ms),
      stages: `读取+映射 ${seconds(parsed.ms)}，预览 ${seconds(planned.ms)}，写入 ${seconds(committed.ms)}`
    }
  } finally {
    await db.delete()
  }
}

/** Import of a 100,000-row xlsx and export of 300,000 cases, against the raw IndexedDB write rate of the same run. */
export async function dataIoBench(rows: readonly CaseRecord[], categories: readonly Category[], now: number): Promise<BenchResult[]> {
  const db = new DeskDB(`desk-bench-io-${Date.now()}`)
  await db.open()
  const results: BenchResult[] = []
  const row = (name: string, value: number, note: string, met?: boolean): BenchResult => ({ section: SECTION, name, median: value, runs: [value], unit: 'rows/s', note, ...(met === undefined ? {} : { met }) })
  try {
    await db.category.bulkAdd(categories.map((c) => ({ ...c, communityId: 'T1' })))
    const raw = await rawWrite(db, rows)
    results.push(row(`IndexedDB 原始写入（bulkAdd ${rows.length.toLocaleString('en-US')} 件，正式表结构）`, raw, '比较基准'))
    const xlsx = await exportRate(db, 'xlsx', rows.length)
    results.push(row(`导出 ${rows.length.toLocaleString('en-US')} 件为 xlsx`, xlsx.rate, `${seconds(xlsx.ms)}，${(xlsx.bytes / 1048576).toFixed(0)} MB；${versus(raw, xlsx.rate)}`, within(raw, xlsx.rate)))
    const csv = await exportRate(db, 'csv', rows.length)
    results.push(row(`导出 ${rows.length.toLocaleString('en-US')} 件为 csv（UTF-8）`, csv.rate, `${seconds(csv.ms)}，${(csv.bytes / 1048576).toFixed(0)} MB；${versus(raw, csv.rate)}`, within(raw, csv.rate)))
    await db.delete()
    const imported = await importRate(now)
    results.push(row(`导入 ${IMPORT_ROWS.toLocaleString('en-US')} 行 12345 xlsx（读取、预览、写入）`, imported.total, `${imported.stages}；按工单计为${versus(raw, imported.total)}`, within(raw, imported.total)))
    const perCase = (imported.records / IMPORT_ROWS).toFixed(1)
    // reported beside the per-case figure, not instead of it: each work order is several records by design (its events, callback, outbox)
    results.push(row('其中写入阶段：每条记录（工单、办理记录、回访、同步日志）', imported.recordRate, `共 ${imported.records.toLocaleString('en-US')} 条，每件工单约 ${perCase} 条；按记录计为${versus(raw, imported.recordRate)}（参考）`))
    return results
  } finally {
    if (db.isOpen()) await db.delete()
  }
}
