import type { WhistleReport } from '@shared/domain/work'
import { reportState } from '@shared/domain/whistleRules'

const MINUTE = 60_000

/** Time left to a deadline as mm:ss (minutes may pass 59: windows run up to 240 minutes). */
export function countdown(deadline: number, now: number): string {
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000))
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}

/** Whole minutes past a deadline, at least 1 once it has passed. */
export function minutesOverdue(deadline: number, now: number): number {
  return Math.max(1, Math.floor((now - deadline) / MINUTE))
}

/** Whole minutes a unit arrived after its deadline (0 when on time). */
export function minutesLate(r: Pick<WhistleReport, 'arrivalDeadline' | 'arrivedAt'>): number {
  return r.arrivedAt === undefined ? 0 : Math.max(0, Math.ceil((r.arrivedAt - r.arrivalDeadline) / MINUTE))
}

/** 已报告: the unit arrived and recorded what it did. */
export const isReported = (r: WhistleReport): boolean => r.arrivedAt !== undefined && Boolean(r.result?.trim())

/** 完成吹哨 is offered once every summoned unit has arrived and reported. */
export const canComplete = (reports: readonly WhistleReport[]): boolean => reports.length > 0 && reports.every(isReported)

export interface UnitPunctuality {
  unitId: string
  summoned: number
  arrived: number
  onTime: number
  /** onTime / arrived; null before any arrival */
  rate: number | null
}

/** 准时到场率 per unit over the given reports, most summoned first. */
export function punctualityByUnit(reports: readonly WhistleReport[]): UnitPunctuality[] {
  const byUnit = new Map<string, UnitPunctuality>()
  for (const r of reports) {
    const row = byUnit.get(r.unitId) ?? { unitId: r.unitId, summoned: 0, arrived: 0, onTime: 0, rate: null }
    row.summoned += 1
    if (r.arrivedAt !== undefined) {
      row.arrived += 1
      if (reportState(r, r.arrivedAt) === 'onTime') row.onTime += 1
    }
    byUnit.set(r.unitId, row)
  }
  return [...byUnit.values()]
    .map((row) => ({ ...row, rate: row.arrived > 0 ? row.onTime / row.arrived : null }))
    .sort((a, b) => b.summoned - a.summoned || a.unitId.localeCompare(b.unitId))
}
