import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Community, User } from '@shared/domain/org'
import { RefusedError } from '@shared/domain/errors'
import { hasPermission, permissionRefusal, type Permission } from '@shared/domain/permissions'
import { db, getDeviceId, repos, currentCommunity, type WriteContext } from '../db'
import { accountService } from '../db/accounts'
import { auditService } from '../db/audit'

// The signed-in account lives as long as the window: a reload stays signed in, a new window signs in again.
const STORAGE_KEY = 'desk.session'

interface Stored {
  userId: string
  locked: boolean
}

function readStored(): Stored | null {
  try {
    const parsed = JSON.parse(globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? 'null') as Stored | null
    return parsed && typeof parsed.userId === 'string' ? parsed : null
  } catch {
    return null
  }
}

function writeStored(value: Stored | null): void {
  if (!globalThis.sessionStorage) return
  if (value) globalThis.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value))
  else globalThis.sessionStorage.removeItem(STORAGE_KEY)
}

/** Who is at the desk and for which community; every write takes its context from here. */
export const useSessionStore = defineStore('session', () => {
  const community = shallowRef<Community | null>(null)
  const user = shallowRef<User | null>(null)
  const deviceId = ref('')
  const loaded = ref(false)
  /** the idle lock is up: the account stays signed in but the desk is hidden until the password is given */
  const locked = ref(false)
  /** counts the times the desk locked; views that show personal data unmasked watch it to mask again */
  const lockCount = ref(0)
  let loading: Promise<void> | null = null

  async function refresh(): Promise<void> {
    deviceId.value = await getDeviceId(db())
    community.value = (await currentCommunity(db())) ?? null
    const stored = readStored()
    const found = community.value && stored ? await repos().user.get(stored.userId) : undefined
    user.value = found && !found.disabled && found.communityId === community.value?.id ? found : null
    locked.value = user.value ? (stored?.locked ?? false) : false
    if (!user.value) writeStored(null)
    loaded.value = true
  }

  /** Re-reads the community after its own record changed; the account stays as it is. */
  async function reloadCommunity(): Promise<void> {
    community.value = (await currentCommunity(db())) ?? null
  }

  function load(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    loading ??= refresh().finally(() => (loading = null))
    return loading
  }

  const communityId = computed(() => community.value?.id ?? '')
  const signedIn = computed(() => user.value !== null)

  function ctx(): WriteContext {
    return { now: Date.now(), deviceId: deviceId.value, actor: user.value?.id ?? 'system' }
  }

  function adopt(account: User): void {
    user.value = account
    locked.value = false
    writeStored({ userId: account.id, locked: false })
  }

  /** Refused with a Chinese message for a wrong password, a locked or disabled account; every try is audited. */
  async function signIn(username: string, password: string): Promise<User> {
    if (!community.value) throw new RefusedError('本机还没有社区数据，请先完成首次设置')
    const account = await accountService().signIn(community.value.id, username, password, { now: Date.now(), deviceId: deviceId.value })
    adopt(account)
    return account
  }

  async function signOut(): Promise<void> {
    if (user.value && community.value) {
      await auditService().record(community.value.id, { action: 'signOut', target: `user:${user.value.username}` }, ctx())
    }
    user.value = null
    locked.value = false
    writeStored(null)
  }

  /** The idle lock: the desk hides until the same account's password, or another account signs in. */
  function lock(): void {
    if (!user.value) return
    locked.value = true
    lockCount.value += 1
    writeStored({ userId: user.value.id, locked: true })
  }

  /** Checked like a sign-in, so wrong passwords count towards the lockout. */
  async function unlock(password: string): Promise<void> {
    if (!user.value) throw new RefusedError('没有已登录的账号，请重新登录')
    await signIn(user.value.username, password)
  }

  /** Re-reads the signed-in account after its roles or name changed. */
  async function reloadUser(): Promise<void> {
    if (!user.value) return
    const fresh = await repos().user.get(user.value.id)
    if (fresh && !fresh.disabled) user.value = fresh
    else await signOut()
  }

  /** whether the signed-in account may do it (DESIGN §5); nobody signed in may do nothing */
  function can(permission: Permission): boolean {
    return user.value ? hasPermission(user.value.roles ?? [], permission) : false
  }

  /** throws a Chinese RefusedError unless the signed-in account may do it; stores call this before writing */
  function require(permission: Permission): void {
    if (!user.value) throw new RefusedError('请先登录')
    if (!can(permission)) throw new RefusedError(permissionRefusal(user.value.roles ?? [], permission))
  }

  return { community, user, deviceId, loaded, locked, lockCount, communityId, signedIn, load, refresh, reloadCommunity, ctx, can, require, signIn, signOut, lock, unlock, reloadUser }
})
