import { db } from '..'
import type { DeskDB } from '../database'
import { createAccountService, type AccountService } from './service'

export { createAccountService, type AccountChange, type AccountInput, type AccountOptions, type AccountService } from './service'

const services = new WeakMap<DeskDB, AccountService>()

/** Accounts on the default database, always with the full PBKDF2 iteration count. */
export function accountService(): AccountService {
  const database = db()
  let found = services.get(database)
  if (!found) services.set(database, (found = createAccountService(database)))
  return found
}
