import type { Clock } from '@shared/domain/case'
import { EMPTY_MARK, formatDate, formatDateTime, toChinaWallClock } from '@shared/domain/dates'
import { UNIT_NAMES } from '@shared/domain/slaRules'

/** A deadline as the clerk reads it: one at 00:00 closes the day before, so it shows as that day's 24:00. */
export function formatDeadline(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return EMPTY_MARK
  const w = toChinaWallClock(ms)
  const midnight = w.hour === 0 && w.minute === 0 && w.second === 0 && ms % 1000 === 0
  return midnight ? `${formatDate(ms - 1)} 24:00` : formatDateTime(ms)
}

/** '2小时', '7个工作日', '3个自然日'. */
export function formatClock(clock: Pick<Clock, 'amount' | 'unit'>): string {
  return `${clock.amount}${UNIT_NAMES[clock.unit] ?? ''}`
}
