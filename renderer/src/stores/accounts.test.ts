import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeskDB } from '../db'
import { createAuditService } from '../db/audit/service'
import { freshDb } from '../db/testing'
import { useAccountsStore } from './accounts'
import { signInForTest } from './testing'

const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  return { ...real, db: () => holder.db as DeskDB, repos: () => real.repositoriesFor(holder.db as DeskDB) }
})

beforeEach(() => {
  holder.db = freshDb()
  signInForTest('C1')
})
afterEach(() => holder.db?.delete())

describe('useAccountsStore idle lock', () => {
  it('writes each change of the idle-lock time to the audit log, old → new, and refuses a bad value unaudited', async () => {
    const store = useAccountsStore()
    await store.setIdleLockMinutes(5)
    await store.setIdleLockMinutes(5)
    await expect(store.setIdleLockMinutes(0)).rejects.toThrow('1 到 240')
    await store.setIdleLockMinutes(30)
    const entries = await createAuditService(holder.db as DeskDB).list('C1')
    expect(entries.map((e) => [e.action, e.target, e.reason, e.actor])).toEqual([
      ['settings', 'setting:自动锁屏时间', '5 分钟 → 30 分钟', 'U1'],
      ['settings', 'setting:自动锁屏时间', '15 分钟 → 5 分钟', 'U1']
    ])
  })
})
