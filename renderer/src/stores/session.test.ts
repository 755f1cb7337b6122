import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { RefusedError } from '@shared/domain/errors'
import { USER_ROLES } from '@shared/domain/org'
import { PERMISSIONS, ROLE_PERMISSIONS } from '@shared/domain/permissions'
import type { DeskDB } from '../db'
import { createAccountService } from '../db/accounts/service'
import { createAuditService } from '../db/audit/service'
import { createCommunity } from '../db/setup'
import { ctxAt, freshDb } from '../db/testing'
import { useSessionStore } from './session'
import { signInForTest } from './testing'

// The store's default database, sent to a fresh test database.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  return { ...real, db: () => holder.db as DeskDB, repos: () => real.repositoriesFor(holder.db as DeskDB) }
})

let communityId = ''

beforeEach(async () => {
  sessionStorage.clear()
  holder.db = freshDb()
  const { community } = await createCommunity(holder.db, { community: { name: '银杏里社区', township: '安和街道', district: '东城区', population: '12000' }, grids: [] }, ctxAt())
  communityId = community.id
  const accounts = createAccountService(holder.db, { iterations: 1000 })
  await accounts.createAccount(communityId, { name: '李娜', username: 'lina', roles: ['admin'], password: 'lina12345' }, ctxAt())
  await accounts.createAccount(communityId, { name: '赵建国', username: 'grid', roles: ['gridWorker'], password: 'grid12345' }, ctxAt())
  setActivePinia(createPinia())
})
afterEach(() => holder.db?.delete())

describe('session: permissions', () => {
  const cells = USER_ROLES.flatMap((role) => PERMISSIONS.map((p) => [role, p, ROLE_PERMISSIONS[role].includes(p)] as const))

  it.each(cells)('%s may %s: %s', (role, permission, allowed) => {
    signInForTest('C1', [role])
    const session = useSessionStore()
    expect(session.can(permission)).toBe(allowed)
    if (allowed) expect(() => session.require(permission)).not.toThrow()
    else expect(() => session.require(permission)).toThrow(RefusedError)
  })

  it('refuses everything when nobody is signed in', () => {
    const session = useSessionStore()
    for (const p of PERMISSIONS) expect(session.can(p)).toBe(false)
    expect(() => session.require('case.view')).toThrow('请先登录')
  })
})

describe('session: signing in', () => {
  it('starts signed out, signs in, and stays signed in after a reload of the window', async () => {
    const session = useSessionStore()
    await session.load()
    expect(session.community?.id).toBe(communityId)
    expect(session.user).toBeNull()
    await session.signIn('grid', 'grid12345')
    expect(session.user?.username).toBe('grid')

    setActivePinia(createPinia())
    const reloaded = useSessionStore()
    await reloaded.load()
    expect(reloaded.user?.username).toBe('grid')
    expect(reloaded.can('personal.unmask')).toBe(false)
  })

  it('refuses a wrong password and stays signed out', async () => {
    const session = useSessionStore()
    await session.load()
    await expect(session.signIn('lina', 'wrong')).rejects.toThrow('登录名或密码不正确')
    expect(session.user).toBeNull()
    expect(sessionStorage.length).toBe(0)
  })

  it('locks, keeps the lock across a reload, and unlocks only with the password', async () => {
    const session = useSessionStore()
    await session.load()
    await session.signIn('lina', 'lina12345')
    session.lock()
    setActivePinia(createPinia())
    const reloaded = useSessionStore()
    await reloaded.load()
    expect(reloaded.locked).toBe(true)
    await expect(reloaded.unlock('nope')).rejects.toBeInstanceOf(RefusedError)
    expect(reloaded.locked).toBe(true)
    await reloaded.unlock('lina12345')
    expect(reloaded.locked).toBe(false)
  })

  it('signs out, forgetting the account, and audits sign-in and sign-out', async () => {
    const session = useSessionStore()
    await session.load()
    await session.signIn('lina', 'lina12345')
    await session.signOut()
    expect(session.user).toBeNull()
    setActivePinia(createPinia())
    const reloaded = useSessionStore()
    await reloaded.load()
    expect(reloaded.user).toBeNull()
    const actions = (await createAuditService(holder.db!).list(communityId)).map((e) => e.action)
    expect(actions.slice(0, 2)).toEqual(['signOut', 'signIn'])
  })

  it('does not restore a disabled account', async () => {
    const session = useSessionStore()
    await session.load()
    const user = await session.signIn('grid', 'grid12345')
    await createAccountService(holder.db!).updateAccount(user.id, { disabled: true }, ctxAt())
    setActivePinia(createPinia())
    const reloaded = useSessionStore()
    await reloaded.load()
    expect(reloaded.user).toBeNull()
  })
})
