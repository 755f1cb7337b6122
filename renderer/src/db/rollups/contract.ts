import type { CaseRecord } from '@shared/domain/case'
import type { AssessmentResult } from '@shared/domain/assessment'
import type { AssessmentSettings, RollupCounters, RollupDimension } from '@shared/domain/rollups'

// the counters, dimensions and settings are domain types; the service speaks in them
export type { AssessmentSettings, RollupCounters, RollupDimension }

export interface ScoreRow extends AssessmentResult {
  dimension: RollupDimension
  key: string
  /** display name: grid name, user name, unit name, category path, community name */
  label: string
  counters: RollupCounters
  rank: number | null
  /** the same row in the previous period, for the change arrow */
  previous?: { rank: number | null; score: number | null }
  /** 按时签收率, 按时办结率, 一次解决率, 重复来电率 (0…1 or null) and 万人诉求量 (community only) */
  signOnTimeRate: number | null
  finishOnTimeRate: number | null
  firstTimeResolutionRate: number | null
  repeatCallRate: number | null
  casesPer10k?: number | null
}

/** Which figure's cases a drill-down lists. */
export type Figure = 'received' | 'base' | 'contacted' | 'resolved' | 'satisfied' | 'basicallySatisfied' | 'excluded' | 'overdue' | 'closed'

/**
 * Scoreboards read rollups, never all cases (DESIGN §4). A drill-down reads one period's cases
 * of one key through an index. `rebuild` recomputes every rollup from the cases and must agree
 * exactly with the maintained ones.
 */
export interface ScoreboardService {
  settings(): Promise<AssessmentSettings>
  /** validates (weights sum to 1, k in 0…1, cutoffDay 1–28 or null) → ValidationError in Chinese; rebuilds rollups when the period rule changed */
  saveSettings(communityId: string, settings: AssessmentSettings, ctx: { now: number; deviceId: string; actor: string }): Promise<void>
  /** the period key a time falls in under the current settings */
  periodOf(ms: number): Promise<string>
  ranking(communityId: string, period: string, dimension: RollupDimension): Promise<ScoreRow[]>
  /** one key (or the community) over several periods, oldest first */
  trend(communityId: string, periods: string[], dimension?: RollupDimension, key?: string): Promise<{ period: string; row: ScoreRow }[]>
  casesBehind(communityId: string, period: string, dimension: RollupDimension, key: string, figure: Figure): Promise<CaseRecord[]>
  rebuild(communityId: string): Promise<{ rollups: number; cases: number }>
}
