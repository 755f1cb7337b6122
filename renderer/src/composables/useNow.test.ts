import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useNow, type Ticker } from './useNow'

function fakeTicker() {
  const timers = new Map<number, { fn: () => void; ms: number }>()
  let next = 1
  const ticker: Ticker = {
    setInterval: (fn, ms) => (timers.set(next, { fn, ms }), next++),
    clearInterval: (id) => void timers.delete(id)
  }
  return { ticker, timers, tick: () => timers.forEach((t) => t.fn()) }
}

describe('useNow', () => {
  it('ticks at the interval and stops with its scope', () => {
    let clock = 1000
    const { ticker, timers, tick } = fakeTicker()
    const scope = effectScope()
    const now = scope.run(() => useNow({ interval: 500, now: () => clock, scheduler: ticker }))!
    expect(now.value).toBe(1000)
    expect([...timers.values()][0].ms).toBe(500)
    clock = 1500
    tick()
    expect(now.value).toBe(1500)
    scope.stop()
    expect(timers.size).toBe(0)
  })
})
