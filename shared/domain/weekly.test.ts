import { describe, expect, it } from 'vitest'
import { lastWeek, shiftWeek, stillOverdue, summarizeWeek, weekOf, weekOfDay, type WeeklyCase } from './weekly'

const t = (local: string): number => Date.parse(`${local}+08:00`)

let seq = 0
function kase(fields: Partial<WeeklyCase> & { receivedAt: number }): WeeklyCase {
  seq += 1
  return { id: `c${String(seq).padStart(3, '0')}`, status: '办理中', ...fields }
}

describe('weeks', () => {
  it('run Monday 00:00 to the next Monday 00:00, China time', () => {
    // 2026-11-25 is a Wednesday
    expect(weekOfDay('2026-11-25')).toEqual({
      first: '2026-11-23',
      last: '2026-11-29',
      start: t('2026-11-23T00:00:00'),
      end: t('2026-11-30T00:00:00')
    })
    expect(weekOfDay('2026-11-29').first).toBe('2026-11-23')
    expect(weekOfDay('2026-11-30').first).toBe('2026-11-30')
  })

  it('place instants by the China day, whatever the UTC date says', () => {
    // Sunday 23:30 China time is still Sunday 15:30 UTC; Monday 00:30 China time is Sunday 16:30 UTC
    expect(weekOf(t('2026-11-29T23:30:00')).first).toBe('2026-11-23')
    expect(weekOf(Date.parse('2026-11-29T16:30:00Z')).first).toBe('2026-11-30')
  })

  it('go back across a year end, and last week is the one before now', () => {
    expect(shiftWeek(weekOfDay('2027-01-06'), -1)).toMatchObject({ first: '2026-12-28', last: '2027-01-03' })
    expect(lastWeek(t('2026-11-30T08:00:00')).first).toBe('2026-11-23')
    expect(() => weekOfDay('2026-13-01')).toThrow('日期格式应为 YYYY-MM-DD')
  })
})

describe('summarizeWeek', () => {
  const week = weekOfDay('2026-11-23')
  const now = t('2026-11-30T09:00:00')

  it('counts cases received from Monday 00:00 up to but not including the next Monday', () => {
    const edgeIn = kase({ receivedAt: t('2026-11-23T00:00:00') })
    const lastIn = kase({ receivedAt: t('2026-11-29T23:59:59') })
    const before = kase({ receivedAt: t('2026-11-22T23:59:59') })
    const after = kase({ receivedAt: t('2026-11-30T00:00:00') })
    const s = summarizeWeek([after, lastIn, before, edgeIn, edgeIn], week, { now })
    expect(s.received).toEqual([edgeIn.id, lastIn.id])
  })

  it('counts as 办结 only cases closed in the week, whenever received', () => {
    const old = kase({ receivedAt: t('2026-10-02T10:00:00'), status: '已办结', closedAt: t('2026-11-24T10:00:00') })
    const lateClose = kase({ receivedAt: t('2026-11-24T10:00:00'), status: '已办结', closedAt: t('2026-11-30T10:00:00') })
    const replied = kase({ receivedAt: t('2026-11-24T10:00:00'), status: '已反馈', repliedAt: t('2026-11-25T10:00:00') })
    const s = summarizeWeek([old, lateClose, replied], week, { now })
    expect(s.closed).toEqual([old.id])
  })

  it('counts as 超时 the cases whose finish deadline fell in the week and was missed', () => {
    const deadline = t('2026-11-26T00:00:00')
    const open = kase({ receivedAt: t('2026-11-19T09:00:00'), finishDeadline: deadline })
    const repliedLate = kase({ receivedAt: t('2026-11-19T09:00:00'), finishDeadline: deadline, status: '已反馈', repliedAt: deadline + 1 })
    const onTime = kase({ receivedAt: t('2026-11-19T09:00:00'), finishDeadline: deadline, status: '已办结', repliedAt: deadline - 1, closedAt: deadline + 5 })
    const withdrawn = kase({ receivedAt: t('2026-11-19T09:00:00'), finishDeadline: deadline, status: '已撤销' })
    const nextWeek = kase({ receivedAt: t('2026-11-26T09:00:00'), finishDeadline: t('2026-12-01T00:00:00') })
    const s = summarizeWeek([open, repliedLate, onTime, withdrawn, nextWeek], week, { now })
    expect(s.overdue).toEqual([open.id, repliedLate.id])
  })

  it('does not call a deadline later today overdue in the week still running', () => {
    const deadline = t('2026-11-26T18:00:00')
    const open = kase({ receivedAt: t('2026-11-20T09:00:00'), finishDeadline: deadline })
    expect(summarizeWeek([open], week, { now: t('2026-11-26T12:00:00') }).overdue).toEqual([])
    expect(summarizeWeek([open], week, { now: t('2026-11-26T18:00:01') }).overdue).toEqual([open.id])
  })

  it('ranks hot categories by new cases, with last week beside them and the cases behind each', () => {
    const road = { categoryId: 'road', categoryPath: '城乡建设/市容环卫/占道经营' }
    const heat = { categoryId: 'heat', categoryPath: '供暖/室温不达标' }
    const r1 = kase({ receivedAt: t('2026-11-23T09:00:00'), ...road })
    const r2 = kase({ receivedAt: t('2026-11-24T09:00:00'), ...road })
    const h1 = kase({ receivedAt: t('2026-11-25T09:00:00'), ...heat })
    const h2 = kase({ receivedAt: t('2026-11-26T09:00:00'), ...heat })
    const none = kase({ receivedAt: t('2026-11-27T09:00:00') })
    const prevHeat = kase({ receivedAt: t('2026-11-18T09:00:00'), ...heat })
    const prevRoad = [1, 2, 3].map((d) => kase({ receivedAt: t(`2026-11-1${d + 6}T09:00:00`), ...road }))
    const s = summarizeWeek([r1, r2, h1, h2, none, prevHeat, ...prevRoad], week, { now, top: 2 })
    // equal counts: the one that rose more comes first (供暖 +1, 占道 −1)
    expect(s.hotCategories).toEqual([
      { categoryId: 'heat', label: '供暖/室温不达标', count: 2, previous: 1, caseIds: [h1.id, h2.id] },
      { categoryId: 'road', label: '城乡建设/市容环卫/占道经营', count: 2, previous: 3, caseIds: [r1.id, r2.id] }
    ])
    expect(summarizeWeek([none], week, { now }).hotCategories).toEqual([
      { categoryId: '', label: '未分类', count: 1, previous: 0, caseIds: [none.id] }
    ])
  })

  it('gives empty lists for a week without cases', () => {
    expect(summarizeWeek([], week, { now })).toEqual({ week, received: [], closed: [], overdue: [], hotCategories: [] })
  })
})

describe('stillOverdue', () => {
  it('lists open, unanswered cases past their deadline, oldest deadline first', () => {
    const now = t('2026-11-30T09:00:00')
    const a = kase({ receivedAt: 0, finishDeadline: t('2026-11-28T00:00:00') })
    const b = kase({ receivedAt: 0, finishDeadline: t('2026-11-20T00:00:00') })
    const notYet = kase({ receivedAt: 0, finishDeadline: t('2026-12-01T00:00:00') })
    const answered = kase({ receivedAt: 0, finishDeadline: t('2026-11-20T00:00:00'), status: '已反馈', repliedAt: t('2026-11-21T00:00:00') })
    expect(stillOverdue([a, notYet, answered, b], now).map((c) => c.id)).toEqual([b.id, a.id])
  })
})
