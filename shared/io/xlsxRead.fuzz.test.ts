import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import ExcelJS from 'exceljs'
import { readXlsxRows } from './xlsxRead'

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('工单明细')
  sheet.addRow(['工单编号', '来电时间', '主要内容'])
  for (let i = 0; i < 30; i++) sheet.addRow([`GD${i}`, new Date(Date.UTC(2026, 2, 1 + i)), `第 ${i} 件：路灯不亮`])
  return new Uint8Array(await book.xlsx.writeBuffer())
}

// whatever the bytes, an answer: rows, or a reason the page turns into a Chinese message; never a throw
const answers = async (bytes: Uint8Array) => {
  const read = await readXlsxRows(bytes)
  expect(read.ok ? Array.isArray(read.rows) : ['notZip', 'notWorkbook'].includes(read.reason)).toBe(true)
}

describe('readXlsxRows on damaged input', () => {
  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), answers), { numRuns: 200 })
  })

  it('a real workbook cut short or with bytes flipped', async () => {
    const bytes = await workbook()
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }), async (cut, flips) => {
        await answers(bytes.slice(0, cut))
        const flipped = bytes.slice()
        for (const [at, mask] of flips) flipped[at] ^= mask
        await answers(flipped)
      }),
      { numRuns: 150 }
    )
  })
})
