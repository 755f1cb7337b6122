import { fieldError, RecordNotFoundError } from '@shared/domain/errors'
import type { Person, Place } from '@shared/domain/org'
import type { PointsDraft } from '@shared/domain/volunteerPoints'
import { DEFAULT_POINT_RULES, type PointRules, type PointsEntry, type Volunteer } from '@shared/domain/volunteers'
import { createAuditService } from '../audit/service'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'

/** Reads and ledger writes the 小巷管家 services share; call them inside the caller's transaction. */

export const DAY = 86_400_000
export const WEEK = 7 * DAY

export async function liveVolunteer(db: DeskDB, id: string, communityId?: string): Promise<Volunteer> {
  const row = await db.volunteer.get(id)
  if (!row || !isLive(row) || (communityId && row.communityId !== communityId)) throw new RecordNotFoundError('找不到这位小巷管家，可能已被删除，请刷新后重试')
  return row
}

export async function livePerson(db: DeskDB, id: string, communityId: string, field = 'personId'): Promise<Person> {
  const row = await db.person.get(id)
  if (!row || !isLive(row) || row.communityId !== communityId) throw fieldError(field, '所选居民不存在或已删除，请重新选择')
  return row
}

export async function livePlace(db: DeskDB, id: string, communityId: string, field = 'placeId'): Promise<Place> {
  const row = await db.place.get(id)
  if (!row || !isLive(row) || row.communityId !== communityId) throw fieldError(field, '所选点位不存在或已删除，请重新选择')
  return row
}

/** Every id names a live place of the community; the message names the first that does not. */
export async function requirePlaces(db: DeskDB, ids: readonly string[], communityId: string, field = 'placeIds'): Promise<void> {
  const rows = await db.place.bulkGet([...ids])
  const missing = ids.find((_, i) => !isLive(rows[i]) || rows[i]!.communityId !== communityId)
  if (missing) throw fieldError(field, '有的点位不存在或已删除，请重新选择点位')
}

/** The person's name of each volunteer id (for messages, rankings and stars). */
export async function volunteerNames(db: DeskDB, volunteers: readonly Volunteer[]): Promise<Map<string, string>> {
  const people = await db.person.bulkGet(volunteers.map((v) => v.personId))
  return new Map(volunteers.map((v, i) => [v.id, people[i]?.name ?? '（已删除）']))
}

export async function nameOfVolunteer(db: DeskDB, volunteer: Volunteer): Promise<string> {
  return (await db.person.get(volunteer.personId))?.name ?? '这位小巷管家'
}

export const liveVolunteers = (db: DeskDB, communityId: string): Promise<Volunteer[]> => db.volunteer.where('communityId').equals(communityId).filter(isLive).toArray()

export const placeNames = async (db: DeskDB, communityId: string): Promise<(id: string) => string> => {
  const places = await db.place.where('communityId').equals(communityId).toArray()
  const names = new Map(places.map((p) => [p.id, p.name]))
  return (id) => names.get(id) ?? '已删除的点位'
}

/** The ledger rules in the settings, defaults filling any rule not set. */
export async function readPointRules(db: DeskDB): Promise<PointRules> {
  const stored = await repositoriesFor(db).setting.get('volunteers.pointRules')
  return { ...DEFAULT_POINT_RULES, ...(stored ?? {}) }
}

/** Live ledger lines a source record earned, found through the volunteers involved. */
export async function creditsOf(db: DeskDB, volunteerIds: Iterable<string>, sourceTable: string, sourceId: string): Promise<PointsEntry[]> {
  const out: PointsEntry[] = []
  for (const volunteerId of new Set(volunteerIds)) {
    out.push(...(await db.pointsEntry.where('volunteerId').equals(volunteerId).filter((e) => isLive(e) && e.sourceTable === sourceTable && e.sourceId === sourceId).toArray()))
  }
  return out
}

export async function addEntries(db: DeskDB, communityId: string, drafts: readonly PointsDraft[], ctx: WriteContext): Promise<PointsEntry[]> {
  const repo = repositoriesFor(db).pointsEntry
  const out: PointsEntry[] = []
  for (const draft of drafts) out.push(await repo.create(communityId, draft, ctx))
  return out
}

export async function removeEntries(db: DeskDB, entries: readonly PointsEntry[], ctx: WriteContext): Promise<void> {
  const repo = repositoriesFor(db).pointsEntry
  for (const e of entries) await repo.remove(e.id, ctx)
}

/** A removal written to the audit log (DESIGN §5); inside the caller's transaction, which must hold auditEntry. */
export async function auditRemoval(db: DeskDB, communityId: string, target: string, reason: string, ctx: WriteContext): Promise<void> {
  await createAuditService(db).record(communityId, { action: 'delete', target, reason }, ctx)
}
