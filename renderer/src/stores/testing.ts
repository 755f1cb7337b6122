import { createPinia, setActivePinia } from 'pinia'
import type { Community, User, UserRole } from '@shared/domain/org'
import { repos } from '../db'
import { useSessionStore } from './session'

/** A fresh Pinia with an account signed in at the given community (an administrator unless roles are given), as store tests need. */
export function signInForTest(communityId: string, roles: UserRole[] = ['admin'], id = 'U1'): void {
  setActivePinia(createPinia())
  const session = useSessionStore()
  session.community = { id: communityId, name: '银杏里社区' } as Community
  session.user = { id, name: '李娜', username: 'lina', roles } as unknown as User
  session.deviceId = 'devA'
}

/** Loads the session from the stored desk and signs in its first administrator, as tests of a loaded desk need. */
export async function signInStored(): Promise<void> {
  const session = useSessionStore()
  await session.load()
  const users = session.communityId ? await repos().user.list(session.communityId) : []
  session.user = users.find((u) => u.roles.includes('admin') && !u.disabled) ?? null
}
