import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { DeskDB } from '../db'
import { createBackup } from '../db/backup'
import { createRepositories } from '../db/repositories'
import { T0, ctxAt, freshDb } from '../db/testing'
import { useBackupStore } from './backup'

// The automatic backups folder as the desktop platform shows it; the restore itself is the picked-file flow.
const folder = vi.hoisted(() => ({
  available: true,
  files: new Map<string, Uint8Array>(),
  failList: ''
}))
vi.mock('../platform', () => ({
  platform: {
    autoBackups: {
      get available() {
        return folder.available
      },
      list: async () => {
        if (folder.failList) throw new Error(folder.failList)
        return { folder: '/home/clerk/.config/desk/backups', entries: [...folder.files].map(([name, bytes]) => ({ name, reason: 'daily', createdAt: T0, size: bytes.length })) }
      },
      read: async (name: string) => {
        const bytes = folder.files.get(name)
        if (!bytes) throw new Error('读取自动备份失败：该备份已不存在，请刷新列表')
        return { name, bytes }
      }
    }
  }
}))

let db: DeskDB
const NAME = 'auto-2026-03-09T01-30-00-000Z-daily.cdbak'
beforeEach(async () => {
  db = freshDb()
  await createRepositories(db).grid.create('c1', { code: 'WG-01', name: '第一网格' } as never, ctxAt())
  folder.files = new Map([[NAME, await createBackup(db, { now: T0, appVersion: '0.1.0' })]])
  folder.available = true
  folder.failList = ''
  setActivePinia(createPinia())
})
afterEach(() => db.delete())

describe('useBackupStore: automatic backups', () => {
  it('lists them and reads one into the restore flow, summary and all', async () => {
    const store = useBackupStore()
    expect(store.autoAvailable).toBe(true)
    await store.loadAutoBackups()
    expect(store.autoBackups.map((e) => e.name)).toEqual([NAME])
    expect(store.autoFolder).toBe('/home/clerk/.config/desk/backups')
    await store.pickAuto(NAME)
    expect(store.fileName).toBe(NAME)
    expect(store.summary?.manifest.tables.find((t) => t.name === 'grid')?.count).toBe(1)
    expect(store.error).toBe('')
  })

  it('shows why a listing or a read failed, and keeps no stale summary', async () => {
    const store = useBackupStore()
    await store.pickAuto(NAME)
    folder.failList = '读取自动备份目录失败：EACCES'
    await store.loadAutoBackups()
    expect(store.autoError).toBe('读取自动备份目录失败：EACCES')
    await store.pickAuto('auto-2026-03-10T01-30-00-000Z-daily.cdbak')
    expect(store.error).toBe('读取自动备份失败：该备份已不存在，请刷新列表')
    expect(store.summary).toBeNull()
  })

  it('knows when there are none (in a browser)', () => {
    folder.available = false
    expect(useBackupStore().autoAvailable).toBe(false)
  })
})
