import type { Grid, Place } from './org'
import type { Shift, Volunteer } from './volunteers'

/** Who looks after which place (覆盖), and where the roster still has gaps (排班缺口). */

export interface PlaceCoverageRow {
  placeId: string
  placeName: string
  gridId: string
  /** active (在岗) volunteers whose places hold this one */
  volunteerIds: string[]
}

export interface GridCoverageRow {
  gridId: string
  gridName: string
  places: number
  covered: number
  uncoveredPlaceIds: string[]
}

const live = <T extends { deletedAt?: number }>(rows: readonly T[]): T[] => rows.filter((r) => r.deletedAt === undefined)

/**
 * Every place with its assigned active volunteers (暂停 and 退出 do not count), and per grid how many
 * of its places are covered, listing the uncovered ones. Grids keep their order, places theirs.
 */
export function coverageOf(
  places: readonly Place[],
  grids: readonly Grid[],
  volunteers: readonly Pick<Volunteer, 'id' | 'placeIds' | 'status' | 'deletedAt'>[]
): { places: PlaceCoverageRow[]; grids: GridCoverageRow[] } {
  const byPlace = new Map<string, string[]>()
  for (const v of live(volunteers)) {
    if (v.status !== '在岗') continue
    for (const placeId of new Set(v.placeIds)) byPlace.set(placeId, [...(byPlace.get(placeId) ?? []), v.id])
  }
  const rows = live(places).map((p) => ({ placeId: p.id, placeName: p.name, gridId: p.gridId, volunteerIds: byPlace.get(p.id) ?? [] }))
  const gridRows = live(grids).map((g) => {
    const mine = rows.filter((r) => r.gridId === g.id)
    const uncovered = mine.filter((r) => r.volunteerIds.length === 0).map((r) => r.placeId)
    return { gridId: g.id, gridName: g.name, places: mine.length, covered: mine.length - uncovered.length, uncoveredPlaceIds: uncovered }
  })
  return { places: rows, grids: gridRows }
}

/** The places nobody looks after, in list order. */
export const uncoveredPlaces = (coverage: { places: readonly PlaceCoverageRow[] }): PlaceCoverageRow[] => coverage.places.filter((p) => p.volunteerIds.length === 0)

export interface SlotRow {
  shift: Shift
  /** signups not marked absent */
  filled: number
  /** needed − filled, never below 0 */
  gap: number
}

/** A shift's slot: how many are on it (absent ones not counted) and how many are still needed. */
export function slotOf(shift: Shift): SlotRow {
  const filled = shift.signups.filter((s) => !s.absent).length
  return { shift, filled, gap: Math.max(0, shift.needed - filled) }
}

/** The roster of a set of shifts, by start then place, each with its gap. */
export function rosterSlots(shifts: readonly Shift[]): SlotRow[] {
  return live(shifts)
    .sort((a, b) => a.start - b.start || a.placeId.localeCompare(b.placeId))
    .map(slotOf)
}

/** Slots still short of people, and the total number of people missing. */
export function rosterGaps(slots: readonly SlotRow[]): { slots: SlotRow[]; missing: number } {
  const short = slots.filter((s) => s.gap > 0)
  return { slots: short, missing: short.reduce((sum, s) => sum + s.gap, 0) }
}

/** Places that have no shift at all among `shifts` (e.g. in a week). */
export function placesWithoutShifts<P extends Pick<Place, 'id' | 'deletedAt'>>(places: readonly P[], shifts: readonly Pick<Shift, 'placeId' | 'deletedAt'>[]): P[] {
  const used = new Set(live(shifts).map((s) => s.placeId))
  return live(places).filter((p) => !used.has(p.id))
}
