import { describe, expect, it } from 'vitest'
import type { RosterViewLike } from '@shared/io/rosterSheet'
import { readRosterSheet, rosterWorkbook } from './rosterWorkbook'

const views: RosterViewLike[] = [
  { volunteer: { placeIds: ['p1', 'p2'], skills: ['垃圾分类'], since: '2025-03-01', status: '在岗' }, person: { name: '张晓明', phone: '13812345678' }, team: { name: '银杏里管家团' } }
]
const places: Record<string, string> = { p1: '银杏胡同', p2: '东四北大街' }

describe('roster workbook', () => {
  it('writes the roster with masked phones and reads it back row by row', async () => {
    const bytes = await rosterWorkbook(views, (id) => places[id], { sheetName: '小巷管家名册' })
    const read = await readRosterSheet('名册.xlsx', bytes)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.rows[0]).toEqual(['姓名', '手机', '管家团', '点位', '技能', '加入日期', '状态'])
    expect(read.rows[1]).toEqual(['张晓明', '138****5678', '银杏里管家团', '银杏胡同、东四北大街', '垃圾分类', '2025-03-01', '在岗'])
  })

  it('keeps the full phone when asked', async () => {
    const read = await readRosterSheet('名册.xlsx', await rosterWorkbook(views, (id) => places[id], { sheetName: '名册', unmasked: true }))
    expect(read.ok && read.rows[1][1]).toBe('13812345678')
  })

  it('refuses what is not an xlsx, in Chinese', async () => {
    expect(await readRosterSheet('名册.xls', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, message: expect.stringContaining('另存为 .xlsx') })
    expect(await readRosterSheet('名册.csv', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, message: expect.stringContaining('只能导入 .xlsx') })
    expect(await readRosterSheet('名册.xlsx', new Uint8Array())).toEqual({ ok: false, message: expect.stringContaining('文件是空的') })
  })
})
