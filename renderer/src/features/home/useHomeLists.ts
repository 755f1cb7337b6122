import { computed } from 'vue'
import type { CaseRecord } from '@shared/domain/case'
import { callbackService, caseService, whistleService } from '../../db'
import { useLiveQuery } from '../../composables/useLiveQuery'
import { useSessionStore } from '../../stores/session'
import type { QueueEntry } from '../../stores/callbacks'
import { useNow } from '../../composables/useNow'
import { dueTodayFor, oldestFirst, overdueCases } from './homeLists'

/** The 工作台 lists, from the open cases, the late reports and the callback queue (never a scan of all cases). */
export function useHomeLists() {
  const session = useSessionStore()
  const cid = () => session.communityId
  // Lateness and "today" move with the clock, not only with the data.
  const now = useNow({ interval: 60_000 })

  const open = useLiveQuery(() => (cid() ? caseService().openCases(cid()) : []), [() => session.communityId], [] as CaseRecord[])
  const late = useLiveQuery(
    () => (cid() ? whistleService().lateReports(cid(), now.value) : []),
    [() => session.communityId, now],
    [] as Awaited<ReturnType<ReturnType<typeof whistleService>['lateReports']>>
  )
  const queue = useLiveQuery(() => (cid() ? callbackService().queue(cid()) : []), [() => session.communityId], [] as QueueEntry[])

  return {
    now,
    dueToday: computed(() => dueTodayFor(open.data.value, session.user?.id, now.value)),
    overdue: computed(() => overdueCases(open.data.value, now.value)),
    late: computed(() => [...late.data.value].sort((a, b) => b.report.arrivalDeadline - a.report.arrivalDeadline)),
    callbacks: computed(() => oldestFirst(queue.data.value)),
    error: computed(() => open.error.value ?? late.error.value ?? queue.error.value)
  }
}
