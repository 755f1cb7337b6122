import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useNewCaseShortcut } from './useNewCaseShortcut'

const press = (target: EventTarget, init: KeyboardEventInit) => {
  const e = new KeyboardEvent('keydown', { cancelable: true, ...init })
  target.dispatchEvent(e)
  return e
}

describe('useNewCaseShortcut', () => {
  it('opens 新建工单 on Ctrl+N only, and lets go with its scope', () => {
    const target = new EventTarget() as unknown as Window
    const push = vi.fn(() => Promise.resolve())
    const scope = effectScope()
    scope.run(() => useNewCaseShortcut({ target, router: { push } as never }))

    expect(press(target, { key: 'n' }).defaultPrevented).toBe(false)
    expect(press(target, { key: 'n', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false)
    expect(push).not.toHaveBeenCalled()

    expect(press(target, { key: 'n', ctrlKey: true }).defaultPrevented).toBe(true)
    expect(press(target, { key: 'N', metaKey: true }).defaultPrevented).toBe(true)
    expect(push).toHaveBeenCalledTimes(2)
    expect(push).toHaveBeenCalledWith({ name: 'case-new' })

    scope.stop()
    press(target, { key: 'n', ctrlKey: true })
    expect(push).toHaveBeenCalledTimes(2)
  })
})
