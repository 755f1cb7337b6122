import { describe, expect, it } from 'vitest'
import { mapWorkOrderSheet } from '@shared/io/import12345'
import { toCsv } from '@shared/io/csv'
import { headerFirst, headerRow, readSheetRows } from './parseSheet'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('reading a 12345 file for the import', () => {
  it('refuses empty, old .xls and broken xlsx files with a Chinese message', async () => {
    expect(await readSheetRows('a.csv', new Uint8Array())).toMatchObject({ ok: false, message: expect.stringContaining('文件是空的') })
    expect(await readSheetRows('a.xls', bytes('x'))).toMatchObject({ ok: false, message: expect.stringContaining('.xlsx') })
    expect(await readSheetRows('a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ ok: false, message: expect.stringContaining('无法作为 Excel') })
  })

  it('puts a header with a renamed required column first, keeping Excel row numbers', async () => {
    const csv = toCsv([['12345工单明细'], ['工单编号', '来电时间', '诉求正文'], ['GD1', '2026-03-05 14:30', '路灯不亮']])
    const read = await readSheetRows('a.csv', bytes(csv))
    if (!read.ok) throw new Error(read.message)
    const rows = headerFirst(read.rows)
    const before = mapWorkOrderSheet(rows)
    expect(headerRow(rows, before.mapping)).toEqual(['工单编号', '来电时间', '诉求正文'])
    const after = mapWorkOrderSheet(rows, { mapping: { 诉求正文: 'content' } })
    expect(after.cases.map((c) => [c.sourceRow, c.content])).toEqual([[3, '路灯不亮']])
  })
})
