import { onScopeDispose, shallowRef, type Ref } from 'vue'

/** The timer functions useNow needs; tests pass their own. */
export interface Ticker {
  setInterval(fn: () => void, ms: number): number
  clearInterval(id: number): void
}

export interface UseNowOptions {
  /** milliseconds between ticks */
  interval?: number
  now?: () => number
  scheduler?: Ticker
}

/** The current time as a ref that ticks every `interval` ms until its scope ends (live countdowns). */
export function useNow({ interval = 1000, now = Date.now, scheduler = window }: UseNowOptions = {}): Ref<number> {
  const current = shallowRef(now())
  const id = scheduler.setInterval(() => (current.value = now()), interval)
  onScopeDispose(() => scheduler.clearInterval(id))
  return current
}
