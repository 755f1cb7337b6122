import type { CaseStatus } from './case'
import { formatDateTime, formatDuration } from './dates'
import { DEFAULT_LIGHT_THRESHOLDS, readLight, type LightThresholds } from './lights'

/** The fields of a case a reminder needs (a CaseRecord fits). */
export interface ReminderCase {
  id: string
  orderNo?: string
  title: string
  receivedAt: number
  finishDeadline?: number
  /** when the running 办结 clock started (the latest 重办); receipt when absent */
  finishStartedAt?: number
  /** 挂账: clocks stopped */
  paused?: boolean
  status: CaseStatus
}

export type ReminderLight = 'orange' | 'red'

/** One desktop notification to show. */
export interface Reminder {
  /** what `sent` remembers so the same reminder is never shown twice */
  key: string
  /** the case or whistle report the reminder is about */
  subjectId: string
  title: string
  body: string
}

/** Statuses whose 办结 clock is running and waiting on the desk; 挂账 has its clock stopped. */
export const REMINDED_STATUSES: readonly CaseStatus[] = ['待签收', '办理中', '延期审核']

export const caseReminderKey = (caseId: string, light: ReminderLight): string => `${caseId}:${light}`
export const lateArrivalKey = (reportId: string): string => `whistle:${reportId}`

/** The id a sent key is about, so keys of closed cases and finished whistles can be dropped. */
export function subjectOfKey(key: string): string {
  return key.startsWith('whistle:') ? key.slice('whistle:'.length) : key.replace(/:(orange|red)$/, '')
}

const label = (c: Pick<ReminderCase, 'orderNo' | 'title'>) => (c.orderNo ? `${c.orderNo} ${c.title}` : c.title)

/**
 * Reminders for cases whose light has turned orange (即将超时) or red (已超时), at most one per case
 * and light: a key in `sent` is never repeated. A case already red gets no late orange reminder.
 * Most urgent first: overdue before due-soon, then by deadline.
 */
export function dueReminders(
  cases: readonly ReminderCase[],
  now: number,
  sent: ReadonlySet<string>,
  thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS
): Reminder[] {
  const due: { reminder: Reminder; red: boolean; deadline: number }[] = []
  for (const c of cases) {
    if (c.finishDeadline === undefined || c.paused || !REMINDED_STATUSES.includes(c.status)) continue
    const { light } = readLight(c.finishStartedAt ?? c.receivedAt, c.finishDeadline, now, thresholds)
    if (light !== 'orange' && light !== 'red') continue
    const key = caseReminderKey(c.id, light)
    if (sent.has(key)) continue
    const left = formatDuration(Math.abs(c.finishDeadline - now))
    const reminder =
      light === 'red'
        ? { key, subjectId: c.id, title: '工单已超时', body: `${label(c)}，已超时 ${left}` }
        : { key, subjectId: c.id, title: '工单即将超时', body: `${label(c)}，剩余 ${left}` }
    due.push({ reminder, red: light === 'red', deadline: c.finishDeadline })
  }
  due.sort((a, b) => Number(b.red) - Number(a.red) || a.deadline - b.deadline)
  return due.map((d) => d.reminder)
}

/** A summoned unit's 报到 as a late-arrival alert needs it. */
export interface ArrivalWatch {
  reportId: string
  unitName: string
  issue: string
  arrivalDeadline: number
  arrivedAt?: number
}

/** One alert per report whose unit is past its arrival deadline and has not arrived. */
export function lateArrivalReminders(reports: readonly ArrivalWatch[], now: number, sent: ReadonlySet<string>): Reminder[] {
  return reports
    .filter((r) => r.arrivedAt === undefined && now > r.arrivalDeadline && !sent.has(lateArrivalKey(r.reportId)))
    .sort((a, b) => a.arrivalDeadline - b.arrivalDeadline)
    .map((r) => ({
      key: lateArrivalKey(r.reportId),
      subjectId: r.reportId,
      title: '报到单位未按时到场',
      body: `${r.unitName} 应于 ${formatDateTime(r.arrivalDeadline).slice(11)} 前到场，已超时 ${formatDuration(now - r.arrivalDeadline)}（${r.issue}）`
    }))
}

/** More than `max` reminders at once become one summary, so a morning start does not flood the screen. */
export function batchReminders(reminders: readonly Reminder[], max = 3): { title: string; body: string }[] {
  if (reminders.length <= max) return reminders.map(({ title, body }) => ({ title, body }))
  const cases = reminders.filter((r) => !r.key.startsWith('whistle:')).length
  const arrivals = reminders.length - cases
  const parts = [cases > 0 ? `有 ${cases} 件工单即将超时或已超时` : '', arrivals > 0 ? `有 ${arrivals} 个报到单位未按时到场` : '']
  return [{ title: '接诉即办提醒', body: `${parts.filter(Boolean).join('；')}，请到工作台查看` }]
}
