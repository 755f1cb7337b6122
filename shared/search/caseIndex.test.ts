import { describe, expect, it } from 'vitest'
import { createCaseIndex } from './caseIndex'
import { CATEGORIES, DAY, HOUR, T0, caseRow } from './testing'
import type { CaseQuery } from './types'

const NOW = T0 + 2 * DAY
const q = (fields: Partial<CaseQuery> = {}): CaseQuery => ({
  sort: { field: 'receivedAt', dir: 'asc' },
  offset: 0,
  limit: 50,
  now: NOW,
  ...fields
})
const ids = (index: ReturnType<typeof createCaseIndex>, fields: Partial<CaseQuery> = {}) => index.query(q(fields)).rows.map((r) => r.id)

describe('case index filters', () => {
  const a = caseRow({ status: '待签收', gridId: 'g1', handlerId: 'u1', finishDeadline: T0 + 5 * DAY, categoryId: 'c-stall' })
  const b = caseRow({ status: '办理中', gridId: 'g1', handlerId: 'u2', finishDeadline: T0 + 3 * DAY, categoryId: 'c-litter', flags: ['督办'] })
  const c = caseRow({ status: '办理中', gridId: 'g2', handlerId: 'u1', finishDeadline: T0 + 4 * DAY, categoryId: 'c-cold', source: '来访' })
  const d = caseRow({ status: '已办结', gridId: 'g2', closedAt: T0 + DAY, repliedAt: T0 + DAY, categoryId: 'c-heat', type: '咨询' })
  const index = createCaseIndex([a, b, c, d], { categories: CATEGORIES })

  it('combines filters with AND and values within a filter with OR', () => {
    expect(ids(index, { filters: { status: ['办理中'] } })).toEqual([b.id, c.id])
    expect(ids(index, { filters: { status: ['办理中', '待签收'], gridId: ['g1'] } })).toEqual([a.id, b.id])
    expect(ids(index, { filters: { handlerId: ['u1'], source: ['来访'] } })).toEqual([c.id])
    expect(ids(index, { filters: { type: ['咨询'] } })).toEqual([d.id])
    expect(ids(index, { filters: { flags: ['督办', '疑难'] } })).toEqual([b.id])
    expect(ids(index, { filters: { gridId: ['no-such-grid'] } })).toEqual([])
    expect(ids(index, { filters: { status: [], gridId: [] } })).toHaveLength(4)
  })

  it('a parent category matches its descendants, a leaf only itself', () => {
    expect(ids(index, { filters: { categoryId: 'c-city' } })).toEqual([a.id, b.id])
    expect(ids(index, { filters: { categoryId: 'c-heat' } })).toEqual([c.id, d.id])
    expect(ids(index, { filters: { categoryId: 'c-stall' } })).toEqual([a.id])
  })

  it('sorts by the 办结 deadline, nearest first, and pages through the result', () => {
    const sort = { field: 'finishDeadline' as const, dir: 'asc' as const }
    expect(ids(index, { sort, filters: { status: ['待签收', '办理中'] } })).toEqual([b.id, c.id, a.id])
    const page = index.query(q({ sort, filters: { status: ['待签收', '办理中'] }, offset: 1, limit: 1 }))
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.id)).toEqual([c.id])
    expect(ids(index, { sort: { field: 'finishDeadline', dir: 'desc' }, filters: { status: ['待签收', '办理中'] } })).toEqual([a.id, c.id, b.id])
  })

  it('returns what the list shows for each row', () => {
    const [row] = index.query(q({ filters: { flags: ['督办'] } })).rows
    expect(row).toMatchObject({ id: b.id, status: '办理中', gridId: 'g1', handlerId: 'u2', categoryId: 'c-litter', flags: ['督办'], finishDeadline: T0 + 3 * DAY })
  })
})

