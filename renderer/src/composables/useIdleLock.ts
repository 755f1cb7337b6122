import { onScopeDispose, watch, type Ref } from 'vue'

/** The timer functions useIdleLock needs; tests pass their own. */
export interface IdleTimer {
  setTimeout(fn: () => void, ms: number): number
  clearTimeout(id: number): void
}

export interface UseIdleLockOptions {
  /** where keyboard and mouse activity is heard */
  target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
  scheduler?: IdleTimer
  events?: readonly string[]
}

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const

/**
 * Calls `onIdle` after `minutes` without keyboard or mouse activity; any activity starts the wait again.
 * `active` false (nobody signed in, or already locked) stops the wait.
 */
export function useIdleLock(minutes: Ref<number>, active: Ref<boolean>, onIdle: () => void, options: UseIdleLockOptions = {}): void {
  const { target = window, scheduler = window, events = ACTIVITY } = options
  let timer: number | undefined

  const stop = () => {
    if (timer !== undefined) scheduler.clearTimeout(timer)
    timer = undefined
  }
  const restart = () => {
    stop()
    if (active.value && minutes.value > 0) timer = scheduler.setTimeout(onIdle, minutes.value * 60_000)
  }

  for (const name of events) target.addEventListener(name, restart, { passive: true } as AddEventListenerOptions)
  watch([minutes, active], restart, { immediate: true })
  onScopeDispose(() => {
    stop()
    for (const name of events) target.removeEventListener(name, restart)
  })
}
