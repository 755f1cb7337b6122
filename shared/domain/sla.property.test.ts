import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Clock } from './case'
import { DAY_MS, addDays, chinaCalendar, chinaDay, chinaDayStart, isWorkday } from './calendar'
import { addClock, deadlineFromLog, isPaused, type ClockLogEntry } from './sla'

const FROM = Date.parse('2025-06-01T00:00:00+08:00')
const TO = Date.parse('2027-06-01T00:00:00+08:00')

const instant = fc.integer({ min: FROM, max: TO })
const clockArb: fc.Arbitrary<Clock> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 0, max: 400 }).map((n) => n / 4), unit: fc.constant('hour' as const) }),
  fc.record({ amount: fc.integer({ min: 0, max: 30 }), unit: fc.constantFrom('natural_day' as const, 'work_day' as const) })
)
/** A pause as (offset after start, length), both up to 20 days. */
const pauseArb = fc.tuple(fc.integer({ min: 0, max: 20 * DAY_MS }), fc.integer({ min: 0, max: 20 * DAY_MS }))
const extensionArb = fc.tuple(fc.integer({ min: 0, max: 20 * DAY_MS }), clockArb)

function withPauses(start: number, pauses: [number, number][]): ClockLogEntry[] {
  return [
    { type: 'start', at: start },
    ...pauses.flatMap(([offset, length]): ClockLogEntry[] => [
      { type: 'pause', at: start + offset },
      { type: 'resume', at: start + offset + length }
    ])
  ]
}

describe('SLA clock properties', () => {
  it('a deadline never precedes its start, and a bare log equals addClock', () => {
    fc.assert(
      fc.property(instant, clockArb, (start, clock) => {
        const deadline = addClock(start, clock, chinaCalendar)
        expect(deadline).toBeGreaterThanOrEqual(start)
        expect(deadlineFromLog([{ type: 'start', at: start }], clock, chinaCalendar)).toBe(deadline)
      })
    )
  })

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(instant, clockArb, fc.integer({ min: 0, max: 10 }), (start, clock, more) => {
        const longer = { ...clock, amount: clock.amount + more }
        expect(addClock(start, longer, chinaCalendar)).toBeGreaterThanOrEqual(addClock(start, clock, chinaCalendar))
      })
    )
  })

  it('lands a work-day deadline on the 00:00 after the amount-th working day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), (start, amount) => {
        const deadline = addClock(start, { amount, unit: 'work_day' }, chinaCalendar)
        const lastDay = chinaDay(deadline - 1)
        expect(chinaDayStart(chinaDay(deadline))).toBe(deadline)
        expect(isWorkday(lastDay, chinaCalendar)).toBe(true)
        let counted = 0
        for (let d = addDays(chinaDay(start), 1); d <= lastDay; d = addDays(d, 1)) if (isWorkday(d, chinaCalendar)) counted++
        expect(counted).toBe(amount)
      })
    )
  })

  it('adding a pause never makes the deadline earlier', () => {
    fc.assert(
      fc.property(instant, clockArb, fc.array(pauseArb, { maxLength: 3 }), pauseArb, (start, clock, pauses, extra) => {
        const before = deadlineFromLog(withPauses(start, pauses), clock, chinaCalendar)
        const after = deadlineFromLog(withPauses(start, [...pauses, extra]), clock, chinaCalendar)
        expect(after).toBeGreaterThanOrEqual(before)
      })
    )
  })

  it('an open pause counted up to a later `now` never makes the deadline earlier', () => {
    fc.assert(
      fc.property(instant, clockArb, pauseArb, (start, clock, [offset, length]) => {
        const log: ClockLogEntry[] = [{ type: 'start', at: start }, { type: 'pause', at: start + offset }]
        const frozen = deadlineFromLog(log, clock, chinaCalendar)
        expect(deadlineFromLog(log, clock, chinaCalendar, start + offset + length)).toBeGreaterThanOrEqual(frozen)
      })
    )
  })

  it('an approved extension never makes the deadline earlier', () => {
    fc.assert(
      fc.property(instant, clockArb, fc.array(pauseArb, { maxLength: 2 }), extensionArb, (start, clock, pauses, [offset, ext]) => {
        const log = withPauses(start, pauses)
        const extended: ClockLogEntry[] = [...log, { type: 'extend', at: start + offset, ...ext }]
        expect(deadlineFromLog(extended, clock, chinaCalendar)).toBeGreaterThanOrEqual(deadlineFromLog(log, clock, chinaCalendar))
      })
    )
  })

  it('does not depend on the order the log is stored in', () => {
    fc.assert(
      fc.property(instant, clockArb, fc.array(pauseArb, { maxLength: 3 }), (start, clock, pauses) => {
        const log = withPauses(start, pauses)
        const reversed = [...log].reverse()
        expect(deadlineFromLog(reversed, clock, chinaCalendar)).toBe(deadlineFromLog(log, clock, chinaCalendar))
        expect(isPaused(reversed)).toBe(isPaused(log))
      })
    )
  })
})