describe('warning lights are read at query time', () => {
  // 10-day span from T0: yellow from day 5, orange from day 8, red after day 10
  const running = caseRow({ finishDeadline: T0 + 10 * DAY })
  const parked = caseRow({ status: '挂账', paused: true, finishDeadline: T0 + DAY })
  const replied = caseRow({ status: '已反馈', repliedAt: T0 + DAY, finishDeadline: T0 + 2 * DAY })
  const index = createCaseIndex([running, parked, replied])
  const lightAt = (now: number) => index.query(q({ now, filters: { status: ['办理中'] } })).rows[0].light

  it('turns green, yellow, orange and red as the span is used up', () => {
    expect(lightAt(T0 + DAY)).toBe('green')
    expect(lightAt(T0 + 5 * DAY)).toBe('yellow')
    expect(lightAt(T0 + 8 * DAY)).toBe('orange')
    expect(lightAt(T0 + 10 * DAY)).toBe('orange')
    expect(lightAt(T0 + 10 * DAY + 1)).toBe('red')
  })

  it('a parked or replied case has no light and never matches a light filter', () => {
    const all = index.query(q({ now: T0 + 30 * DAY }))
    expect(Object.fromEntries(all.rows.map((r) => [r.id, r.light]))).toEqual({ [running.id]: 'red', [parked.id]: null, [replied.id]: null })
    expect(ids(index, { now: T0 + 30 * DAY, filters: { light: ['red', 'green', 'yellow', 'orange'] } })).toEqual([running.id])
  })

  it('measures the span from the latest 重办 when the row says so', () => {
    const reopened = caseRow({ finishStartedAt: T0 + 20 * DAY, finishDeadline: T0 + 30 * DAY })
    const one = createCaseIndex([reopened])
    expect(one.query(q({ now: T0 + 21 * DAY })).rows[0].light).toBe('green')
  })

  it('超时: running past the deadline, or answered after it', () => {
    const lateReply = caseRow({ status: '已办结', repliedAt: T0 + 3 * DAY, closedAt: T0 + 4 * DAY, finishDeadline: T0 + 2 * DAY })
    const onTime = caseRow({ status: '已办结', repliedAt: T0 + DAY, closedAt: T0 + 4 * DAY, finishDeadline: T0 + 2 * DAY })
    const withdrawn = caseRow({ status: '已撤销', finishDeadline: T0 + DAY })
    const late = caseRow({ finishDeadline: T0 + DAY })
    const both = createCaseIndex([lateReply, onTime, withdrawn, late])
    expect(ids(both, { filters: { overdue: true } })).toEqual([lateReply.id, late.id])
    expect(ids(both, { filters: { overdue: false } })).toEqual([onTime.id, withdrawn.id])
  })
})

describe('search', () => {
  const stall = caseRow({ title: '占道经营', content: '早市摊贩占道经营，影响通行', address: '银杏胡同12号', orderNo: '2026030900123', callerName: '张三' })
  const wifi = caseRow({ title: '小区WiFi信号差', content: '咨询公共WiFi', address: '安和里小区3号楼', callerName: '李四' })
  const secret = caseRow({ title: '举报违建', content: '楼顶私搭乱建', callerName: '张森', confidential: true })
  const surname = caseRow({ title: '暖气不热', content: '室温不达标', callerName: '单田芳' })
  const index = createCaseIndex([stall, wifi, secret, surname])
  const found = (search: string) => ids(index, { search })

  it('finds a Chinese substring in title, content or address', () => {
    expect(found('占道')).toEqual([stall.id])
    expect(found('通行')).toEqual([stall.id])
    expect(found('安和里')).toEqual([wifi.id])
    expect(found('没有的词')).toEqual([])
  })

  it('ignores case, and needs every word of the query', () => {
    expect(found('wifi')).toEqual([wifi.id])
    expect(found('WIFI 咨询')).toEqual([wifi.id])
    expect(found('WIFI 占道')).toEqual([])
  })

  it('finds a 工单编号 by its beginning', () => {
    expect(found('20260309')).toEqual([stall.id])
  })

  it('matches ASCII letters against the caller’s pinyin initials, but never a 保密件 caller', () => {
    expect(found('zs')).toEqual([stall.id])
    expect(found('ZS')).toEqual([stall.id])
    expect(found('l')).toEqual([wifi.id])
    // 单 as a surname reads shàn
    expect(found('stf')).toEqual([surname.id])
    expect(found('zs 占道')).toEqual([stall.id])
  })

  it('an empty or blank search matches everything', () => {
    expect(found('')).toHaveLength(4)
    expect(found('   ')).toHaveLength(4)
  })
})

