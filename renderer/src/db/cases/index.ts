import type { DeskDB } from '../database'
import { createCallbackService } from './callbackService'
import { createCaseService } from './caseService'
import { createWhistleService } from './whistleService'

export type * from './contract'
export { OPEN_STATUSES, createCaseService } from './caseService'
export { CALLBACK_CHANNELS, createCallbackService } from './callbackService'
export { createWhistleService } from './whistleService'

/** The case, callback and whistle services of one database. */
export function createCaseServices(db: DeskDB) {
  return { cases: createCaseService(db), callbacks: createCallbackService(db), whistles: createWhistleService(db) }
}
