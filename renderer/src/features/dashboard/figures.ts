import type { CaseRecord } from '@shared/domain/case'
import type { Whistle, WhistleReport } from '@shared/domain/work'
import { readLight, type WarningLight } from '@shared/domain/lights'
import type { Figure, ScoreRow } from '../../db/rollups/contract'

export const LIGHTS: readonly WarningLight[] = ['green', 'yellow', 'orange', 'red']

/** Open cases per warning light of their finish clock; cases without a deadline are not lit. */
export function lightCounts(cases: readonly CaseRecord[], now: number): Record<WarningLight, number> {
  const counts: Record<WarningLight, number> = { green: 0, yellow: 0, orange: 0, red: 0 }
  for (const c of cases) {
    if (c.finishDeadline === undefined) continue
    counts[readLight(c.receivedAt, c.finishDeadline, now).light] += 1
  }
  return counts
}

export interface UnitPunctuality {
  unitId: string
  due: number
  onTime: number
  rate: number | null
}

/**
 * 报到按时率 per summoned unit over whistles blown in [start, end): a report counts once it arrived
 * or its arrival deadline has passed; an arrival by the deadline is on time.
 */
export function whistlePunctuality(
  whistles: readonly { whistle: Whistle; reports: readonly WhistleReport[] }[],
  [start, end]: [number, number],
  now: number
): UnitPunctuality[] {
  const byUnit = new Map<string, UnitPunctuality>()
  for (const { whistle, reports } of whistles) {
    if (whistle.at < start || whistle.at >= end) continue
    for (const r of reports) {
      const arrived = r.arrivedAt !== undefined
      if (!arrived && r.arrivalDeadline > now) continue
      const row = byUnit.get(r.unitId) ?? { unitId: r.unitId, due: 0, onTime: 0, rate: null }
      row.due += 1
      if (arrived && (r.onTime ?? r.arrivedAt! <= r.arrivalDeadline)) row.onTime += 1
      byUnit.set(r.unitId, row)
    }
  }
  return [...byUnit.values()]
    .map((u) => ({ ...u, rate: u.due ? u.onTime / u.due : null }))
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.due - a.due)
}

/** Places moved since the previous period: positive = up; null when either rank is missing. */
export function rankChange(row: Pick<ScoreRow, 'rank' | 'previous'>): number | null {
  const before = row.previous?.rank
  if (row.rank === null || before === null || before === undefined) return null
  return before - row.rank
}

/** The keys of the table and cards that open a drill-down, and what they list. */
export type Measure = 'received' | 'base' | 'responseRate' | 'resolutionRate' | 'satisfactionRate' | 'score' | 'finishOnTimeRate' | 'overdue' | 'casesPer10k'

/** Rates list their denominator (the base) so the numerator can be seen among it. */
export const MEASURE_FIGURE: Record<Measure, Figure> = {
  received: 'received',
  base: 'base',
  responseRate: 'base',
  resolutionRate: 'base',
  satisfactionRate: 'base',
  score: 'base',
  finishOnTimeRate: 'closed',
  overdue: 'overdue',
  casesPer10k: 'received'
}

/** Whether a case in the drill-down list counts in the measure's numerator. */
export function inNumerator(measure: Measure, c: CaseRecord): boolean {
  const cb = c.callback
  if (measure === 'responseRate') return !!cb?.contacted
  if (measure === 'resolutionRate') return !!cb?.resolved
  if (measure === 'satisfactionRate') return cb?.satisfaction === '满意' || cb?.satisfaction === '基本满意'
  if (measure === 'finishOnTimeRate') {
    const at = c.repliedAt ?? c.closedAt
    return at !== undefined && (c.finishDeadline === undefined || at <= c.finishDeadline)
  }
  return true
}

/** 万人诉求量: cases per 10,000 residents, or null without a population. */
export function perTenThousand(received: number, population: number | undefined): number | null {
  return population && population > 0 ? (received / population) * 10_000 : null
}

/** The last `n` period keys ending with `period`, oldest first. */
export function lastPeriods(period: string, n: number, shift: (key: string, by: number) => string): string[] {
  return Array.from({ length: n }, (_, i) => shift(period, i - n + 1))
}
