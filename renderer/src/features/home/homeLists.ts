import type { CaseRecord } from '@shared/domain/case'
import { chinaDay } from '@shared/domain/calendar'
import { REMINDED_STATUSES } from '@shared/domain/reminders'

type ListCase = Pick<CaseRecord, 'id' | 'status' | 'handlerId' | 'finishDeadline' | 'paused'>

/** Cases the desk still has to finish: the 办结 clock runs (not replied, not parked). */
export const isRunning = (c: ListCase): boolean => REMINDED_STATUSES.includes(c.status) && !c.paused && c.finishDeadline !== undefined

const byDeadline = (a: ListCase, b: ListCase) => (a.finishDeadline as number) - (b.finishDeadline as number)

/**
 * 我的今日到期: my running cases whose 办结 deadline falls on today's China calendar day.
 * A day clock ends at 24:00, stored as the next day's 00:00, so the instant just before decides the day.
 */
export function dueTodayFor<C extends ListCase>(cases: readonly C[], userId: string | undefined, now: number): C[] {
  if (!userId) return []
  const today = chinaDay(now)
  return cases.filter((c) => c.handlerId === userId && isRunning(c) && chinaDay((c.finishDeadline as number) - 1) === today).sort(byDeadline)
}

/** 已超时: running cases past their 办结 deadline, most overdue first. */
export function overdueCases<C extends ListCase>(cases: readonly C[], now: number): C[] {
  return cases.filter((c) => isRunning(c) && (c.finishDeadline as number) < now).sort(byDeadline)
}

/** 待回访 oldest first: by the reply that put the case in the queue. */
export function oldestFirst<E extends { case: Pick<CaseRecord, 'repliedAt' | 'callbackDue' | 'updatedAt'> }>(queue: readonly E[]): E[] {
  const since = (e: E) => e.case.callbackDue ?? e.case.repliedAt ?? e.case.updatedAt
  return [...queue].sort((a, b) => since(a) - since(b))
}
