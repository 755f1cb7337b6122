import { defineStore } from 'pinia'
import type { CaseRecord } from '@shared/domain/case'
import { periodDays, shiftPeriod } from '@shared/domain/period'
import { stillOverdue, summarizeWeek, type Week, type WeeklySummary } from '@shared/domain/weekly'
import type { ProactiveIssue } from '@shared/domain/work'
import type { ScoreRow } from '../db/rollups/contract'
import { caseService, db, repos, scoreboardService } from '../db'
import { casesAroundWeek } from '../db/reports/weekCases'
import { useSessionStore } from './session'

export interface WeeklyMeeting {
  summary: WeeklySummary
  /** every case the summary names, by id */
  cases: Map<string, CaseRecord>
  /** open cases past their deadline now, whatever the week */
  stillOverdue: CaseRecord[]
  period: string
  ranking: ScoreRow[]
}

export interface TrendPoint {
  period: string
  /** null when no case fell in the period */
  row: ScoreRow | null
}

export interface LeaderScreen {
  period: string
  current: ScoreRow | null
  trend: TrendPoint[]
  ranking: ScoreRow[]
  open: CaseRecord[]
  categories: ScoreRow[]
}

export interface MonthlyReport {
  period: string
  first: string
  last: string
  current: ScoreRow | null
  previous: ScoreRow | null
  rankings: { grid: ScoreRow[]; handler: ScoreRow[]; unit: ScoreRow[] }
  overdue: CaseRecord[]
  topics: ProactiveIssue[]
  hotCategories: ScoreRow[]
  hotPlaces: ScoreRow[]
  trend: TrendPoint[]
}

const withCases = (rows: ScoreRow[]) => rows.filter((r) => r.counters.received > 0)
const byVolume = (rows: ScoreRow[]) => withCases(rows).sort((a, b) => b.counters.received - a.counters.received || a.label.localeCompare(b.label, 'zh-CN'))

/** The periods ending with `period`, oldest first. */
export const periodsUpTo = (period: string, n: number): string[] => Array.from({ length: n }, (_, i) => shiftPeriod(period, i - n + 1))

/** The meeting, screen and 通报 figures: rollups for rates and rankings, index ranges for cases. */
export const useReportsStore = defineStore('reports', () => {
  const session = useSessionStore()
  const cid = () => session.communityId

  async function trendOf(period: string, n: number): Promise<TrendPoint[]> {
    const rows = await scoreboardService().trend(cid(), periodsUpTo(period, n), 'community', cid())
    return rows.map(({ period: p, row }) => ({ period: p, row: row.counters.received > 0 ? row : null }))
  }

  const currentPeriod = (now: number) => scoreboardService().periodOf(now)

  async function weekly(week: Week, now: number): Promise<WeeklyMeeting> {
    const [around, open, period] = await Promise.all([casesAroundWeek(db(), cid(), week), caseService().openCases(cid()), currentPeriod(now)])
    const summary = summarizeWeek(around, week, { now })
    const ranking = withCases(await scoreboardService().ranking(cid(), period, 'grid'))
    return { summary, cases: new Map(around.map((c) => [c.id, c])), stillOverdue: stillOverdue(open, now), period, ranking }
  }

  async function screen(now: number): Promise<LeaderScreen> {
    const period = await currentPeriod(now)
    const [trend, ranking, open, categories] = await Promise.all([
      trendOf(period, 12),
      scoreboardService().ranking(cid(), period, 'grid'),
      caseService().openCases(cid()),
      scoreboardService().ranking(cid(), period, 'category')
    ])
    const current = trend[trend.length - 1]?.row ?? null
    return { period, current, trend, ranking: withCases(ranking), open, categories: byVolume(categories).slice(0, 10) }
  }

  async function monthly(period: string): Promise<MonthlyReport> {
    const sb = scoreboardService()
    const settings = await sb.settings()
    const { first, last } = periodDays(period, { cutoffDay: settings.cutoffDay ?? undefined })
    const [trend, grid, handler, unit, overdue, issues, categories, places] = await Promise.all([
      trendOf(period, 12),
      sb.ranking(cid(), period, 'grid'),
      sb.ranking(cid(), period, 'handler'),
      sb.ranking(cid(), period, 'unit'),
      sb.casesBehind(cid(), period, 'community', cid(), 'overdue'),
      repos().proactiveIssue.list(cid()),
      sb.ranking(cid(), period, 'category'),
      sb.ranking(cid(), period, 'place')
    ])
    return {
      period,
      first,
      last,
      current: trend[trend.length - 1]?.row ?? null,
      previous: trend[trend.length - 2]?.row ?? null,
      rankings: { grid: withCases(grid), handler: withCases(handler), unit: withCases(unit) },
      overdue: [...overdue].sort((a, b) => (a.finishDeadline ?? 0) - (b.finishDeadline ?? 0)),
      topics: issues.filter((i) => i.month === period && i.kind !== '热点预警'),
      hotCategories: byVolume(categories).slice(0, 5),
      hotPlaces: byVolume(places).slice(0, 5),
      trend
    }
  }

  return { currentPeriod, weekly, screen, monthly }
})
