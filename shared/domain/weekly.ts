import { addDays, chinaDay, chinaDayStart, isValidDay, weekdayOf } from './calendar'
import type { CaseRecord } from './case'
import { overdueClocks } from './caseProjection'

/** A week of the 周例会: Monday 00:00 to the next Monday 00:00, China time. */
export interface Week {
  /** Monday, 'YYYY-MM-DD' */
  first: string
  /** Sunday */
  last: string
  start: number
  end: number
}

/** The week (Mon–Sun, China time) a day belongs to. */
export function weekOfDay(day: string): Week {
  if (!isValidDay(day)) throw new Error(`日期格式应为 YYYY-MM-DD：${day}`)
  // weekdayOf: 0 = Sunday, so Sunday belongs to the week that began six days before
  const first = addDays(day, -((weekdayOf(day) + 6) % 7))
  const next = addDays(first, 7)
  return { first, last: addDays(first, 6), start: chinaDayStart(first), end: chinaDayStart(next) }
}

export const weekOf = (ms: number): Week => weekOfDay(chinaDay(ms))

export const shiftWeek = (week: Week, n: number): Week => weekOfDay(addDays(week.first, 7 * n))

/** The week before the one `now` falls in: what a Monday meeting reviews. */
export const lastWeek = (now: number): Week => shiftWeek(weekOf(now), -1)

export type WeeklyCase = Pick<
  CaseRecord,
  'id' | 'receivedAt' | 'closedAt' | 'repliedAt' | 'status' | 'categoryId' | 'categoryPath' | 'finishDeadline'
> &
  Partial<Pick<CaseRecord, 'signedAt' | 'contactedAt' | 'signDeadline' | 'contactDeadline'>>

export interface HotCategory {
  categoryId: string
  /** the category path as the cases carry it, e.g. 城乡建设/市容环卫/占道经营 */
  label: string
  count: number
  /** cases of the same category received the week before */
  previous: number
  caseIds: string[]
}

export interface WeeklySummary {
  week: Week
  /** 新增: received in the week */
  received: string[]
  /** 办结: closed in the week */
  closed: string[]
  /** 超时: the finish deadline fell in the week and passed before the case was answered */
  overdue: string[]
  /** 热点分类: the categories with most new cases, most first */
  hotCategories: HotCategory[]
}

export interface WeeklyOptions {
  now: number
  /** how many hot categories to show */
  top?: number
  /** the label for cases without a category */
  uncategorized?: string
}

const within = (at: number | undefined, start: number, end: number): at is number => at !== undefined && at >= start && at < end

const byReceived = (a: WeeklyCase, b: WeeklyCase) => a.receivedAt - b.receivedAt || a.id.localeCompare(b.id)

/** Whether the finish clock ran out: answered (反馈 or 办结) late, or still running past the deadline. */
function finishedLate(c: WeeklyCase, now: number): boolean {
  if (c.finishDeadline === undefined) return false
  return overdueClocks({ signDeadline: Infinity, contactDeadline: Infinity, ...c, finishDeadline: c.finishDeadline }, now).includes('finish')
}

/**
 * The 周例会 figures of one week, each with the cases behind it. `cases` may hold more than the
 * week (the callers pass index ranges around it); every figure selects its own cases.
 */
export function summarizeWeek(cases: readonly WeeklyCase[], week: Week, options: WeeklyOptions): WeeklySummary {
  const { now, top = 5, uncategorized = '未分类' } = options
  const unique = [...new Map(cases.map((c) => [c.id, c])).values()].sort(byReceived)
  const received = unique.filter((c) => within(c.receivedAt, week.start, week.end))
  const before = shiftWeek(week, -1)
  const previous = unique.filter((c) => within(c.receivedAt, before.start, before.end))

  const countBy = (list: WeeklyCase[]) => {
    const groups = new Map<string, WeeklyCase[]>()
    for (const c of list) {
      const key = c.categoryId ?? ''
      groups.set(key, [...(groups.get(key) ?? []), c])
    }
    return groups
  }
  const current = countBy(received)
  const then = countBy(previous)
  const hotCategories = [...current.entries()]
    .map(([categoryId, list]) => ({
      categoryId,
      label: list.find((c) => c.categoryPath)?.categoryPath ?? uncategorized,
      count: list.length,
      previous: then.get(categoryId)?.length ?? 0,
      caseIds: list.map((c) => c.id)
    }))
    .sort((a, b) => b.count - a.count || b.count - b.previous - (a.count - a.previous) || a.label.localeCompare(b.label, 'zh-CN'))
    .slice(0, top)

  return {
    week,
    received: received.map((c) => c.id),
    closed: unique.filter((c) => c.status === '已办结' && within(c.closedAt, week.start, week.end)).map((c) => c.id),
    overdue: unique
      .filter((c) => within(c.finishDeadline, week.start, week.end) && finishedLate(c, now))
      .map((c) => c.id),
    hotCategories
  }
}

/** Open cases running past their finish deadline now (至今仍超时), oldest deadline first. */
export function stillOverdue<C extends WeeklyCase>(open: readonly C[], now: number): C[] {
  return open
    .filter((c) => c.finishDeadline !== undefined && c.repliedAt === undefined && c.closedAt === undefined && finishedLate(c, now))
    .sort((a, b) => (a.finishDeadline as number) - (b.finishDeadline as number))
}
