import { afterEach, describe, expect, it, vi } from 'vitest'
import { verifyBackup } from '@shared/backup'
import type { AutoBackups } from '../../platform/types'
import { openDesk, type DeskDB } from '../database'
import { createCommunity } from '../setup'
import { LATEST_VERSION } from '../schema'
import { T0, ctxAt, freshDb } from '../testing'
import { autoBackupIfDue, backupBeforeMigration, readStoredDatabase } from './auto'

const HOUR = 3_600_000
const form = { community: { name: '银杏里社区', township: '安和街道', district: '东城区', population: '12000' }, grids: [{ code: 'WG-01', name: '第一网格' }] }

function fakeFolder(available = true) {
  const saved: { bytes: Uint8Array; reason: string }[] = []
  const autoBackups: AutoBackups = {
    available,
    save: vi.fn(async ({ bytes, reason }) => {
      saved.push({ bytes, reason })
      return { name: `auto-${saved.length}`, reason, createdAt: T0, size: bytes.length }
    }),
    list: vi.fn(),
    read: vi.fn()
  }
  return { saved, autoBackups }
}

const opened: DeskDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
async function setUpDesk(): Promise<DeskDB> {
  const db = freshDb()
  opened.push(db)
  await createCommunity(db, form, ctxAt())
  return db
}
const options = (autoBackups: AutoBackups, now = T0) => ({ autoBackups, now, appVersion: '0.1.0' })

describe('autoBackupIfDue', () => {
  it('makes one daily backup per China day and remembers when', async () => {
    const db = await setUpDesk()
    const { saved, autoBackups } = fakeFolder()
    const morning = Date.UTC(2026, 10, 25, 0) // 08:00 in China
    expect(await autoBackupIfDue(db, options(autoBackups, morning))).toMatchObject({ reason: 'daily' })
    expect(await db.setting.get('backup.lastAutoAt')).toMatchObject({ value: morning })
    expect(await autoBackupIfDue(db, options(autoBackups, morning + 15 * HOUR))).toBeNull() // 23:00, same day
    expect(await autoBackupIfDue(db, options(autoBackups, morning + 16 * HOUR))).toMatchObject({ reason: 'daily' }) // 00:00 next day
    expect(saved).toHaveLength(2)
    const { tables } = await verifyBackup(saved[0].bytes, { latestVersion: LATEST_VERSION })
    expect(tables.community).toHaveLength(1)
    expect(await db.outbox.where('table').equals('setting').count()).toBe(0)
  })

  it('makes one when the last is dated after now (a clock set back)', async () => {
    const db = await setUpDesk()
    const { autoBackups } = fakeFolder()
    await autoBackupIfDue(db, options(autoBackups, T0 + 2 * HOUR))
    expect(await autoBackupIfDue(db, options(autoBackups, T0))).not.toBeNull()
  })

  it('does nothing on a desk not yet set up, or in a browser', async () => {
    const empty = freshDb()
    opened.push(empty)
    const desktop = fakeFolder()
    expect(await autoBackupIfDue(empty, options(desktop.autoBackups))).toBeNull()
    const web = fakeFolder(false)
    expect(await autoBackupIfDue(await setUpDesk(), options(web.autoBackups))).toBeNull()
    expect([...desktop.saved, ...web.saved]).toEqual([])
  })

  it('records nothing when the save fails, so the next check tries again', async () => {
    const db = await setUpDesk()
    const { autoBackups } = fakeFolder()
    vi.mocked(autoBackups.save).mockRejectedValueOnce(new Error('保存自动备份失败：磁盘已满'))
    await expect(autoBackupIfDue(db, options(autoBackups))).rejects.toThrow('磁盘已满')
    expect(await db.setting.get('backup.lastAutoAt')).toBeUndefined()
    expect(await autoBackupIfDue(db, options(autoBackups))).not.toBeNull()
  })
})

describe('backup before a migration', () => {
  it('reads the stored version and whether it holds data, creating nothing', async () => {
    const name = `desk-never-${Math.random()}`
    expect(await readStoredDatabase(name)).toBeNull()
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name)
    const db = await setUpDesk()
    db.close()
    expect(await readStoredDatabase(db.name)).toEqual({ version: LATEST_VERSION, hasData: true })
    const bare = openDesk(`desk-bare-${Math.random()}`)
    opened.push(bare)
    await bare.open()
    bare.close()
    expect(await readStoredDatabase(bare.name)).toEqual({ version: LATEST_VERSION, hasData: false })
  })

  it('backs up the stored data at its own version before a newer schema opens it', async () => {
    const db = await setUpDesk()
    db.close()
    const { saved, autoBackups } = fakeFolder()
    const next = LATEST_VERSION + 1
    await expect(backupBeforeMigration({ name: db.name, latestVersion: next, ...options(autoBackups) })).resolves.toMatchObject({ reason: 'pre-migration' })
    const file = await verifyBackup(saved[0].bytes, { latestVersion: next })
    expect(file.manifest.schemaVersion).toBe(LATEST_VERSION)
    expect(file.tables.grid).toHaveLength(1)
    // Closed again: the app's own open (the upgrade) is not blocked.
    await db.open()
    expect(await db.grid.count()).toBe(1)
  })

  it('does nothing when no upgrade is coming, the database is new or empty, or in a browser', async () => {
    const db = await setUpDesk()
    db.close()
    const { saved, autoBackups } = fakeFolder()
    expect(await backupBeforeMigration({ name: db.name, ...options(autoBackups) })).toBeNull()
    expect(await backupBeforeMigration({ name: `desk-new-${Math.random()}`, latestVersion: LATEST_VERSION + 1, ...options(autoBackups) })).toBeNull()
    const web = fakeFolder(false)
    expect(await backupBeforeMigration({ name: db.name, latestVersion: LATEST_VERSION + 1, ...options(web.autoBackups) })).toBeNull()
    expect([...saved, ...web.saved]).toEqual([])
  })
})
