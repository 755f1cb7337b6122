import { monotonicFactory } from 'ulid'
import type { User } from '@shared/domain/org'
import { PASSWORD_ITERATIONS, hashPassword, verifyPassword } from '@shared/crypto/password'
import { DEMO_ADMIN, DEMO_PASSWORD, demoAccounts } from '@shared/demo/accounts'
import type { DemoData } from '@shared/demo'
import { seedHlc } from '@shared/domain/categories'

export { DEMO_ADMIN, DEMO_PASSWORD } from '@shared/demo/accounts'

/**
 * The demo's users with every role and the published demo password, each with its own salt. Hashed before the
 * demo's write transaction (WebCrypto would end an IndexedDB transaction), in parallel.
 */
export async function demoUsersWithPasswords(demo: Pick<DemoData, 'community' | 'grid' | 'user'>, now: number, iterations = PASSWORD_ITERATIONS): Promise<User[]> {
  const ids = monotonicFactory()
  const extra = demoAccounts(demo.community[0].id, demo.grid, demo.user, () => ids(now), { now, hlc: seedHlc(now) })
  const users = [...demo.user, ...extra]
  const secrets = await Promise.all(users.map(() => hashPassword(DEMO_PASSWORD, { iterations })))
  return users.map((u, i) => ({ ...u, ...secrets[i] }))
}

/** Whether the demo administrator still has the demo password, so the sign-in page may show the demo accounts. */
export const stillDemo = (users: readonly User[]): Promise<boolean> => {
  const admin = users.find((u) => u.username === DEMO_ADMIN && u.passwordHash)
  return admin ? verifyPassword(DEMO_PASSWORD, admin) : Promise.resolve(false)
}
