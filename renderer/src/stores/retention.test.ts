import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeskDB } from '../db'
import { createAuditService } from '../db/audit/service'
import { counts, freshDb } from '../db/testing'
import { useRetentionStore } from './retention'
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

const log = () => createAuditService(holder.db as DeskDB).list('C1')

describe('useRetentionStore', () => {
  it('writes each change of the retention period to the audit log, old → new', async () => {
    const store = useRetentionStore()
    await store.setDays(365)
    await store.setDays(180)
    await store.setDays(null)
    expect((await log()).map((e) => [e.action, e.target, e.reason])).toEqual([
      ['settings', 'setting:个人信息保存期限', '办结后保存 180 天 → 长期保存'],
      ['settings', 'setting:个人信息保存期限', '办结后保存 365 天 → 办结后保存 180 天'],
      ['settings', 'setting:个人信息保存期限', '长期保存 → 办结后保存 365 天']
    ])
    expect(store.review.days).toBeNull()
  })

  it('writes no entry when the period stays, and neither entry nor setting when the period is refused', async () => {
    const store = useRetentionStore()
    await store.setDays(365)
    await store.setDays(365)
    await expect(store.setDays(7)).rejects.toThrow('保存期限须为 30 到 3650')
    expect(await log()).toHaveLength(1)
    expect(await counts(holder.db as DeskDB, 'setting')).toEqual({ setting: 1 })
  })
})
