import { describe, expect, it } from 'vitest'
import { ROSTER_COLUMNS, ROSTER_HEADERS, planRosterSheet, rosterRows } from './rosterSheet'

const ctx = {
  teams: [{ id: 't1', name: '东片管家团' }],
  places: [{ id: 'p1', name: '银杏胡同' }, { id: 'p2', name: '安和里小区' }],
  today: '2026-03-09'
}

describe('roster sheet import', () => {
  it('reads good rows with places split on 、 and a default status and date', () => {
    const plan = planRosterSheet(
      [
        ['姓名', '手机号', '管家团', '点位', '技能', '加入日期', '状态'],
        ['张秀英', 13812345678, '东片管家团', '银杏胡同、安和里小区', '调解、摄影', new Date(Date.UTC(2025, 3, 1)), '在岗'],
        [null, '', '', '', '', '', ''],
        ['李建国', '010-6512 3456', '', '银杏胡同', '', '', '']
      ],
      ctx
    )
    expect(plan.issues).toEqual([])
    expect(plan.rowNumbers).toEqual([2, 4])
    expect(plan.rows).toEqual([
      { person: { name: '张秀英', phone: '13812345678' }, teamId: 't1', placeIds: ['p1', 'p2'], skills: ['调解', '摄影'], since: '2025-04-01', status: '在岗' },
      { person: { name: '李建国', phone: '01065123456' }, placeIds: ['p1'], skills: [], since: '2026-03-09', status: '在岗' }
    ])
  })

  it('names the sheet row and column of every problem, and keeps no bad row', () => {
    const plan = planRosterSheet(
      [
        [...ROSTER_HEADERS],
        ['王芳', '1381234567', '西片管家团', '银杏胡同、后海', '', '去年', '休假'],
        ['', '13912345678', '', '', '', '', '']
      ],
      ctx
    )
    expect(plan.rows).toEqual([])
    expect(plan.issues.map((i) => `${i.row}/${i.column}`)).toEqual(['2/手机', '2/管家团', '2/点位', '2/加入日期', '2/状态', '3/姓名'])
    expect(plan.issues[0].message).toBe('第 2 行“手机”：手机号应为 11 位（如 13812345678），这里是 10 位')
    expect(plan.issues[2].message).toContain('没有名为“后海”的点位')
  })

  it('refuses a sheet without a 姓名 column at row 1', () => {
    expect(planRosterSheet([['名字', '手机']], ctx).issues).toEqual([{ row: 1, column: '姓名', message: expect.stringContaining('表头缺少“姓名”列') }])
  })
})

describe('roster sheet export', () => {
  const views = [{ volunteer: { placeIds: ['p1', 'p2'], skills: ['调解'], since: '2025-04-01', status: '在岗' as const }, person: { name: '张秀英', phone: '13812345678' }, team: { name: '东片管家团' } }]
  const placeName = (id: string) => ctx.places.find((p) => p.id === id)?.name ?? ''

  it('writes the import headers, masking phones unless asked not to', () => {
    expect(ROSTER_COLUMNS.map((c) => c.header)).toEqual([...ROSTER_HEADERS])
    expect(rosterRows(views, placeName)).toEqual([{ 姓名: '张秀英', 手机: '138****5678', 管家团: '东片管家团', 点位: '银杏胡同、安和里小区', 技能: '调解', 加入日期: '2025-04-01', 状态: '在岗' }])
    expect(rosterRows(views, placeName, { unmasked: true })[0].手机).toBe('13812345678')
  })

  it('reads its own unmasked export back to the same volunteer', () => {
    const row = rosterRows(views, placeName, { unmasked: true })[0]
    const plan = planRosterSheet([[...ROSTER_HEADERS], ROSTER_HEADERS.map((h) => row[h])], ctx)
    expect(plan.rows[0]).toEqual({ person: { name: '张秀英', phone: '13812345678' }, teamId: 't1', placeIds: ['p1', 'p2'], skills: ['调解'], since: '2025-04-01', status: '在岗' })
  })
})
