import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInForTest } from './testing'
import type { DeskDB } from '../db'
import { counts, ctxAt, freshDb } from '../db/testing'
import { createRepositories } from '../db/repositories'
import { createAuditService } from '../db/audit/service'
import { useBackupStore } from './backup'

// The store's database is a fresh test one; saved files are kept, and the next opened file is chosen here.
const holder = vi.hoisted(() => ({
  db: null as DeskDB | null,
  saved: [] as { suggestedName: string; data: Uint8Array }[],
  next: null as { name: string; bytes: Uint8Array } | null,
  cancelSave: false,
  auto: null as null | { saved: { bytes: Uint8Array; reason: string }[] }
}))
vi.mock('../db', async () => ({ ...(await vi.importActual<typeof import('../db')>('../db')), db: () => holder.db as DeskDB }))
vi.mock('../platform', () => ({
  platform: {
    saveFile: async (r: { suggestedName: string; data: Uint8Array }) =>
      holder.cancelSave ? { canceled: true } : (holder.saved.push(r), { canceled: false, path: r.suggestedName }),
    openFile: async () => (holder.next ? { canceled: false, ...holder.next } : { canceled: true }),
    autoBackups: {
      get available() {
        return holder.auto !== null
      },
      save: async (r: { bytes: Uint8Array; reason: string }) => (holder.auto!.saved.push(r), { name: `auto-2026-03-09T01-30-00-000Z-${r.reason}.cdbak`, reason: r.reason, createdAt: 0, size: r.bytes.length })
    }
  }
}))

const addGrid = (code: string) => createRepositories(holder.db as DeskDB).grid.create('c1', { code, name: `${code}网格` } as never, ctxAt())

beforeEach(() => {
  holder.db = freshDb()
  holder.saved = []
  holder.next = null
  holder.cancelSave = false
  holder.auto = null
  signInForTest('c1')
})
afterEach(() => holder.db?.delete())

describe('useBackupStore', () => {
  it('saves a backup, reads it back, asks before restoring and saves the replaced data first', async () => {
    await addGrid('WG-01')
    const store = useBackupStore()
    expect(await store.backUp('')).toMatch(/^社区接诉即办-备份-\d{4}-\d{2}-\d{2}\.cdbak$/)
    const file = holder.saved[0].data
    await addGrid('WG-02')

    holder.next = { name: 'a.cdbak', bytes: file }
    await store.pick()
    expect(store.summary?.manifest.tables.find((t) => t.name === 'grid')?.count).toBe(1)
    expect(store.totalRows).toBeGreaterThan(0)

    expect(await store.restore('', async () => false)).toBeUndefined()
    expect(await counts(holder.db as DeskDB, 'grid')).toEqual({ grid: 2 })

    const done = await store.restore('', async () => true)
    expect(done?.name).toMatch(/^社区接诉即办-恢复前备份-/)
    expect(await counts(holder.db as DeskDB, 'grid')).toEqual({ grid: 1 })
    expect(holder.saved[1].suggestedName).toBe(done?.name)
    expect(store.error).toBe('')
  })

  it('restores nothing when the copy of the current data is not saved (the save dialog cancelled)', async () => {
    await addGrid('WG-01')
    const store = useBackupStore()
    await store.backUp('')
    holder.next = { name: 'a.cdbak', bytes: holder.saved[0].data }
    await addGrid('WG-02')
    await store.pick()
    holder.cancelSave = true
    expect(await store.restore('', async () => true)).toBeUndefined()
    expect(store.error).toMatch(/恢复前的数据备份没有保存，恢复已取消，现有数据未改动/)
    expect(await counts(holder.db as DeskDB, 'grid')).toEqual({ grid: 2 })
  })

  it('on the desktop keeps the copy among the automatic backups, without a dialog', async () => {
    await addGrid('WG-01')
    const store = useBackupStore()
    await store.backUp('')
    holder.next = { name: 'a.cdbak', bytes: holder.saved[0].data }
    await addGrid('WG-02')
    await store.pick()
    holder.auto = { saved: [] }
    const done = await store.restore('', async () => true)
    expect(done?.name).toBe('auto-2026-03-09T01-30-00-000Z-pre-restore.cdbak')
    expect(holder.auto.saved.map((s) => s.reason)).toEqual(['pre-restore'])
    expect(holder.saved).toHaveLength(1)
    expect(await counts(holder.db as DeskDB, 'grid')).toEqual({ grid: 1 })
  })

  it('shows the refusal of a damaged file and never asks to confirm', async () => {
    await addGrid('WG-01')
    const store = useBackupStore()
    await store.backUp('')
    const damaged = holder.saved[0].data.slice()
    damaged[damaged.length - 2] ^= 0x01
    holder.next = { name: 'b.cdbak', bytes: damaged }
    await store.pick()
    const confirm = vi.fn(async () => true)
    expect(await store.restore('', confirm)).toBeUndefined()
    expect(store.error).toMatch(/^备份文件已损坏/)
    expect(confirm).not.toHaveBeenCalled()
  })

  it('refuses a file that is not a backup as soon as it is picked', async () => {
    const store = useBackupStore()
    holder.next = { name: 'x.csv', bytes: new TextEncoder().encode('工单编号\n1\n') }
    await store.pick()
    expect(store.summary).toBeNull()
    expect(store.error).toBe('这不是工作台备份文件')
  })

  it('lets a 书记 back up and writes the backup to the audit log as an export of personal data', async () => {
    await addGrid('WG-01')
    signInForTest('c1', ['leader'])
    const name = await useBackupStore().backUp('和平里2026')
    expect(name).toBeDefined()
    expect(await createAuditService(holder.db as DeskDB).list('c1')).toMatchObject([
      { action: 'export', target: `backup:${name}`, actor: 'U1', reason: expect.stringMatching(/^全部数据 \d+ 条记录，含来电人等完整个人信息；已加密$/) }
    ])
  })

  it('refuses a backup to a 网格员: no file, no audit entry, the refusal shown', async () => {
    await addGrid('WG-01')
    signInForTest('c1', ['gridWorker'])
    const store = useBackupStore()
    expect(await store.backUp('')).toBeUndefined()
    expect(store.error).toBe('当前账号（网格员）没有“备份全部数据”权限，请联系管理员')
    expect(holder.saved).toEqual([])
    expect(await counts(holder.db as DeskDB, 'auditEntry')).toEqual({ auditEntry: 0 })
  })

  it('refuses a restore to a 书记 before asking, and leaves the data as it was', async () => {
    await addGrid('WG-01')
    await useBackupStore().backUp('')
    const file = holder.saved[0].data
    await addGrid('WG-02')
    signInForTest('c1', ['leader'])
    const store = useBackupStore()
    holder.next = { name: 'a.cdbak', bytes: file }
    await store.pick()
    const confirm = vi.fn(async () => true)
    expect(await store.restore('', confirm)).toBeUndefined()
    expect(store.error).toMatch(/没有“恢复备份”权限/)
    expect(confirm).not.toHaveBeenCalled()
    expect(await counts(holder.db as DeskDB, 'grid')).toEqual({ grid: 2 })
  })
})
