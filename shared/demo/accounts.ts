import type { Grid, User, UserRole } from '../domain/org'
import type { IdFactory } from '../domain/categories'
import { stampCreate, type Stamp } from '../sync/stamp'

/** Every demo account's password; the sign-in page of a demo community shows it so a newcomer can get in. */
export const DEMO_PASSWORD = 'demo1234'
export const DEMO_ADMIN = 'admin'

interface Extra {
  username: string
  roles: UserRole[]
  /** a fixed name, or the first grid's grid worker */
  name: string | ((grids: readonly Grid[]) => string)
}

// One account per role the generated administrator and clerk do not cover, so every role can be tried.
const EXTRAS: readonly Extra[] = [
  { username: 'leader', roles: ['leader'], name: '王秀兰' },
  { username: 'grid', roles: ['gridWorker'], name: (grids) => grids[0]?.gridWorkers[0] ?? '赵建国' },
  { username: 'host', roles: ['facilitator'], name: '孙丽' },
  { username: 'steward', roles: ['coordinator'], name: '周明' }
]

/** The demo's further accounts (书记, 网格员, 议事主持, 志愿者协调员), skipping login names already taken. */
export function demoAccounts(communityId: string, grids: readonly Grid[], taken: readonly User[], ids: IdFactory, stamp: Stamp): User[] {
  const names = new Set(taken.map((u) => u.username))
  return EXTRAS.filter((e) => !names.has(e.username)).map((e) =>
    stampCreate<User>(
      { name: typeof e.name === 'string' ? e.name : e.name(grids), username: e.username, roles: e.roles, disabled: false },
      ids(),
      communityId,
      stamp
    )
  )
}
