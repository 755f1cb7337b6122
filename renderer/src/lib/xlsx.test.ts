import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { toXlsx } from './xlsx'

async function read(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return book
}

describe('toXlsx', () => {
  const at = Date.UTC(2026, 10, 25, 6, 30) // 2026-11-25 14:30 China time

  it('writes a frozen, filterable header and typed cells that exceljs reads back', async () => {
    const bytes = await toXlsx([
      {
        name: '排名',
        columns: [
          { header: '名称', key: 'name', width: 20 },
          { header: '基数', key: 'base', kind: 'number' },
          { header: '响应率', key: 'rate', kind: 'percent' },
          { header: '受理时间', key: 'at', kind: 'date' }
        ],
        rows: [
          { name: '第一网格', base: 12, rate: 0.953, at },
          { name: '第二网格', base: 0, rate: null, at: undefined }
        ]
      }
    ])
    const ws = (await read(bytes)).getWorksheet('排名')!
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.autoFilter).toBeTruthy()
    expect(ws.getRow(1).values).toEqual([undefined, '名称', '基数', '响应率', '受理时间'])
    expect(ws.getColumn(1).width).toBe(20)
    expect(ws.getCell('B2').value).toBe(12)
    expect(ws.getCell('C2').value).toBe(0.953)
    expect(ws.getCell('C2').numFmt).toBe('0.0%')
    const date = ws.getCell('D2').value
    expect(date).toBeInstanceOf(Date)
    // the wall-clock a clerk saw on screen, stored as Excel's zone-less date
    expect((date as Date).toISOString()).toBe('2026-11-25T14:30:00.000Z')
    expect(ws.getCell('C3').value).toBeNull()
    expect(ws.getCell('D3').value).toBeNull()
  })

  it('keeps one sheet per entry and makes names Excel accepts', async () => {
    const bytes = await toXlsx([
      { name: '通报/2026-11', columns: [{ header: 'a', key: 'a' }], rows: [{ a: 1 }] },
      { name: '超时', columns: [{ header: '编号', key: 'no' }], rows: [{ no: '0123' }] }
    ])
    const book = await read(bytes)
    expect(book.worksheets.map((w) => w.name)).toEqual(['通报 2026-11', '超时'])
    // text columns keep leading zeros
    expect(book.getWorksheet('超时')!.getCell('A2').value).toBe('0123')
    expect(book.getWorksheet('通报 2026-11')!.getCell('A2').value).toBe('1')
  })
})
