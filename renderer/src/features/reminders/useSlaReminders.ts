import { onScopeDispose, shallowRef } from 'vue'
import { DEFAULT_LIGHT_THRESHOLDS, type LightThresholds } from '@shared/domain/lights'
import {
  batchReminders,
  dueReminders,
  lateArrivalReminders,
  subjectOfKey,
  type ArrivalWatch,
  type Reminder,
  type ReminderCase
} from '@shared/domain/reminders'
import type { Ticker } from '../../composables/useNow'
import type { SentKeys } from './sentKeys'

export interface ReminderSources {
  /** open cases of the desk's community; null when there is no community yet */
  openCases(): Promise<ReminderCase[] | null>
  /** summoned units of open whistles, to alert on late arrivals */
  arrivals(now: number): Promise<ArrivalWatch[]>
  thresholds?(): Promise<LightThresholds>
}

export interface UseSlaRemindersOptions {
  sent: SentKeys
  notify: (n: { title: string; body: string }) => Promise<unknown>
  /** milliseconds between checks */
  interval?: number
  now?: () => number
  scheduler?: Ticker
  /** more reminders than this at once become one summary */
  batchAbove?: number
  onSent?: (reminders: Reminder[]) => void
}

/**
 * Checks at start and every minute for cases turning orange or red and for summoned units past their
 * arrival deadline; notifies each once (a key per case and light, per report), remembered in `sent`.
 */
export function useSlaReminders(
  sources: ReminderSources,
  { sent, notify, interval = 60_000, now = Date.now, scheduler = window, batchAbove = 3, onSent }: UseSlaRemindersOptions
) {
  const lastError = shallowRef<unknown>(null)
  let running: Promise<Reminder[]> | null = null
  let again = false

  async function run(): Promise<Reminder[]> {
    const at = now()
    const cases = await sources.openCases()
    if (cases === null) return []
    const [arrivals, thresholds] = await Promise.all([
      sources.arrivals(at),
      sources.thresholds?.() ?? Promise.resolve(DEFAULT_LIGHT_THRESHOLDS)
    ])
    const already = sent.load()
    const due = [...dueReminders(cases, at, already, thresholds), ...lateArrivalReminders(arrivals, at, already)]
    // Keys of cases no longer open and reports no longer watched are dropped, so the list stays small.
    const watched = new Set([...cases.map((c) => c.id), ...arrivals.map((a) => a.reportId)])
    const next = new Set([...already].filter((k) => watched.has(subjectOfKey(k))))
    for (const r of due) next.add(r.key)
    sent.save(next)
    // Not awaited: a permission prompt left unanswered must not hold up the next check.
    for (const n of batchReminders(due, batchAbove)) void notify(n).catch(() => undefined)
    if (due.length) onSent?.(due)
    return due
  }

  /** One check now; asked during a check, it runs once more right after, so a fresh change is not missed. */
  function check(): Promise<Reminder[]> {
    if (running) {
      again = true
      return running
    }
    running = run()
      .then((due) => ((lastError.value = null), due))
      .catch((err: unknown) => ((lastError.value = err), []))
      .finally(() => {
        running = null
        if (again) {
          again = false
          void check()
        }
      })
    return running
  }

  void check()
  const id = scheduler.setInterval(() => void check(), interval)
  const stop = () => scheduler.clearInterval(id)
  onScopeDispose(stop)
  return { check, stop, lastError }
}
