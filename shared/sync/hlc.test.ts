import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareHlc, formatHlc, maxHlc, nextHlc, parseHlc } from './hlc'

const T = Date.UTC(2026, 2, 9, 1, 30)

describe('nextHlc', () => {
  it('starts at the wall clock with counter 0', () => {
    expect(nextHlc(undefined, T, 'devA')).toBe(`00${T}-000000-devA`)
    expect(parseHlc(nextHlc(undefined, T, 'devA'))).toEqual({ ms: T, counter: 0, deviceId: 'devA' })
  })

  it('counts up when the wall clock stands still or goes back', () => {
    const a = nextHlc(undefined, T, 'devA')
    const b = nextHlc(a, T, 'devA')
    const c = nextHlc(b, T - 5000, 'devA')
    expect(parseHlc(b)).toEqual({ ms: T, counter: 1, deviceId: 'devA' })
    expect(parseHlc(c)).toEqual({ ms: T, counter: 2, deviceId: 'devA' })
  })

  it('moves past a clock seen from a device that is ahead', () => {
    const remote = formatHlc({ ms: T + 60_000, counter: 7, deviceId: 'devB' })
    const local = nextHlc(remote, T, 'devA')
    expect(compareHlc(local, remote)).toBe(1)
    expect(parseHlc(local)).toEqual({ ms: T + 60_000, counter: 8, deviceId: 'devA' })
  })

  it('refuses a bad timestamp or a missing device', () => {
    expect(() => nextHlc(undefined, Number.NaN, 'devA')).toThrow('时间戳无效')
    expect(() => nextHlc(undefined, T, '')).toThrow('缺少设备标识')
    expect(() => parseHlc('yesterday')).toThrow('不是有效的时钟值')
  })

  it('always increases, whatever the wall clock does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 45 }), { minLength: 1, maxLength: 50 }), (times) => {
        let prev: string | undefined
        for (const now of times) {
          const next = nextHlc(prev, now, 'dev')
          if (prev !== undefined && compareHlc(next, prev) !== 1) return false
          prev = next
        }
        return true
      })
    )
  })

  it('orders by string comparison the same way as by (ms, counter)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 999_999 }), (m1, c1, m2, c2) => {
        const a = formatHlc({ ms: m1, counter: c1, deviceId: 'x' })
        const b = formatHlc({ ms: m2, counter: c2, deviceId: 'x' })
        const expected = m1 !== m2 ? Math.sign(m1 - m2) : Math.sign(c1 - c2)
        return compareHlc(a, b) === expected
      })
    )
  })
})

describe('maxHlc', () => {
  it('picks the latest and ignores missing clocks', () => {
    const a = nextHlc(undefined, T, 'a')
    const b = nextHlc(a, T, 'b')
    expect(maxHlc(undefined, b, a)).toBe(b)
    expect(maxHlc(undefined)).toBeUndefined()
  })
})
