import { onScopeDispose } from 'vue'

export interface NotesSaverOptions {
  /** quiet time after the last keystroke before saving */
  delay?: number
  scheduler?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>
}

/** Saves live notes as they are typed: once typing pauses, on `flush` (item change) and when the page closes. */
export function useNotesSaver(save: (itemId: string, notes: string) => Promise<unknown>, onError: (err: unknown) => void, { delay = 600, scheduler = globalThis }: NotesSaverOptions = {}) {
  const pending = new Map<string, string>()
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(): Promise<void> {
    if (timer !== undefined) scheduler.clearTimeout(timer)
    timer = undefined
    const batch = [...pending]
    pending.clear()
    return Promise.all(batch.map(([id, notes]) => save(id, notes).catch(onError))).then(() => undefined)
  }

  function typed(itemId: string, notes: string): void {
    pending.set(itemId, notes)
    if (timer !== undefined) scheduler.clearTimeout(timer)
    timer = scheduler.setTimeout(() => void flush(), delay)
  }

  onScopeDispose(() => void flush())
  return { typed, flush, hasPending: () => pending.size > 0 }
}
