import type { CaseRecord } from '@shared/domain/case'
import { caseContributions, diffContributions, repeatCallIds, type AssessmentSettings, type Contribution } from '@shared/domain/rollups'
import type { DeskDB } from '../database'
import { assessmentSettings } from './settings'
import { applyDeltas } from './table'

/** The tables a case write needs for its rollups, besides the case tables. */
export const ROLLUP_TABLES = ['rollup', 'setting'] as const

const callerOf = (row: CaseRecord | undefined) => (row?.deletedAt === undefined ? row?.callerPhoneHash : undefined)

/**
 * The rollup deltas of replacing `prev` by `next` (either may be absent): the case's own
 * contributions, and the 重复来电 flag of other cases of the same caller that the write turns on or off.
 */
export async function rollupDeltas(db: DeskDB, prev: CaseRecord | undefined, next: CaseRecord | undefined, settings: AssessmentSettings): Promise<Contribution[]> {
  const id = (next ?? prev)!.id
  const hashes = [...new Set([callerOf(prev), callerOf(next)].filter((h): h is string => !!h))]
  const others = hashes.length ? (await db.case.where('callerPhoneHash').anyOf(hashes).toArray()).filter((c) => c.id !== id) : []
  const repeatsBefore = repeatCallIds(prev ? [...others, prev] : others)
  const repeatsAfter = repeatCallIds(next ? [...others, next] : others)
  const before: Contribution[] = caseContributions(prev, settings, { repeatCall: repeatsBefore.has(id) })
  const after: Contribution[] = caseContributions(next, settings, { repeatCall: repeatsAfter.has(id) })
  for (const other of others) {
    const was = repeatsBefore.has(other.id)
    const is = repeatsAfter.has(other.id)
    if (was === is) continue
    before.push(...caseContributions(other, settings, { repeatCall: was }))
    after.push(...caseContributions(other, settings, { repeatCall: is }))
  }
  return diffContributions(before, after)
}

/** Keeps the rollups in step with one case write; runs inside the write's transaction. */
export async function maintainRollups(db: DeskDB, prev: CaseRecord | undefined, next: CaseRecord, now: number): Promise<void> {
  const settings = await assessmentSettings(db)
  await applyDeltas(db, next.communityId, await rollupDeltas(db, prev, next, settings), now)
}
