import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useIdleLock, type IdleTimer } from './useIdleLock'

function fakeTimer() {
  const timers = new Map<number, { fn: () => void; ms: number }>()
  let next = 1
  const scheduler: IdleTimer = {
    setTimeout: (fn, ms) => (timers.set(next, { fn, ms }), next++),
    clearTimeout: (id) => void timers.delete(id)
  }
  const fire = () => [...timers.entries()].forEach(([id, t]) => (timers.delete(id), t.fn()))
  return { scheduler, timers, fire }
}

function setup(minutes = 10, active = true) {
  const { scheduler, timers, fire } = fakeTimer()
  const target = new EventTarget()
  const state = { minutes: ref(minutes), active: ref(active), idle: 0 }
  const scope = effectScope()
  scope.run(() => useIdleLock(state.minutes, state.active, () => state.idle++, { target, scheduler }))
  return { state, timers, fire, target, scope }
}

describe('useIdleLock', () => {
  it('waits the set minutes, then calls once', () => {
    const { state, timers, fire } = setup(10)
    expect([...timers.values()].map((t) => t.ms)).toEqual([600_000])
    fire()
    expect(state.idle).toBe(1)
  })

  it('starts the wait again on keyboard and mouse activity', () => {
    const { timers, target } = setup(5)
    const first = [...timers.keys()][0]
    target.dispatchEvent(new Event('keydown'))
    target.dispatchEvent(new Event('mousemove'))
    expect(timers.size).toBe(1)
    expect([...timers.keys()][0]).not.toBe(first)
  })

  it('does not wait while inactive and follows a changed setting', async () => {
    const { state, timers } = setup(5, false)
    expect(timers.size).toBe(0)
    state.active.value = true
    state.minutes.value = 30
    await nextTick()
    expect([...timers.values()].map((t) => t.ms)).toEqual([1_800_000])
  })

  it('stops listening with its scope', () => {
    const { timers, target, scope } = setup(5)
    scope.stop()
    target.dispatchEvent(new Event('keydown'))
    expect(timers.size).toBe(0)
  })
})
