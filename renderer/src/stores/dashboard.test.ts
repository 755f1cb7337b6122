import { describe, expect, it, vi } from 'vitest'
import type { AssessmentSettings, RollupCounters, RollupDimension, ScoreRow } from '../db/rollups/contract'
import { createDashboard, type DashboardDeps } from './dashboard'

vi.mock('../db', () => ({ caseService: vi.fn(), scoreboardService: vi.fn(), whistleService: vi.fn() }))

const SETTINGS: AssessmentSettings = { k: 0.9, weights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 }, cutoffDay: null, periodBy: 'receivedAt' }
const NOW = Date.UTC(2026, 10, 20, 2) // 2026-11-20 10:00 China time

const counters = (c: Partial<RollupCounters>): RollupCounters => ({
  received: 0, closed: 0, base: 0, contacted: 0, resolved: 0, satisfied: 0, basicallySatisfied: 0, excluded: 0,
  signed: 0, signedOnTime: 0, finished: 0, finishedOnTime: 0, overdue: 0, firstTimeResolved: 0, repeatCalls: 0, ...c
})

function row(dimension: RollupDimension, key: string, c: Partial<RollupCounters>): ScoreRow {
  const n = counters(c)
  const rate = (x: number) => (n.base ? x / n.base : null)
  return {
    dimension, key, label: key, counters: n, rank: n.base ? 1 : null,
    base: n.base, contacted: n.contacted, resolved: n.resolved, satisfied: n.satisfied, basicallySatisfied: n.basicallySatisfied,
    responseRate: rate(n.contacted), resolutionRate: rate(n.resolved), satisfactionRate: rate(n.satisfied + 0.9 * n.basicallySatisfied),
    score: n.base ? 90 : null, signOnTimeRate: null, finishOnTimeRate: null, firstTimeResolutionRate: null, repeatCallRate: null
  }
}

/** A fake scoreboard with figures only in 2026-10. */
function fakeDeps(): DashboardDeps & { ranking: ReturnType<typeof vi.fn> } {
  const data = (period: string) => period === '2026-10'
  const ranking = vi.fn(async (_c: string, period: string, dim: RollupDimension) =>
    data(period) ? [row(dim, `${dim}-a`, { received: 4, base: 2, contacted: 2, resolved: 1, satisfied: 1, basicallySatisfied: 1 }), row(dim, `${dim}-empty`, {})] : []
  )
  return {
    ranking,
    scoreboard: {
      settings: async () => SETTINGS,
      periodOf: async () => '2026-11',
      ranking,
      trend: async (_c, periods) => periods.map((p) => ({ period: p, row: row('community', 'c1', data(p) ? { received: 4, base: 2, contacted: 2 } : {}) })),
      casesBehind: async () => []
    },
    openCases: async () => [],
    whistles: async () => [],
    communityId: () => 'c1',
    now: () => NOW
  }
}

describe('dashboard store', () => {
  it('starts on the current period and shows no rates when it has no cases', async () => {
    const board = createDashboard(fakeDeps())
    await board.start()
    expect(board.period.value).toBe('2026-11')
    expect(board.total.value).toBeNull()
    expect(board.ranking.value).toEqual([])
    expect(board.trend.value).toHaveLength(12)
    expect(board.trend.value.at(-1)).toEqual({ period: '2026-11', row: null })
    expect(board.trend.value.at(-2)?.period).toBe('2026-10')
  })

  it('loads a period with cases and leaves out keys without any', async () => {
    const deps = fakeDeps()
    const board = createDashboard(deps)
    await board.start()
    await board.setPeriod('2026-10')
    expect(board.total.value?.responseRate).toBe(1)
    expect(board.ranking.value.map((r) => r.key)).toEqual(['grid-a'])
    expect(board.categories.value[0].key).toBe('category-a')
    await board.setDimension('unit')
    expect(deps.ranking).toHaveBeenLastCalledWith('c1', '2026-10', 'unit')
    expect(board.ranking.value.map((r) => r.key)).toEqual(['unit-a'])
  })

  it('keeps the answer of the latest period asked when an earlier one comes back late', async () => {
    const deps = fakeDeps()
    const slow = deps.scoreboard.trend
    let release = () => {}
    deps.scoreboard.trend = (c, periods, ...rest) =>
      periods.at(-1) === '2026-10' ? new Promise((r) => (release = () => r(slow(c, periods, ...rest)))) : slow(c, periods, ...rest)
    const board = createDashboard(deps)
    await board.start()
    const late = board.setPeriod('2026-10')
    await board.setPeriod('2026-11')
    release()
    await late
    expect(board.period.value).toBe('2026-11')
    expect(board.trend.value.at(-1)?.period).toBe('2026-11')
  })
})