describe('keeping current', () => {
  it('an upsert moves a case between filters and keeps the sort order', () => {
    const rows = [1, 2, 3, 4].map((n) => caseRow({ finishDeadline: T0 + n * DAY }))
    const index = createCaseIndex(rows)
    const sort = { field: 'finishDeadline' as const, dir: 'asc' as const }
    expect(ids(index, { sort })).toEqual(rows.map((r) => r.id))
    const before = index.version
    index.upsert([{ ...rows[0], finishDeadline: T0 + 5 * DAY, status: '延期审核' }])
    expect(index.version).toBeGreaterThan(before)
    expect(ids(index, { sort })).toEqual([rows[1].id, rows[2].id, rows[3].id, rows[0].id])
    expect(ids(index, { filters: { status: ['延期审核'] } })).toEqual([rows[0].id])
    expect(index.size).toBe(4)
  })

  it('a tombstoned row or a removed id leaves the index, and its slot is reused', () => {
    const rows = [1, 2, 3].map((n) => caseRow({ receivedAt: T0 + n * HOUR }))
    const index = createCaseIndex(rows)
    index.upsert([{ ...rows[1], deletedAt: T0 }])
    index.remove([rows[2].id, 'unknown'])
    expect(ids(index)).toEqual([rows[0].id])
    const added = caseRow({ receivedAt: T0 })
    index.upsert([added])
    expect(ids(index)).toEqual([added.id, rows[0].id])
    expect(index.has(rows[1].id)).toBe(false)
  })

  it('a search follows a changed text', () => {
    const row = caseRow({ title: '噪声扰民' })
    const index = createCaseIndex([row])
    expect(ids(index, { search: '噪声' })).toEqual([row.id])
    index.upsert([{ ...row, title: '路灯不亮', content: '夜间路灯不亮' }])
    expect(ids(index, { search: '噪声' })).toEqual([])
    expect(ids(index, { search: '路灯' })).toEqual([row.id])
  })

  it('keeps the order through one-by-one upserts that outgrow the columns', () => {
    const index = createCaseIndex([caseRow({ receivedAt: T0 })])
    const sort = { field: 'receivedAt' as const, dir: 'desc' as const }
    expect(ids(index, { sort })).toHaveLength(1)
    const added = Array.from({ length: 1500 }, (_, n) => caseRow({ receivedAt: T0 + ((n * 7919) % 1500) * 60_000 }))
    for (const row of added) index.upsert([row])
    const page = index.query(q({ sort, limit: 2000 }))
    expect(page.total).toBe(1501)
    const times = page.rows.map((r) => r.receivedAt)
    expect(times).toEqual([...times].sort((x, y) => y - x))
  })

  it('cases without a 工单编号 sort after those with one', () => {
    const none = caseRow({ source: '来访' })
    const late = caseRow({ orderNo: '202603100001' })
    const early = caseRow({ orderNo: '202603090001' })
    const index = createCaseIndex([none, late, early])
    expect(ids(index, { sort: { field: 'orderNo', dir: 'asc' } })).toEqual([early.id, late.id, none.id])
  })

  it('status and level sort in their listed order, then by receipt', () => {
    const closed = caseRow({ status: '已办结', receivedAt: T0 })
    const signing = caseRow({ status: '待签收', receivedAt: T0 + HOUR, level: '15天' })
    const urgent = caseRow({ status: '办理中', receivedAt: T0 + 2 * HOUR, level: '2小时' })
    const working = caseRow({ status: '办理中', receivedAt: T0 - HOUR, level: '24小时' })
    const index = createCaseIndex([closed, signing, urgent, working])
    expect(ids(index, { sort: { field: 'status', dir: 'asc' } })).toEqual([signing.id, working.id, urgent.id, closed.id])
    expect(ids(index, { sort: { field: 'level', dir: 'asc' } })).toEqual([urgent.id, working.id, closed.id, signing.id])
  })
})

describe('ranges, callbacks and counts', () => {
  it('time ranges are inclusive and a closed range leaves out open cases', () => {
    const early = caseRow({ receivedAt: T0 })
    const late = caseRow({ receivedAt: T0 + DAY, status: '已办结', closedAt: T0 + 2 * DAY })
    const index = createCaseIndex([early, late])
    expect(ids(index, { filters: { receivedFrom: T0, receivedTo: T0 } })).toEqual([early.id])
    expect(ids(index, { filters: { receivedFrom: T0 + 1 } })).toEqual([late.id])
    expect(ids(index, { filters: { closedTo: T0 + 2 * DAY } })).toEqual([late.id])
  })

  it('待回访 holds answered cases not called back since their reply', () => {
    const waiting = caseRow({ status: '已反馈', repliedAt: T0 + DAY, callbackDue: T0 + DAY })
    const done = caseRow({ status: '已办结', repliedAt: T0 + DAY, closedAt: T0 + DAY, callback: { valid: true, contacted: true, resolved: true } })
    const againAfterReopen = caseRow({ status: '已反馈', callback: { valid: true, contacted: true, resolved: false }, callbackDue: T0 + 5 * DAY })
    const older = caseRow({ status: '已办结', closedAt: T0 + DAY })
    const working = caseRow()
    const index = createCaseIndex([waiting, done, againAfterReopen, older, working])
    expect(ids(index, { filters: { awaitingCallback: true } })).toEqual([waiting.id, againAfterReopen.id, older.id])
  })

  it('counts each view within the filters and search', () => {
    const rows = [
      caseRow({ gridId: 'g1', title: '噪声扰民' }),
      caseRow({ gridId: 'g1', status: '已办结', closedAt: T0 + DAY }),
      caseRow({ gridId: 'g2', title: '噪声扰民' })
    ]
    const index = createCaseIndex(rows)
    const views = { open: { status: ['办理中' as const] }, all: {} }
    expect(index.counts({ now: NOW }, views)).toEqual({ open: 2, all: 3 })
    expect(index.counts({ now: NOW, filters: { gridId: ['g1'] } }, views)).toEqual({ open: 1, all: 2 })
    expect(index.counts({ now: NOW, search: '噪声' }, views)).toEqual({ open: 2, all: 2 })
  })

  it('ids lists the first matches in order, for select-all and export', () => {
    const rows = [3, 1, 2].map((n) => caseRow({ receivedAt: T0 + n * HOUR }))
    const index = createCaseIndex(rows)
    expect(index.ids({ sort: { field: 'receivedAt', dir: 'desc' }, now: NOW }, 2)).toEqual([rows[0].id, rows[2].id])
  })
})
