import type { CaseRecord, CallbackRecord } from '@shared/domain/case'
import { formatDateTime, formatDuration } from '@shared/domain/dates'
import type { Whistle, WhistleReport } from '@shared/domain/work'
import { formatDeadline } from '../cases/format'
import { minutesLate, minutesOverdue } from '../whistles/whistleView'
import type { HomeRow } from './HomeList.vue'

type T = (key: string, values?: Record<string, unknown>) => string

const caseTitle = (c: CaseRecord) => (c.orderNo ? `${c.orderNo} ${c.title}` : c.title)
const toCase = (c: CaseRecord) => ({ name: 'case-detail', params: { id: c.id } })

/** The rows of the four 工作台 lists, in the clerk's words. */
export function homeRows(t: T, now: number) {
  // a day clock ends at 24:00, shown as such rather than as the next day's 00:00
  const deadline = (c: CaseRecord) => t('home.row.deadline', { time: formatDeadline(c.finishDeadline) })
  return {
    dueToday: (c: CaseRecord): HomeRow => {
      const left = (c.finishDeadline as number) - now
      return {
        key: c.id, to: toCase(c), title: caseTitle(c), sub: deadline(c),
        badge: left >= 0
          ? { text: t('home.row.left', { span: formatDuration(left) }), type: 'warning' }
          : { text: t('home.row.overdueBy', { span: formatDuration(-left) }), type: 'danger' }
      }
    },
    overdue: (c: CaseRecord): HomeRow => ({
      key: c.id, to: toCase(c), title: caseTitle(c), sub: deadline(c),
      badge: { text: t('home.row.overdueBy', { span: formatDuration(now - (c.finishDeadline as number)) }), type: 'danger' }
    }),
    late: ({ whistle, report }: { whistle: Whistle; report: WhistleReport }, unitName: string): HomeRow => ({
      key: report.id,
      to: { name: 'whistle-detail', params: { id: whistle.id } },
      title: `${unitName} · ${whistle.issue}`,
      sub: t('home.row.deadline', { time: formatDateTime(report.arrivalDeadline) }),
      badge: report.arrivedAt !== undefined
        ? { text: t('home.row.arrivedLate', { n: minutesLate(report) }), type: 'warning' }
        : { text: t('home.row.notArrived', { n: minutesOverdue(report.arrivalDeadline, now) }), type: 'danger' }
    }),
    callback: ({ case: c, callback }: { case: CaseRecord; callback?: CallbackRecord }): HomeRow => ({
      key: c.id,
      to: { name: 'callbacks', query: { caseId: c.id } },
      title: caseTitle(c),
      sub: t('home.row.repliedAt', { time: formatDateTime(c.repliedAt) }),
      badge: callback?.attempts.length
        ? { text: t('home.row.attempts', { n: callback.attempts.length }), type: 'info' }
        : { text: t('home.row.noAttempts'), type: 'primary' }
    })
  }
}
