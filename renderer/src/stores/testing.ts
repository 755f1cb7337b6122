import { createPinia, setActivePinia } from 'pinia'
import type { Community, User } from '@shared/domain/org'
import { useSessionStore } from './session'

/** A fresh Pinia with a clerk signed in at the given community, as store tests need. */
export function signInForTest(communityId: string): void {
  setActivePinia(createPinia())
  const session = useSessionStore()
  session.community = { id: communityId, name: '银杏里社区' } as Community
  session.user = { id: 'U1', name: '李娜', roles: ['admin'] } as unknown as User
  session.deviceId = 'devA'
}
