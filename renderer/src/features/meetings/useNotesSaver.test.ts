import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useNotesSaver } from './useNotesSaver'

describe('useNotesSaver', () => {
  it('saves the last text once typing pauses, and anything left when its page closes', async () => {
    vi.useFakeTimers()
    const saved: [string, string][] = []
    const scope = effectScope()
    const saver = scope.run(() => useNotesSaver(async (id, notes) => void saved.push([id, notes]), () => undefined, { delay: 500 }))!
    saver.typed('i1', '停')
    saver.typed('i1', '停车')
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(500)
    expect(saved).toEqual([['i1', '停车']])
    saver.typed('i2', '充电桩')
    scope.stop()
    await vi.runAllTimersAsync()
    expect(saved).toEqual([['i1', '停车'], ['i2', '充电桩']])
    vi.useRealTimers()
  })

  it('hands a failed save to the error handler', async () => {
    const errors: unknown[] = []
    const scope = effectScope()
    const saver = scope.run(() => useNotesSaver(() => Promise.reject(new Error('纪要已公示')), (e) => void errors.push(e)))!
    saver.typed('i1', 'x')
    await saver.flush()
    expect(String(errors[0])).toMatch(/纪要已公示/)
    scope.stop()
  })
})
