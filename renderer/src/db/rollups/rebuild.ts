import type { CaseRecord } from '@shared/domain/case'
import { rollupsOf, type RollupCase } from '@shared/domain/rollups'
import type { DeskDB } from '../database'
import { assessmentSettings } from './settings'
import { rollupTable, type RollupRow } from './table'

const CHUNK = 5000

/** The fields rollups read, so two years of cases fit in memory at once. */
export function rollupFields(c: CaseRecord): RollupCase {
  const { id, communityId, receivedAt, closedAt, repliedAt, signedAt, signDeadline, finishDeadline, updatedAt, gridId, placeId } = c
  const { categoryId, categoryAncestors, handlerId, unitId, callback, assessment, reopenCount, callerPhoneHash, deletedAt } = c
  return {
    id, communityId, receivedAt, closedAt, repliedAt, signedAt, signDeadline, finishDeadline, updatedAt, gridId, placeId,
    categoryId, categoryAncestors, handlerId, unitId, callback, assessment, reopenCount, callerPhoneHash, deletedAt
  }
}

/** Rollup rows of a set of cases under the stored settings. */
export async function rollupRowsOf(db: DeskDB, communityId: string, cases: readonly RollupCase[], now: number): Promise<RollupRow[]> {
  const settings = await assessmentSettings(db)
  return [...rollupsOf(cases, settings).values()].map((r) => ({ communityId, ...r, updatedAt: now }) as RollupRow)
}

/**
 * Recomputes every rollup of a community from its cases (read in chunks, an explicit admin
 * command) and replaces the stored ones in one transaction.
 */
export async function rebuildRollups(db: DeskDB, communityId: string, now: number): Promise<{ rollups: number; cases: number }> {
  const table = rollupTable(db)
  // one transaction: no case write can slip between the reading and the replacing
  return db.transaction('rw', [db.case, table, db.setting], async () => {
  const cases: RollupCase[] = []
  for (let offset = 0; ; offset += CHUNK) {
    const chunk = await db.case.where('communityId').equals(communityId).offset(offset).limit(CHUNK).toArray()
    cases.push(...chunk.map(rollupFields))
    if (chunk.length < CHUNK) break
  }
  const rows = await rollupRowsOf(db, communityId, cases, now)
  await table.where('communityId').equals(communityId).delete()
  await table.bulkAdd(rows)
  return { rollups: rows.length, cases: cases.length }
  })
}
