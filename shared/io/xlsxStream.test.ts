import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { columnName, createXlsxStream, excelSerial, type XlsxStreamColumn } from './xlsxStream'

const T = Date.UTC(2026, 2, 8, 1, 15) // 2026-03-08 09:15 in China

async function write(columns: XlsxStreamColumn[], batches: unknown[][][]): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  const sheet = await createXlsxStream({ sheetName: '工单', columns, sink: (c) => parts.push(c) })
  for (const rows of batches) await sheet.rows(rows)
  await sheet.finish()
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) out.set(p, (at += p.length) - p.length)
  return out
}

async function read(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return book.worksheets[0]
}

const COLUMNS: XlsxStreamColumn[] = [
  { header: '工单编号', width: 18, kind: 'text' },
  { header: '来电时间', width: 18, kind: 'date' },
  { header: '件数', width: 8, kind: 'number' },
  { header: '主要内容', width: 60, kind: 'text' }
]

describe('createXlsxStream', () => {
  it('writes a workbook Excel readers open: frozen header, filter, widths, dates as dates', async () => {
    const sheet = await read(await write(COLUMNS, [
      [['GD001', T, 3, '东门外 <占道> & “摆摊”'], ['00123', undefined, '', '第二行\n换行']],
      [['GD003', T + 60_000, 0, '控制字符\u0001被去掉']]
    ]))
    expect(sheet.name).toBe('工单')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBe('A1:D4')
    expect(sheet.columns.map((c) => c.width)).toEqual([18, 18, 8, 60])
    expect(sheet.getRow(1).values).toEqual([undefined, '工单编号', '来电时间', '件数', '主要内容'])
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
    const first = sheet.getRow(2)
    expect(first.getCell(1).value).toBe('GD001')
    // exceljs shows the wall-clock time as a UTC Date
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2026, 2, 8, 9, 15)))
    expect(first.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm')
    expect(first.getCell(3).value).toBe(3)
    expect(first.getCell(4).value).toBe('东门外 <占道> & “摆摊”')
    expect(sheet.getRow(3).getCell(1).value).toBe('00123')
    expect(sheet.getRow(3).getCell(2).value).toBeNull()
    expect(sheet.getRow(3).getCell(4).value).toBe('第二行\n换行')
    expect(sheet.getRow(4).getCell(4).value).toBe('控制字符被去掉')
    expect(sheet.rowCount).toBe(4)
  })

  it('names columns past Z and keeps the serial of a China wall-clock time', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
    expect(excelSerial(Date.UTC(2026, 0, 1, -8))).toBe(46023)
  })

  it('an empty export still opens, with its header', async () => {
    const sheet = await read(await write(COLUMNS, []))
    expect(sheet.rowCount).toBe(1)
    expect(sheet.autoFilter).toBe('A1:D1')
  })
})
