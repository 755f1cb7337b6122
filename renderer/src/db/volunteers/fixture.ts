import { caseWorld, type CaseWorld } from '../cases/fixture'
import type { DeskDB } from '../database'
import { repositoriesFor } from '../repositories'
import { T0, ctxAt } from '../testing'
import { createVolunteerService } from './service'

export const H = 3_600_000
/** 2026-03-09 is a Monday; T0 is 09:30 China time that day. */
export const MONDAY = Date.UTC(2026, 2, 8, 16)

/** Test world: the case world's community with a third place, a team and two volunteers in service. */
export async function volunteerWorld(db: DeskDB, today = '2026-03-09') {
  const w: CaseWorld = await caseWorld(db)
  const ctx = ctxAt(T0 - 1_800_000)
  const square = await repositoriesFor(db).place.create(w.communityId, { kind: '公共空间', name: '安和广场', gridId: w.grids[1].id }, ctx)
  const service = createVolunteerService(db, { today: () => today })
  const team = await service.saveTeam(w.communityId, { name: '东片管家团', placeIds: [w.places[0].id] }, ctx)
  const zhang = await service.register(w.communityId, { person: { name: '张秀英', phone: '13812345678' }, teamId: team.id, placeIds: [w.places[0].id], skills: ['调解'], since: '2025-04-01', status: '在岗' }, ctx)
  const li = await service.register(w.communityId, { person: { name: '李建国', phone: '13912345678' }, placeIds: [w.places[1].id], skills: [], since: '2025-06-01', status: '在岗' }, ctx)
  return { ...w, places: [...w.places, square], service, team, zhang, li }
}
