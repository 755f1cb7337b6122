import { rankRows } from '@shared/domain/assessment'
import { periodOf, previousPeriod } from '@shared/domain/period'
import { emptyCounters, toScoreRow, type AssessmentSettings, type RollupCounters, type RollupDimension } from '@shared/domain/rollups'
import type { DeskDB } from '../database'
import { repositoriesFor } from '../repositories'
import { casesBehind } from './drill'
import { labelsFor } from './labels'
import { rebuildRollups } from './rebuild'
import { assessmentSettings, checkSettings, forgetSettings } from './settings'
import { rollupKey, rollupTable, type RollupRow } from './table'
import type { ScoreRow, ScoreboardService } from './contract'

type Unranked = Omit<ScoreRow, 'rank' | 'previous'>

/** The scoreboards of DESIGN §2.5 read from rollups (an index range per period), never from all cases. */
export function createScoreboardService(db: DeskDB): ScoreboardService {
  const table = rollupTable(db)
  const cutoffOf = (s: AssessmentSettings) => ({ cutoffDay: s.cutoffDay ?? undefined })

  async function population(communityId: string): Promise<number | undefined> {
    return (await db.community.get(communityId))?.population
  }

  function scoreRows(rows: readonly Pick<RollupRow, 'dimension' | 'key' | 'counters'>[], settings: AssessmentSettings, label: (key: string) => string, pop?: number): Unranked[] {
    return rows.map((r) => {
      const counters: RollupCounters = { ...emptyCounters(), ...r.counters }
      const rates = toScoreRow(counters, settings, r.dimension === 'community' ? { population: pop } : {})
      return { ...rates, dimension: r.dimension, key: r.key, label: label(r.key), counters }
    })
  }

  const periodRows = (communityId: string, period: string, dimension: RollupDimension) =>
    table.where('[communityId+dimension+period]').equals([communityId, dimension, period]).toArray()

  async function ranking(communityId: string, period: string, dimension: RollupDimension): Promise<ScoreRow[]> {
    const settings = await assessmentSettings(db)
    const [rows, before, pop] = await Promise.all([
      periodRows(communityId, period, dimension),
      periodRows(communityId, previousPeriod(period), dimension),
      population(communityId)
    ])
    const label = await labelsFor(db, communityId, dimension, rows.map((r) => r.key))
    const previous = new Map(rankRows(scoreRows(before, settings, () => '', pop)).map((r) => [r.key, { rank: r.rank, score: r.score }]))
    return rankRows(scoreRows(rows, settings, label, pop)).map((row) => {
      const prev = previous.get(row.key)
      return prev ? { ...row, previous: prev } : row
    })
  }

  async function trend(communityId: string, periods: string[], dimension: RollupDimension = 'community', key = communityId) {
    const settings = await assessmentSettings(db)
    const [rows, pop] = await Promise.all([table.bulkGet(periods.map((period) => rollupKey(communityId, { period, dimension, key }))), population(communityId)])
    const label = await labelsFor(db, communityId, dimension, [key])
    return periods.map((period, i) => {
      const [row] = scoreRows([rows[i] ?? { dimension, key, counters: emptyCounters() }], settings, label, pop)
      return { period, row: { ...row, rank: null } }
    })
  }

  return {
    settings: async () => structuredClone(await assessmentSettings(db)),
    async saveSettings(communityId, settings, ctx) {
      checkSettings(settings)
      const before = await assessmentSettings(db)
      const setting = repositoriesFor(db).setting
      await db.transaction('rw', db.setting, db.outbox, async () => {
        await setting.set('assessment.k', settings.k, ctx)
        await setting.set('assessment.weights', { ...settings.weights }, ctx)
        await setting.set('assessment.periodBy', settings.periodBy, ctx)
        await setting.set('assessment.cutoffDay', settings.cutoffDay, ctx)
      })
      forgetSettings(db)
      if (before.cutoffDay === settings.cutoffDay && before.periodBy === settings.periodBy) return
      // the period rule is shared by every community of the install
      const ids = new Set([communityId, ...(await db.community.toCollection().primaryKeys())])
      for (const id of ids) await rebuildRollups(db, id, ctx.now)
    },
    periodOf: async (ms) => periodOf(ms, cutoffOf(await assessmentSettings(db))),
    ranking,
    trend,
    casesBehind: (communityId, period, dimension, key, figure) => casesBehind(db, communityId, period, dimension, key, figure),
    rebuild: (communityId) => rebuildRollups(db, communityId, Date.now())
  }
}
