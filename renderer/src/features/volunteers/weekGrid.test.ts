import { describe, expect, it } from 'vitest'
import type { Shift } from '@shared/domain/volunteers'
import type { RosterSlot } from '../../db/volunteers/contract'
import { DAY_MS, slotState, slotText, weekDays, weekGrid, weekStartOf } from './weekGrid'

const HOUR = 3_600_000
// 2026-11-23 is a Monday; 00:00 China time is 16:00 UTC the day before
const MONDAY = Date.UTC(2026, 10, 22, 16)

const slot = (placeId: string, start: number, needed: number, filled: number): RosterSlot => ({
  shift: { id: `${placeId}-${start}`, placeId, start, end: start + 2 * HOUR, needed, signups: [] } as unknown as Shift,
  filled,
  gap: Math.max(0, needed - filled)
})

describe('weekStartOf', () => {
  it('gives Monday 00:00 China time for any moment of the week', () => {
    expect(weekStartOf(MONDAY)).toBe(MONDAY)
    expect(weekStartOf(MONDAY + 3 * DAY_MS + 13 * HOUR)).toBe(MONDAY)
    // Sunday 23:59 China time still belongs to the week before the next Monday
    expect(weekStartOf(MONDAY + 7 * DAY_MS - 60_000)).toBe(MONDAY)
    // Monday 07:00 China time is still Sunday in UTC
    expect(weekStartOf(MONDAY + 7 * DAY_MS + 7 * HOUR)).toBe(MONDAY + 7 * DAY_MS)
  })

  it('names the days Monday to Sunday with their dates', () => {
    const days = weekDays(MONDAY)
    expect(days.map((d) => d.weekday)).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日'])
    expect(days[0].date).toBe('2026-11-23')
    expect(days[6].date).toBe('2026-11-29')
  })
})

describe('weekGrid', () => {
  it('puts each slot under its place and day, and counts the gaps', () => {
    const slots = [slot('p2', MONDAY + 2 * DAY_MS + 8 * HOUR, 2, 1), slot('p1', MONDAY + 9 * HOUR, 1, 1), slot('p1', MONDAY + 8 * HOUR, 3, 0)]
    const names: Record<string, string> = { p1: '银杏胡同', p2: '东四北大街' }
    const { rows, totals } = weekGrid(slots, MONDAY, (id) => names[id])
    expect(rows.map((r) => r.placeName)).toEqual(['东四北大街', '银杏胡同'])
    expect(rows[1].days[0].map((s) => s.shift.needed)).toEqual([3, 1])
    expect(rows[0].days[2]).toHaveLength(1)
    expect(rows[1].gaps).toBe(3)
    expect(totals).toEqual({ shifts: 3, needed: 6, filled: 2, gaps: 4, short: 2, unscheduled: 0 })
    expect(rows.every((r) => !r.unscheduled)).toBe(true)
  })

  it('adds a row 本周无班次 for each place looked after with no shift this week, after the scheduled ones', () => {
    const names: Record<string, string> = { p1: '银杏胡同', p2: '东四北大街', p3: '安和广场', p4: '北新桥三条', p5: '南锣鼓巷' }
    const coverage = [
      { placeId: 'p1', volunteerIds: ['v1'] },
      { placeId: 'p2', volunteerIds: ['v2'] },
      { placeId: 'p3', volunteerIds: ['v1', 'v3'] },
      { placeId: 'p4', volunteerIds: [] },
      { placeId: 'p5', volunteerIds: ['v4'] }
    ]
    // p5 has a shift, but next week: this week it has none
    const slots = [slot('p1', MONDAY + 8 * HOUR, 1, 0), slot('p5', MONDAY + 7 * DAY_MS + 8 * HOUR, 1, 0)]
    const { rows, totals } = weekGrid(slots, MONDAY, (id) => names[id], coverage)
    expect(rows.map((r) => [r.placeName, r.unscheduled])).toEqual([['银杏胡同', false], ['安和广场', true], ['东四北大街', true], ['南锣鼓巷', true]])
    expect(rows.filter((r) => r.unscheduled).every((r) => r.gaps === 0 && r.days.every((d) => d.length === 0))).toBe(true)
    expect(totals).toMatchObject({ shifts: 1, unscheduled: 3 })
  })

  it('leaves out slots of another week', () => {
    const { rows, totals } = weekGrid([slot('p1', MONDAY + 7 * DAY_MS, 1, 0), slot('p1', MONDAY - HOUR, 1, 0)], MONDAY, () => '')
    expect(rows).toEqual([])
    expect(totals.shifts).toBe(0)
  })

  it('tells a full slot from a short one and an empty one', () => {
    expect(slotState({ filled: 2, gap: 0 })).toBe('full')
    expect(slotState({ filled: 1, gap: 1 })).toBe('short')
    expect(slotState({ filled: 0, gap: 2 })).toBe('empty')
  })

  it('writes a slot as its clock times, with the end date past midnight', () => {
    expect(slotText(MONDAY + 8 * HOUR, MONDAY + 10 * HOUR)).toBe('08:00–10:00')
    expect(slotText(MONDAY + 22 * HOUR, MONDAY + 26 * HOUR)).toBe('22:00–11-24 02:00')
    expect(slotText(MONDAY + 20 * HOUR, MONDAY + 24 * HOUR)).toBe('20:00–24:00')
  })
})
