import { db } from '..'
import type { DeskDB } from '../database'
import type { MeetingService } from './contract'
import { createMeetingService } from './service'

export type * from './contract'
export { createMeetingService } from './service'

const services = new WeakMap<DeskDB, MeetingService>()

/** 议事协商 on the default database. */
export function meetingService(): MeetingService {
  const database = db()
  let found = services.get(database)
  if (!found) services.set(database, (found = createMeetingService(database)))
  return found
}
