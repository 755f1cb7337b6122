import { describe, expect, it } from 'vitest'
import type { WhistleReport } from '@shared/domain/work'
import { canComplete, countdown, minutesLate, minutesOverdue, punctualityByUnit } from './whistleView'

const MIN = 60_000
const T0 = Date.UTC(2026, 10, 25, 6, 0)

const report = (over: Partial<WhistleReport> = {}): WhistleReport => ({
  id: 'r1', communityId: 'c', createdAt: T0, updatedAt: T0, hlc: '',
  whistleId: 'w1', unitId: 'u1', notifiedAt: T0, arrivalDeadline: T0 + 30 * MIN,
  ...over
})

describe('countdown and lateness', () => {
  it('counts down as mm:ss and stops at 00:00', () => {
    expect(countdown(T0 + 29 * MIN + 5_000, T0)).toBe('29:05')
    expect(countdown(T0 + 125 * MIN, T0)).toBe('125:00')
    expect(countdown(T0, T0 + 5_000)).toBe('00:00')
  })

  it('says how many minutes past the deadline', () => {
    expect(minutesOverdue(T0, T0 + 10_000)).toBe(1)
    expect(minutesOverdue(T0, T0 + 10 * MIN + 59_000)).toBe(10)
    expect(minutesLate(report({ arrivedAt: T0 + 40 * MIN }))).toBe(10)
    expect(minutesLate(report({ arrivedAt: T0 + 20 * MIN }))).toBe(0)
  })
})

describe('completion and punctuality', () => {
  it('offers 完成吹哨 only when every unit arrived and reported a result', () => {
    const done = report({ arrivedAt: T0, result: '已清理' })
    expect(canComplete([done, report({ id: 'r2', arrivedAt: T0 })])).toBe(false)
    expect(canComplete([done, report({ id: 'r2', arrivedAt: T0, result: '已整改' })])).toBe(true)
    expect(canComplete([])).toBe(false)
  })

  it('rates each unit by its arrivals, with no rate before the first arrival', () => {
    const rows = punctualityByUnit([
      report({ id: 'a', unitId: 'u1', arrivedAt: T0 + 10 * MIN }),
      report({ id: 'b', unitId: 'u1', arrivedAt: T0 + 50 * MIN }),
      report({ id: 'c', unitId: 'u1', arrivedAt: T0 + 20 * MIN }),
      report({ id: 'd', unitId: 'u2' })
    ])
    expect(rows).toEqual([
      { unitId: 'u1', summoned: 3, arrived: 3, onTime: 2, rate: 2 / 3 },
      { unitId: 'u2', summoned: 1, arrived: 0, onTime: 0, rate: null }
    ])
  })
})
