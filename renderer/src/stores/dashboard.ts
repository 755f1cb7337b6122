import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CaseRecord } from '@shared/domain/case'
import type { Whistle, WhistleReport } from '@shared/domain/work'
import { periodRange, shiftPeriod } from '@shared/domain/period'
import type { AssessmentSettings, Figure, RollupDimension, ScoreRow, ScoreboardService } from '../db/rollups/contract'
import { caseService, scoreboardService, whistleService } from '../db'
import { lastPeriods, lightCounts, whistlePunctuality, type UnitPunctuality } from '../features/dashboard/figures'
import { useSessionStore } from './session'

export type RankDimension = 'grid' | 'handler' | 'unit' | 'category' | 'community'

export interface DashboardDeps {
  scoreboard: Pick<ScoreboardService, 'settings' | 'periodOf' | 'ranking' | 'trend' | 'casesBehind'>
  openCases(communityId: string): Promise<CaseRecord[]>
  whistles(communityId: string): Promise<{ whistle: Whistle; reports: WhistleReport[] }[]>
  communityId(): string
  now(): number
}

export const TREND_PERIODS = 12

/** The scoreboard state for one community: a period, a ranking dimension, and what the charts read. */
export function createDashboard(deps: DashboardDeps) {
  const settings = shallowRef<AssessmentSettings | null>(null)
  const period = ref('')
  const dimension = ref<RankDimension>('grid')
  const ranking = shallowRef<ScoreRow[]>([])
  const trend = shallowRef<{ period: string; row: ScoreRow | null }[]>([])
  const categories = shallowRef<ScoreRow[]>([])
  const gridCategories = shallowRef<ScoreRow[]>([])
  const lights = shallowRef(lightCounts([], 0))
  const punctuality = shallowRef<UnitPunctuality[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  let asked = 0

  /** The whole community in the chosen period; null when no case falls in it. */
  const total = computed<ScoreRow | null>(() => {
    const entry = trend.value.find((t) => t.period === period.value)
    return entry?.row && entry.row.counters.received > 0 ? entry.row : null
  })

  async function start(): Promise<void> {
    settings.value = await deps.scoreboard.settings()
    if (!period.value) period.value = await deps.scoreboard.periodOf(deps.now())
    await refresh()
  }

  async function loadRanking(id: string, at: string): Promise<ScoreRow[]> {
    return deps.scoreboard.ranking(id, at, dimension.value)
  }

  /** Reloads every figure; a later call wins over one still running. */
  async function refresh(): Promise<void> {
    const id = deps.communityId()
    if (!id || !period.value || !settings.value) return
    const mine = ++asked
    const at = period.value
    loading.value = true
    try {
      const range = periodRange(at, { cutoffDay: settings.value.cutoffDay ?? undefined })
      const [rank, tr, cat, heat, open, wh] = await Promise.all([
        loadRanking(id, at),
        deps.scoreboard.trend(id, lastPeriods(at, TREND_PERIODS, shiftPeriod), 'community', id),
        deps.scoreboard.ranking(id, at, 'category'),
        deps.scoreboard.ranking(id, at, 'gridCategory'),
        deps.openCases(id),
        deps.whistles(id)
      ])
      if (mine !== asked) return
      const now = deps.now()
      ranking.value = rank.filter((r) => r.counters.received > 0)
      trend.value = tr.map((t) => ({ period: t.period, row: t.row && t.row.counters.received > 0 ? t.row : null }))
      categories.value = cat
      gridCategories.value = heat.filter((r) => r.counters.received > 0)
      lights.value = lightCounts(open, now)
      punctuality.value = whistlePunctuality(wh, range, now)
      error.value = null
    } catch (err) {
      if (mine === asked) error.value = err
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  async function setPeriod(next: string): Promise<void> {
    period.value = next
    await refresh()
  }

  async function setDimension(next: RankDimension): Promise<void> {
    dimension.value = next
    ranking.value = await loadRanking(deps.communityId(), period.value).then((r) => r.filter((x) => x.counters.received > 0))
  }

  const casesBehind = (dim: RollupDimension, key: string, figure: Figure) =>
    deps.scoreboard.casesBehind(deps.communityId(), period.value, dim, key, figure)

  return {
    settings, period, dimension, ranking, trend, categories, gridCategories, lights, punctuality, loading, error, total,
    start, refresh, setPeriod, setDimension, casesBehind
  }
}

async function whistlesWithReports(communityId: string) {
  const list = await whistleService().list(communityId)
  const full = await Promise.all(list.map((w) => whistleService().get(w.id)))
  return full.filter((x): x is { whistle: Whistle; reports: WhistleReport[] } => x !== undefined)
}

export const useDashboardStore = defineStore('dashboard', () => {
  const session = useSessionStore()
  return createDashboard({
    scoreboard: scoreboardService(),
    openCases: (id) => caseService().openCases(id),
    whistles: whistlesWithReports,
    communityId: () => session.communityId,
    now: () => Date.now()
  })
})
