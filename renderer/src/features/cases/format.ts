import type { Clock } from '@shared/domain/case'
export { formatDeadline } from '@shared/domain/dates'
import { UNIT_NAMES } from '@shared/domain/slaRules'

/** '2小时', '7个工作日', '3个自然日'. */
export function formatClock(clock: Pick<Clock, 'amount' | 'unit'>): string {
  return `${clock.amount}${UNIT_NAMES[clock.unit] ?? ''}`
}
