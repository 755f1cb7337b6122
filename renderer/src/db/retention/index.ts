import { db } from '..'
import type { DeskDB } from '../database'
import { createRetentionService, type RetentionService } from './service'

export { createRetentionService, type RetentionReview, type RetentionService } from './service'

const services = new WeakMap<DeskDB, RetentionService>()

/** Retention review and purge on the default database. */
export function retentionService(): RetentionService {
  const database = db()
  let found = services.get(database)
  if (!found) services.set(database, (found = createRetentionService(database)))
  return found
}
