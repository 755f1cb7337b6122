import { describe, expect, it } from 'vitest'
import type { CaseRecord } from '@shared/domain/case'
import { dueTodayFor, oldestFirst, overdueCases } from './homeLists'

const HOUR = 3_600_000
// 2026-11-25 10:00 China time
const NOW = Date.UTC(2026, 10, 25, 2, 0)

type Row = Pick<CaseRecord, 'id' | 'status' | 'handlerId' | 'finishDeadline' | 'paused'>
const row = (id: string, over: Partial<Row> = {}): Row => ({ id, status: '办理中', handlerId: 'me', finishDeadline: NOW + HOUR, ...over })

describe('dueTodayFor', () => {
  it('lists my running cases due on today’s China date, earliest first', () => {
    const cases = [
      row('tonight', { finishDeadline: Date.UTC(2026, 10, 25, 16, 0) }), // 24:00 on the 25th, China time
      row('tomorrow', { finishDeadline: Date.UTC(2026, 10, 25, 16, 1) }), // 00:01 on the 26th
      row('this-morning', { finishDeadline: NOW - HOUR }),
      row('someone-else', { handlerId: 'other' }),
      row('replied', { status: '已反馈' }),
      row('parked', { status: '挂账', paused: true })
    ]
    expect(dueTodayFor(cases, 'me', NOW).map((c) => c.id)).toEqual(['this-morning', 'tonight'])
    expect(dueTodayFor(cases, undefined, NOW)).toEqual([])
  })
})

describe('overdueCases', () => {
  it('lists running cases past their deadline, most overdue first', () => {
    const cases = [
      row('a', { finishDeadline: NOW - HOUR }),
      row('b', { finishDeadline: NOW - 30 * HOUR, handlerId: 'other', status: '待签收' }),
      row('not-yet', { finishDeadline: NOW + HOUR }),
      row('done', { status: '已反馈', finishDeadline: NOW - 50 * HOUR }),
      row('no-deadline', { finishDeadline: undefined })
    ]
    expect(overdueCases(cases, NOW).map((c) => c.id)).toEqual(['b', 'a'])
  })
})

describe('oldestFirst', () => {
  it('orders the callback queue by the reply that put each case there', () => {
    const entry = (id: string, repliedAt: number, callbackDue?: number) => ({ id, case: { repliedAt, callbackDue, updatedAt: 0 } })
    expect(oldestFirst([entry('new', 30), entry('old', 10), entry('due', 50, 5)]).map((e) => e.id)).toEqual(['due', 'old', 'new'])
  })
})
