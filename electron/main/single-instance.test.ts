import { describe, expect, it, vi } from 'vitest'
import { claimSingleInstance } from './single-instance'

describe('claimSingleInstance', () => {
  it('lets the first instance run and tells it about a second launch', () => {
    const listeners: Record<string, () => void> = {}
    const app = { requestSingleInstanceLock: () => true, on: vi.fn((name: string, fn: () => void) => (listeners[name] = fn)) }
    const focus = vi.fn()
    expect(claimSingleInstance(app as never, focus)).toBe(true)
    listeners['second-instance']()
    expect(focus).toHaveBeenCalledOnce()
  })

  it('tells a second instance to step aside', () => {
    const app = { requestSingleInstanceLock: () => false, on: vi.fn() }
    expect(claimSingleInstance(app as never, vi.fn())).toBe(false)
    expect(app.on).not.toHaveBeenCalled()
  })
})
