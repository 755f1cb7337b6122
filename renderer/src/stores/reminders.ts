import { defineStore } from 'pinia'
import { effectScope, shallowRef } from 'vue'
import { DEFAULT_LIGHT_THRESHOLDS } from '@shared/domain/lights'
import type { Reminder } from '@shared/domain/reminders'
import { caseService, repos, whistleService } from '../db'
import { platform } from '../platform'
import { localSentKeys } from '../features/reminders/sentKeys'
import { useSlaReminders, type ReminderSources } from '../features/reminders/useSlaReminders'
import { useSessionStore } from './session'

/** SLA and late-arrival reminders for the whole app: started once by the shell, running until it closes. */
export const useRemindersStore = defineStore('reminders', () => {
  const session = useSessionStore()
  /** the reminders of the latest check that found any */
  const recent = shallowRef<Reminder[]>([])
  let started: ReturnType<typeof useSlaReminders> | null = null

  const sources: ReminderSources = {
    openCases: async () => (session.communityId ? caseService().openCases(session.communityId) : null),
    async arrivals(now) {
      const cid = session.communityId
      if (!cid) return []
      const [late, units] = await Promise.all([whistleService().lateReports(cid, now), repos().unit.list(cid)])
      const unitName = new Map(units.map((u) => [u.id, u.name]))
      return late.map(({ whistle, report }) => ({
        reportId: report.id,
        unitName: unitName.get(report.unitId) ?? '报到单位',
        issue: whistle.issue,
        arrivalDeadline: report.arrivalDeadline,
        arrivedAt: report.arrivedAt
      }))
    },
    thresholds: () => repos().setting.getOr('sla.lightThresholds', DEFAULT_LIGHT_THRESHOLDS)
  }

  /** Starts the minute-by-minute checks; later calls do nothing. */
  function start(): void {
    if (started) return
    // Its own scope: the checks outlive whichever component happened to start them.
    started = effectScope(true).run(() =>
      useSlaReminders(sources, {
        sent: localSentKeys(window.localStorage, () => session.communityId),
        notify: (n) => platform.notify(n),
        onSent: (due) => (recent.value = due)
      })
    )!
  }

  const check = () => started?.check() ?? Promise.resolve([])

  return { recent, start, check }
})
