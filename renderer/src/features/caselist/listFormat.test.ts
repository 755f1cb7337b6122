import { describe, expect, it } from 'vitest'
import { readDeadline, statusTag, visibleRange } from './listFormat'

const NOW = Date.UTC(2026, 10, 25, 6, 30)
const HOUR = 3_600_000

describe('readDeadline', () => {
  it('reads time left, time overdue, a paused clock or none', () => {
    expect(readDeadline({ status: '办理中', finishDeadline: NOW + 3 * HOUR, light: 'yellow' }, NOW)).toEqual({ kind: 'left', ms: 3 * HOUR })
    expect(readDeadline({ status: '待签收', finishDeadline: NOW - HOUR, light: 'red' }, NOW)).toEqual({ kind: 'late', ms: HOUR })
    expect(readDeadline({ status: '挂账', finishDeadline: NOW + HOUR, light: null }, NOW)).toEqual({ kind: 'paused' })
    expect(readDeadline({ status: '已办结', finishDeadline: NOW - HOUR, light: null }, NOW)).toEqual({ kind: 'none' })
  })
})

describe('statusTag', () => {
  it('marks work waiting on the desk and work done apart', () => {
    expect(statusTag('待签收')).toBe('warning')
    expect(statusTag('办理中')).toBe('primary')
    expect(statusTag('已反馈')).toBe('success')
    expect(statusTag('退单')).toBe('danger')
    expect(statusTag('已撤销')).toBe('info')
  })
})

describe('visibleRange', () => {
  it('covers the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 440, 44, 1000, 2)).toEqual({ first: 0, last: 12 })
    expect(visibleRange(4400, 440, 44, 1000, 2)).toEqual({ first: 98, last: 112 })
    expect(visibleRange(43_800, 440, 44, 1000, 2)).toEqual({ first: 993, last: 999 })
    expect(visibleRange(0, 440, 44, 0)).toEqual({ first: 0, last: -1 })
  })
})
