import type { Table } from 'dexie'
import type { Contribution, RollupCounters, RollupDimension } from '@shared/domain/rollups'
import { addCounters, emptyCounters } from '@shared/domain/rollups'
import type { Rollup } from '@shared/domain/system'
import type { DeskDB } from '../database'

/** A stored rollup row, keyed by community, period, dimension and key. */
export interface RollupRow extends Omit<Rollup, 'dimension' | 'counters'> {
  dimension: RollupDimension
  counters: RollupCounters
}

export type RollupKey = [communityId: string, period: string, dimension: string, key: string]

/** The rollup table under its real key (a township install keeps several communities in it). */
export const rollupTable = (db: DeskDB) => db.table('rollup') as Table<RollupRow, RollupKey>

export const rollupKey = (communityId: string, c: Pick<Contribution, 'period' | 'dimension' | 'key'>): RollupKey => [communityId, c.period, c.dimension, c.key]

/** Applies counter deltas to the stored rows; call inside a rw transaction over 'rollup'. */
export async function applyDeltas(db: DeskDB, communityId: string, deltas: readonly Contribution[], now: number): Promise<void> {
  if (deltas.length === 0) return
  const table = rollupTable(db)
  const rows = await table.bulkGet(deltas.map((d) => rollupKey(communityId, d)))
  const puts: RollupRow[] = []
  const gone: RollupKey[] = []
  deltas.forEach((d, i) => {
    const counters = addCounters({ ...emptyCounters(), ...rows[i]?.counters }, d.counters)
    // every counted case adds to `received`, so none left means the row is empty
    if (counters.received <= 0) gone.push(rollupKey(communityId, d))
    else puts.push({ communityId, period: d.period, dimension: d.dimension, key: d.key, counters, updatedAt: now })
  })
  if (gone.length) await table.bulkDelete(gone)
  if (puts.length) await table.bulkPut(puts)
}
