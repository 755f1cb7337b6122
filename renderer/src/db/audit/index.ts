import { db } from '..'
import type { DeskDB } from '../database'
import { createAuditService, type AuditService } from './service'

export { createAuditService, settingChange, type AuditFilters, type AuditOf, type AuditInput, type AuditService, type AuditVerdict } from './service'

const services = new WeakMap<DeskDB, AuditService>()

/** The audit log on the default database. */
export function auditService(): AuditService {
  const database = db()
  let found = services.get(database)
  if (!found) services.set(database, (found = createAuditService(database)))
  return found
}
