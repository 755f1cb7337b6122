import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { mapWorkOrderSheet } from '../io/import12345'
import { readCsv } from '../io/csv'
import { generate12345Rows, write12345Csv, write12345GbkCsv, write12345Xlsx } from './export12345'

const NOW = Date.UTC(2026, 10, 25, 6, 0)

describe('12345 export generator', () => {
  it('writes a csv the importer reads back in full, bad rows refused by row', () => {
    const rows = generate12345Rows({ seed: 7, count: 40, now: NOW, badRows: true })
    const read = readCsv(new TextEncoder().encode(write12345Csv(rows)))
    if (!read.ok) throw new Error(read.message)
    const sheet = mapWorkOrderSheet(read.rows, { now: NOW })
    expect(sheet.cases).toHaveLength(40)
    expect(sheet.rejected.map((r) => [r.row, r.column])).toEqual([[42, '来电时间'], [43, '主要内容'], [44, '工单编号']])
  })

  it('writes an xlsx with a title row above the platform headers', async () => {
    const rows = generate12345Rows({ seed: 3, count: 5, now: NOW })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await write12345Xlsx(rows)).buffer as ArrayBuffer)
    const sheet = book.worksheets[0]
    const values = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))
    const mapped = mapWorkOrderSheet(values as unknown[][], { now: NOW })
    expect(mapped.rejected).toEqual([])
    expect(mapped.cases.map((c) => c.orderNo)).toEqual(rows.slice(1).map((r) => r[0]))
  })

  it('writes a GBK csv the importer recognises and reads the same as the UTF-8 one', () => {
    const rows = generate12345Rows({ seed: 5, count: 20, now: NOW })
    const gbk = write12345GbkCsv(rows)
    expect(new TextDecoder('gbk').decode(gbk).startsWith('工单编号,')).toBe(true)
    const read = readCsv(gbk)
    const utf8 = readCsv(new TextEncoder().encode(write12345Csv(rows)))
    if (!read.ok || !utf8.ok) throw new Error('unreadable')
    expect(mapWorkOrderSheet(read.rows, { now: NOW })).toEqual(mapWorkOrderSheet(utf8.rows, { now: NOW }))
    expect(mapWorkOrderSheet(read.rows, { now: NOW }).cases).toHaveLength(20)
  })

  it("uses the community's own places, category paths and township when given them", () => {
    const places = ['金台小区', '东棉花胡同']
    const categoryPaths = ['城乡建设/市容环卫/占道经营', '城乡建设/市政设施/路灯不亮', '没有话题的/分类']
    const rows = generate12345Rows({ seed: 9, count: 30, now: NOW, places, categoryPaths, township: '和平街道', community: '青年湖社区' })
    const col = (h: string) => rows.slice(1).map((r) => r[rows[0].indexOf(h)])
    expect(new Set(col('小区点位'))).toEqual(new Set(places))
    expect(new Set(col('问题分类'))).toEqual(new Set(categoryPaths.slice(0, 2)))
    expect(new Set([...col('被反映街乡镇'), ...col('村/社区')])).toEqual(new Set(['和平街道', '青年湖社区']))
    expect(col('主办单位').some((u) => u.includes('安和街道'))).toBe(false)
  })
})
