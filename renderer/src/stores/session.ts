import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Community, User } from '@shared/domain/org'
import { RefusedError } from '@shared/domain/errors'
import { hasPermission, permissionRefusal, type Permission } from '@shared/domain/permissions'
import { db, getDeviceId, repos, currentCommunity, type WriteContext } from '../db'

/** Who is at the desk and for which community; every write takes its context from here. */
export const useSessionStore = defineStore('session', () => {
  const community = shallowRef<Community | null>(null)
  const user = shallowRef<User | null>(null)
  const deviceId = ref('')
  const loaded = ref(false)
  let loading: Promise<void> | null = null

  async function refresh(): Promise<void> {
    deviceId.value = await getDeviceId(db())
    community.value = (await currentCommunity(db())) ?? null
    if (community.value) {
      const users = await repos().user.list(community.value.id)
      user.value = users.find((u) => u.roles.includes('admin')) ?? users[0] ?? null
    } else {
      user.value = null
    }
    loaded.value = true
  }

  function load(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    loading ??= refresh().finally(() => (loading = null))
    return loading
  }

  const communityId = computed(() => community.value?.id ?? '')

  function ctx(): WriteContext {
    return { now: Date.now(), deviceId: deviceId.value, actor: user.value?.id ?? 'system' }
  }

  /** whether the signed-in account may do it (DESIGN §5); nobody signed in may do nothing */
  function can(permission: Permission): boolean {
    return user.value ? hasPermission(user.value.roles ?? [], permission) : false
  }

  /** throws a Chinese RefusedError unless the signed-in account may do it; stores call this before writing */
  function require(permission: Permission): void {
    if (!can(permission)) throw new RefusedError(permissionRefusal(user.value?.roles ?? [], permission))
  }

  return { community, user, deviceId, loaded, communityId, load, refresh, ctx, can, require }
})
