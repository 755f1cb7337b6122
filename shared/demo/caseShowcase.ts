import type { CaseFlag, CaseStatus, Clock } from '../domain/case'
import type { HolidayCalendar } from '../domain/calendar'
import { readLight, type WarningLight } from '../domain/lights'
import { addClock } from '../domain/sla'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

/**
 * Open cases the demo always has at `now`, whatever day it is loaded: every warning light and every
 * open state, so the 工作台, reminders and the board have something to show.
 */
export interface ShowcaseCase {
  /** last segment of a topic's category path */
  topic: string
  status: Extract<CaseStatus, '待签收' | '办理中' | '延期审核' | '挂账' | '已反馈'>
  /** the 办结 light wanted at now */
  light?: WarningLight
  flags?: CaseFlag[]
  /** an open whistle on it: minutes after the whistle each unit arrived (undefined: not yet) */
  whistle?: { minutesAgo: number; arrivals: (number | undefined)[] }
}

export const SHOWCASE: readonly ShowcaseCase[] = [
  { topic: '占道经营', status: '待签收', light: 'green' },
  { topic: '乱停车', status: '办理中', light: 'green' },
  { topic: '共享单车', status: '办理中', light: 'green' },
  { topic: '暴露垃圾', status: '办理中', light: 'yellow' },
  { topic: '卫生保洁', status: '办理中', light: 'yellow' },
  { topic: '餐饮油烟', status: '办理中', light: 'orange' },
  { topic: '突发停水', status: '办理中', light: 'orange' },
  { topic: '占道经营', status: '办理中', light: 'red', flags: ['催办'], whistle: { minutesAgo: 50, arrivals: [12, 41, undefined] } },
  { topic: '电梯故障', status: '办理中', light: 'red', flags: ['督办'] },
  { topic: '群租房', status: '延期审核', light: 'orange', whistle: { minutesAgo: 12, arrivals: [8, undefined] } },
  { topic: '屋面漏雨', status: '挂账' },
  { topic: '路灯不亮', status: '已反馈' },
  { topic: '遛狗不牵绳', status: '已反馈' }
]

const BANDS: Record<WarningLight, [number, number]> = { green: [0.05, 0.35], yellow: [0.55, 0.72], orange: [0.84, 0.96], red: [1.15, 1.6] }

/** A topic whose 24-hour clock counts natural days, for lights a work-day clock cannot show now. */
export const NATURAL_DAY_TOPIC = '突发停水'

/**
 * When a case must have been received for its 办结 light to read `light` at `now`: the latest
 * half hour (within 60 days) whose share of the span used falls in the light's band. Undefined
 * when the clock cannot show it (a work-day clock in a long holiday is never 即将超时).
 */
export function receivedForLight(finish: Clock, light: WarningLight, now: number, calendar: HolidayCalendar): number | undefined {
  const [low, high] = BANDS[light]
  for (let k = 1; k < 60 * 48; k++) {
    const start = now - k * 30 * MIN
    const reading = readLight(start, addClock(start, finish, calendar), now)
    if (reading.light === light && reading.spanUsed >= low && reading.spanUsed <= high) return start
  }
  return undefined
}

/** Receipt for a showcase case without a light target: recent enough to be open, old enough to have a history. */
export function receivedForStatus(status: ShowcaseCase['status'], now: number): number {
  if (status === '待签收') return now - 25 * MIN
  if (status === '挂账') return now - 9 * DAY - 3 * HOUR
  return now - 4 * DAY - 2 * HOUR
}

export const SHOWCASE_TIMES = { MIN, HOUR, DAY }
