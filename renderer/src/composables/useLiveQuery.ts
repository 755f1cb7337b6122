import { liveQuery, type Subscription } from 'dexie'
import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue'

/**
 * A Dexie liveQuery as a Vue ref: re-runs when the tables it read change,
 * and when any of the given reactive sources change.
 */
export function useLiveQuery<T>(
  querier: () => T | Promise<T>,
  sources: WatchSource[] = [],
  initial: T
): { data: Ref<T>; error: Ref<unknown> } {
  const data = shallowRef(initial) as Ref<T>
  const error = shallowRef<unknown>(null)
  let subscription: Subscription | undefined

  const start = (): void => {
    subscription?.unsubscribe()
    subscription = liveQuery(querier).subscribe({
      next: (value) => {
        data.value = value
        error.value = null
      },
      error: (err) => {
        error.value = err
      }
    })
  }

  if (sources.length) watch(sources, start, { immediate: true })
  else start()
  onScopeDispose(() => subscription?.unsubscribe())
  return { data, error }
}
