import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { CaseRecord } from '@shared/domain/case'
import { parseCsv } from '@shared/io/csv'
import { openDesk, type DeskDB } from '../db/database'
import { T0, ctxAt, freshDb } from '../db/testing'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { EXPORT_COLUMNS, type ExportText } from '../features/caselist/exportRows'
import { createExportService, type ExportEvents, type ExportJob } from './exportService'

let db: DeskDB
let w: CaseWorld
let cases: CaseRecord[]
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
  cases = []
  const at = (h: number) => T0 - h * 3_600_000
  cases.push(await w.services.cases.intake(w.communityId, w.intake({ orderNo: 'GD001', title: '东门占道', callerName: '王秀英' }, at(30)), ctxAt(at(30))))
  cases.push(await w.services.cases.intake(w.communityId, w.intake({ orderNo: 'GD002', title: '路灯不亮😀', content: '西门路灯不亮😀', callerName: '李桂兰' }, at(20)), ctxAt(at(20))))
  cases.push(await w.services.cases.intake(w.communityId, w.intake({ orderNo: 'GD003', title: '楼道堆物', confidential: true }, at(10)), ctxAt(at(10))))
  await w.services.cases.act(cases[1].id, { type: 'sign' }, ctxAt(at(19)))
})
afterEach(() => db.delete())

const text: ExportText = { header: Object.fromEntries(EXPORT_COLUMNS.map((k) => [k, k])) as ExportText['header'], confidential: '保密', yes: '是', no: '否' }

async function run(job: Partial<ExportJob>) {
  const progress: ExportEvents['progress'][] = []
  const service = createExportService({ openDb: (name) => openDesk(name), emit: (_n, p) => progress.push(p), chunk: 2 })
  const outcome = await service.run({
    dbName: db.name, communityId: w.communityId, format: 'csv', scope: { ids: cases.map((c) => c.id) }, text, unmasked: false, sheetName: '工单', ...job
  })
  return { outcome, progress }
}
const col = (rows: string[][], key: (typeof EXPORT_COLUMNS)[number]) => rows.slice(1).map((r) => r[EXPORT_COLUMNS.indexOf(key)])
const csvRows = (bytes: Uint8Array, encoding = 'utf-8') => parseCsv(new TextDecoder(encoding).decode(bytes)).filter((r) => r.join('') !== '')

describe('case export', () => {
  it('writes a selection as UTF-8 csv with BOM, in the order given, callers masked, with progress', async () => {
    const { outcome, progress } = await run({ scope: { ids: [cases[2].id, cases[0].id] } })
    const bytes = outcome.files[0].bytes
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = csvRows(bytes)
    expect(col(rows, 'orderNo')).toEqual(['GD003', 'GD001'])
    expect(col(rows, 'callerName')).toEqual(['保密', '王**'])
    expect(col(rows, 'receivedAt')[1]).toMatch(/^2026-03-0\d \d\d:\d\d$/)
    expect(progress.at(-1)).toEqual({ stage: 'write', done: 2, total: 2 })
    expect(outcome.count).toBe(2)
  })

  it('writes the filtered, sorted list as the page shows it', async () => {
    const selection = { filters: { status: ['待签收' as const] }, scope: {}, search: '', sort: { field: 'receivedAt' as const, dir: 'asc' as const }, now: T0 }
    const { outcome, progress } = await run({ scope: { selection } })
    expect(col(csvRows(outcome.files[0].bytes), 'orderNo')).toEqual(['GD001', 'GD003'])
    expect(progress.some((p) => p.stage === 'select' && p.total === 3)).toBe(true)
  })

  it('puts the full caller in only when asked, and never for a 保密件', async () => {
    const rows = csvRows((await run({ unmasked: true })).outcome.files[0].bytes)
    expect(col(rows, 'callerName')).toEqual(['王秀英', '李桂兰', '保密'])
    expect(col(rows, 'callerPhone')[0]).toBe('13812345678')
  })

  it('writes GBK csv and reports the characters GBK lacks', async () => {
    const { outcome } = await run({ format: 'csv-gbk' })
    expect(outcome.missing).toEqual({ count: 2, examples: ['😀'] })
    const rows = csvRows(outcome.files[0].bytes, 'gbk')
    expect(col(rows, 'title')).toEqual(['东门占道', '路灯不亮?', '楼道堆物'])
  })

  it('writes xlsx with real dates and a frozen, filtered header', async () => {
    const { outcome } = await run({ format: 'xlsx' })
    const book = new ExcelJS.Workbook()
    const bytes = outcome.files[0].bytes
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const sheet = book.worksheets[0]
    expect(sheet.rowCount).toBe(4)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(2).getCell(EXPORT_COLUMNS.indexOf('receivedAt') + 1).value).toBeInstanceOf(Date)
    expect(sheet.getRow(3).getCell(EXPORT_COLUMNS.indexOf('status') + 1).value).toBe('办理中')
  })

  it('writes Open311 services.json and requests.json', async () => {
    const { outcome } = await run({ format: 'open311' })
    expect(outcome.files.map((f) => f.part)).toEqual(['services', 'requests'])
    const requests = JSON.parse(new TextDecoder().decode(outcome.files[1].bytes))
    expect(requests.map((r: { service_request_id: string; status: string }) => [r.service_request_id, r.status])).toEqual([['GD001', 'open'], ['GD002', 'open'], ['GD003', 'open']])
    const services = JSON.parse(new TextDecoder().decode(outcome.files[0].bytes))
    expect(services.some((s: { service_name: string }) => s.service_name === '城乡建设/市容环卫/占道经营')).toBe(true)
  })
})
