import { describe, expect, it } from 'vitest'
import { chinaCalendar, withOverrides } from './calendar'
import { addClock, advanceDeadline, deadlineFromLog, isPaused, pausedAmount, workingMsBetween, type ClockLogEntry } from './sla'

const t = (local: string): number => Date.parse(`${local}+08:00`)
const H = 3_600_000

describe('addClock', () => {
  it('adds exact hours', () => {
    expect(addClock(t('2026-02-13T10:15:00'), { amount: 2, unit: 'hour' }, chinaCalendar)).toBe(t('2026-02-13T12:15:00'))
    expect(addClock(t('2026-02-13T23:00:00'), { amount: 24, unit: 'hour' }, chinaCalendar)).toBe(t('2026-02-14T23:00:00'))
    expect(addClock(t('2026-02-13T10:00:00'), { amount: 1.5, unit: 'hour' }, chinaCalendar)).toBe(t('2026-02-13T11:30:00'))
  })

  it('ends natural days at 24:00 of the day `amount` days after the start day', () => {
    expect(addClock(t('2026-02-13T10:00:00'), { amount: 7, unit: 'natural_day' }, chinaCalendar)).toBe(t('2026-02-21T00:00:00'))
    expect(addClock(t('2026-02-13T23:59:59'), { amount: 1, unit: 'natural_day' }, chinaCalendar)).toBe(t('2026-02-15T00:00:00'))
    expect(addClock(t('2026-02-13T00:00:00'), { amount: 1, unit: 'natural_day' }, chinaCalendar)).toBe(t('2026-02-15T00:00:00'))
  })

  it('counts 7 working days from 2026-02-13 across 春节 and both 调休 Saturdays', () => {
    // 02-14(1) 02-24(2) 02-25(3) 02-26(4) 02-27(5) 02-28(6) 03-02(7)
    expect(addClock(t('2026-02-13T09:30:00'), { amount: 7, unit: 'work_day' }, chinaCalendar)).toBe(t('2026-03-03T00:00:00'))
    expect(addClock(t('2026-02-13T09:30:00'), { amount: 1, unit: 'work_day' }, chinaCalendar)).toBe(t('2026-02-15T00:00:00'))
    expect(addClock(t('2026-02-14T18:00:00'), { amount: 1, unit: 'work_day' }, chinaCalendar)).toBe(t('2026-02-25T00:00:00'))
  })

  it('counts a work-day clock started on a holiday from the next working day', () => {
    expect(addClock(t('2026-10-03T12:00:00'), { amount: 2, unit: 'work_day' }, chinaCalendar)).toBe(t('2026-10-10T00:00:00'))
    expect(addClock(t('2026-10-03T12:00:00'), { amount: 3, unit: 'work_day' }, chinaCalendar)).toBe(t('2026-10-11T00:00:00'))
  })

  it('uses the calendar it is given', () => {
    const edited = withOverrides(chinaCalendar, [{ day: '2026-03-02', kind: 'holiday' }])
    expect(addClock(t('2026-02-13T09:30:00'), { amount: 7, unit: 'work_day' }, edited)).toBe(t('2026-03-04T00:00:00'))
  })

  it('treats amount 0 as "now" for hours and as the end of the start day for days', () => {
    const start = t('2026-02-15T10:00:00')
    expect(addClock(start, { amount: 0, unit: 'hour' }, chinaCalendar)).toBe(start)
    expect(addClock(start, { amount: 0, unit: 'natural_day' }, chinaCalendar)).toBe(t('2026-02-16T00:00:00'))
    expect(addClock(start, { amount: 0, unit: 'work_day' }, chinaCalendar)).toBe(t('2026-02-16T00:00:00'))
  })

  it('refuses negative, non-finite and fractional-day amounts in Chinese', () => {
    const start = t('2026-02-13T10:00:00')
    expect(() => addClock(start, { amount: -1, unit: 'hour' }, chinaCalendar)).toThrow('时限数值须为正数')
    expect(() => addClock(start, { amount: Number.NaN, unit: 'work_day' }, chinaCalendar)).toThrow('时限数值须为正数')
    expect(() => addClock(start, { amount: Infinity, unit: 'natural_day' }, chinaCalendar)).toThrow('时限数值须为正数')
    expect(() => addClock(start, { amount: 1.5, unit: 'work_day' }, chinaCalendar)).toThrow('天数须为整数')
  })
})

describe('paused spans in the clock unit', () => {
  it('counts only the part of a pause lying on working days', () => {
    // Fri 17:00 → Mon 09:00 across a weekend: 7 h + 9 h of working days
    expect(workingMsBetween(t('2026-03-06T17:00:00'), t('2026-03-09T09:00:00'), chinaCalendar)).toBe(16 * H)
    expect(pausedAmount(t('2026-03-06T17:00:00'), t('2026-03-09T09:00:00'), 'work_day', chinaCalendar)).toBe(1)
    expect(pausedAmount(t('2026-03-07T08:00:00'), t('2026-03-08T20:00:00'), 'work_day', chinaCalendar)).toBe(0)
    expect(pausedAmount(t('2026-02-14T08:00:00'), t('2026-02-24T08:00:00'), 'work_day', chinaCalendar)).toBe(1)
  })

  it('rounds natural-day pauses up to whole days and keeps hours exact', () => {
    expect(pausedAmount(t('2026-03-06T10:00:00'), t('2026-03-06T15:00:00'), 'natural_day', chinaCalendar)).toBe(1)
    expect(pausedAmount(t('2026-03-06T10:00:00'), t('2026-03-08T10:00:00'), 'natural_day', chinaCalendar)).toBe(2)
    expect(pausedAmount(t('2026-03-06T10:00:00'), t('2026-03-08T10:00:01'), 'natural_day', chinaCalendar)).toBe(3)
    expect(pausedAmount(t('2026-03-06T10:00:00'), t('2026-03-06T11:30:00'), 'hour', chinaCalendar)).toBe(1.5)
  })

  it('advances a 00:00 deadline by whole days of the day it closes', () => {
    const deadline = t('2026-03-03T00:00:00')
    expect(advanceDeadline(deadline, { amount: 2, unit: 'work_day' }, chinaCalendar)).toBe(t('2026-03-05T00:00:00'))
    expect(advanceDeadline(deadline, { amount: 1, unit: 'natural_day' }, chinaCalendar)).toBe(t('2026-03-04T00:00:00'))
    expect(advanceDeadline(deadline, { amount: 0, unit: 'work_day' }, chinaCalendar)).toBe(deadline)
  })
})

