import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { mapWorkOrderSheet } from './import12345'
import { readXlsxRows, unescapeXml } from './xlsxRead'
import { createXlsxStream } from './xlsxStream'

const T = Date.UTC(2026, 2, 8, 1, 15)

async function excel(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.addWorksheet('说明').addRow(['这一页不是工单'])
  const sheet = book.addWorksheet('工单明细')
  fill(sheet)
  // the first sheet in the workbook's order is the one read
  book.removeWorksheet(book.getWorksheet('说明')!.id)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

describe('readXlsxRows', () => {
  it('reads what Excel writes: shared strings, numbers, dates as serials, booleans, formulas by their value, gaps', async () => {
    const bytes = await excel((sheet) => {
      sheet.addRow(['12345市民服务热线工单明细'])
      sheet.addRow(['工单编号', '来电时间', '件数', '主要内容'])
      sheet.addRow(['GD001', new Date(Date.UTC(2026, 2, 8, 9, 15)), 3, '东门 <占道> & “摆摊”'])
      sheet.addRow([])
      sheet.getCell('A5').value = 'GD002'
      sheet.getCell('C5').value = { formula: '1+1', result: 2 }
      sheet.getCell('D5').value = true
    })
    const read = await readXlsxRows(bytes)
    if (!read.ok) throw new Error(read.reason)
    expect(read.rows[0]).toEqual(['12345市民服务热线工单明细'])
    expect(read.rows[2][0]).toBe('GD001')
    expect(read.rows[2][1]).toBeCloseTo(46089.385416, 5)
    expect(read.rows[2].slice(2)).toEqual([3, '东门 <占道> & “摆摊”'])
    expect(read.rows[3]).toEqual([])
    expect(read.rows[4]).toEqual(['GD002', undefined, 2, true])
  })

  it('reads the desk’s own streamed workbooks, and a 12345 sheet maps the same as through exceljs', async () => {
    const parts: Uint8Array[] = []
    const columns = ['工单编号', '来电时间', '主要内容'].map((header, i) => ({ header, width: 10, kind: i === 1 ? ('date' as const) : ('text' as const) }))
    const sheet = await createXlsxStream({ sheetName: '工单', columns, sink: (c) => parts.push(c) })
    await sheet.rows([['GD001', T, '路灯不亮'], ['GD002', T + 60_000, '楼道堆物\n两处']])
    await sheet.finish()
    const bytes = new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer())
    const read = await readXlsxRows(bytes)
    if (!read.ok) throw new Error(read.reason)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes.buffer as ArrayBuffer)
    const viaExceljs: unknown[][] = []
    book.worksheets[0].eachRow({ includeEmpty: true }, (row, n) => (viaExceljs[n - 1] = (row.values as unknown[]).slice(1)))
    const mapped = (rows: unknown[][]) => mapWorkOrderSheet(rows, { now: T + 3_600_000 }).cases
    expect(mapped(read.rows)).toEqual(mapped(viaExceljs))
    expect(mapped(read.rows).map((c) => [c.orderNo, c.receivedAt, c.content])).toEqual([['GD001', T, '路灯不亮'], ['GD002', T + 60_000, '楼道堆物\n两处']])
  })

  it('says what is wrong with files that are not workbooks', async () => {
    expect(await readXlsxRows(new TextEncoder().encode('工单编号,来电时间'))).toEqual({ ok: false, reason: 'notZip' })
    const bytes = await excel((sheet) => sheet.addRow(['工单编号']))
    const cut = bytes.slice(0, bytes.length - 30)
    expect((await readXlsxRows(cut)).ok).toBe(false)
    const flipped = bytes.slice()
    flipped[200] ^= 0xff
    const read = await readXlsxRows(flipped)
    expect(read.ok === false || Array.isArray(read.rows)).toBe(true)
  })

  it('unescapes entities', () => {
    expect(unescapeXml('&lt;a&gt; &amp; &quot;b&quot; &#20320;&#x597D;')).toBe('<a> & "b" 你好')
  })
})
