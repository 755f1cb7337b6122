import { db } from '..'
import type { DeskDB } from '../database'
import type { VolunteerDesk } from './contract'
import { createVolunteerService } from './service'

export type * from './contract'
export { createVolunteerService } from './service'

const services = new WeakMap<DeskDB, VolunteerDesk>()

/** 小巷管家 and 双报到 on the default database. */
export function volunteerService(): VolunteerDesk {
  const database = db()
  let found = services.get(database)
  if (!found) services.set(database, (found = createVolunteerService(database)))
  return found
}