describe('deadlineFromLog', () => {
  const seven = { amount: 7, unit: 'work_day' } as const
  const start: ClockLogEntry = { type: 'start', at: t('2026-02-13T09:30:00') }

  it('equals addClock for a bare start', () => {
    expect(deadlineFromLog([start], seven, chinaCalendar)).toBe(t('2026-03-03T00:00:00'))
  })

  it('moves a work-day deadline by the working days a pause covered', () => {
    const log: ClockLogEntry[] = [start, { type: 'pause', at: t('2026-02-24T10:00:00') }, { type: 'resume', at: t('2026-02-25T16:00:00') }]
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-05T00:00:00'))
  })

  it('does not move a work-day deadline for a pause over the 春节 holidays', () => {
    const log: ClockLogEntry[] = [start, { type: 'pause', at: t('2026-02-15T10:00:00') }, { type: 'resume', at: t('2026-02-22T10:00:00') }]
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-03T00:00:00'))
  })

  it('moves an hour deadline by the exact paused span', () => {
    const log: ClockLogEntry[] = [
      { type: 'start', at: t('2026-03-06T10:00:00') },
      { type: 'pause', at: t('2026-03-06T10:30:00') },
      { type: 'resume', at: t('2026-03-06T11:15:00') }
    ]
    expect(deadlineFromLog(log, { amount: 2, unit: 'hour' }, chinaCalendar)).toBe(t('2026-03-06T12:45:00'))
  })

  it('adds an approved extension from the deadline current at that moment', () => {
    const log: ClockLogEntry[] = [start, { type: 'extend', at: t('2026-02-26T10:00:00'), amount: 3, unit: 'work_day' }]
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-06T00:00:00'))
    const hours: ClockLogEntry[] = [start, { type: 'extend', at: t('2026-02-26T10:00:00'), amount: 12, unit: 'hour' }]
    expect(deadlineFromLog(hours, seven, chinaCalendar)).toBe(t('2026-03-03T12:00:00'))
  })

  it('freezes during an open pause, or counts it up to `now` when given', () => {
    const log: ClockLogEntry[] = [start, { type: 'pause', at: t('2026-02-24T10:00:00') }]
    expect(isPaused(log)).toBe(true)
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-03T00:00:00'))
    expect(deadlineFromLog(log, seven, chinaCalendar, t('2026-02-26T12:00:00'))).toBe(t('2026-03-06T00:00:00'))
  })

  it('nests pauses and ignores a resume without a pause', () => {
    const log: ClockLogEntry[] = [
      start,
      { type: 'resume', at: t('2026-02-24T08:00:00') },
      { type: 'pause', at: t('2026-02-24T10:00:00') },
      { type: 'pause', at: t('2026-02-24T11:00:00') },
      { type: 'resume', at: t('2026-02-24T12:00:00') }
    ]
    expect(isPaused(log)).toBe(true)
    expect(isPaused([...log, { type: 'resume', at: t('2026-02-24T13:00:00') }])).toBe(false)
    expect(deadlineFromLog([...log, { type: 'resume', at: t('2026-02-24T13:00:00') }], seven, chinaCalendar)).toBe(
      t('2026-03-04T00:00:00')
    )
  })

  it('rounds the total paused time once, so two short pauses cost one working day, not two', () => {
    const log: ClockLogEntry[] = [
      start,
      { type: 'pause', at: t('2026-02-24T10:00:00') },
      { type: 'resume', at: t('2026-02-24T11:00:00') },
      { type: 'pause', at: t('2026-02-26T10:00:00') },
      { type: 'resume', at: t('2026-02-26T11:00:00') }
    ]
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-04T00:00:00'))
  })

  it('closes a zero-length pause whatever order its two entries are stored in', () => {
    const at = t('2026-02-24T10:00:00')
    const log: ClockLogEntry[] = [start, { type: 'resume', at }, { type: 'pause', at }]
    expect(isPaused(log)).toBe(false)
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-03T00:00:00'))
  })

  it('restarts from a later start (重办), dropping earlier pauses and extensions', () => {
    const log: ClockLogEntry[] = [
      start,
      { type: 'extend', at: t('2026-02-26T10:00:00'), amount: 3, unit: 'work_day' },
      { type: 'start', at: t('2026-03-09T09:00:00') }
    ]
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-19T00:00:00'))
  })

  it('reads the log in time order and refuses a log without a start', () => {
    const log: ClockLogEntry[] = [{ type: 'resume', at: t('2026-02-25T16:00:00') }, { type: 'pause', at: t('2026-02-24T10:00:00') }, start]
    expect(deadlineFromLog(log, seven, chinaCalendar)).toBe(t('2026-03-05T00:00:00'))
    expect(() => deadlineFromLog([], seven, chinaCalendar)).toThrow('时限记录缺少开始时间')
  })
})
