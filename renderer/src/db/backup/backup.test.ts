import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoCommunity } from '../setup'
import { createRepositories } from '../repositories'
import { LATEST_VERSION, SCHEMA } from '../schema'
import { BACKUP_UPGRADES } from './upgrades'
import { T0, ctxAt, freshDb } from '../testing'
import type { DeskDB } from '../database'
import { writeBackup } from '@shared/backup'
import { backupFileName, checkBackup, createBackup, readAllTables, readSummary, restoreBackup } from './index'

const opened: DeskDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
const track = (db: DeskDB) => (opened.push(db), db)
const options = { now: T0, appVersion: '0.1.0', iterations: 1000, keepPrevious: async () => true }

// JSON of every table: equal strings mean byte-identical tables.
async function snapshot(db: DeskDB): Promise<string> {
  const tables = await readAllTables(db)
  return JSON.stringify(Object.keys(tables).sort().map((name) => [name, tables[name]]), (_k, v: unknown) =>
    v instanceof Uint8Array ? Array.from(v) : v
  )
}

let demo: Uint8Array
let demoSnapshot: string
beforeAll(async () => {
  const db = track(freshDb())
  await loadDemoCommunity(db, { seed: 5, now: T0 })
  await db.attachment.add({
    id: 'att1', communityId: 'x', name: '现场.jpg', mime: 'image/jpeg', size: 3, bytes: new Uint8Array([1, 2, 3]),
    ownerTable: 'case', ownerId: 'k', createdAt: T0, updatedAt: T0, hlc: 'h', deletedAt: null
  } as never)
  demoSnapshot = await snapshot(db)
  demo = await createBackup(db, options)
}, 60_000)

async function changedDb(): Promise<DeskDB> {
  const db = track(freshDb())
  const repos = createRepositories(db)
  await repos.grid.create('c-other', { code: 'WG-99', name: '别的网格' } as never, ctxAt())
  return db
}

describe('backup and restore', () => {
  it('restores byte-identical tables and hands back the data it replaced', async () => {
    const db = await changedDb()
    const before = await snapshot(db)
    const result = await restoreBackup(db, demo, options)
    expect(await snapshot(db)).toBe(demoSnapshot)
    expect(result.counts.case).toBeGreaterThan(1000)
    expect(result.manifest.schemaVersion).toBe(LATEST_VERSION)
    // The safety copy restores what was there before.
    await restoreBackup(db, result.previous, options)
    expect(await snapshot(db)).toBe(before)
  }, 60_000)

  it('replaces nothing when the copy of the current data cannot be kept', async () => {
    const db = await changedDb()
    const before = await snapshot(db)
    const kept: Uint8Array[] = []
    await expect(restoreBackup(db, demo, { ...options, keepPrevious: async () => false })).rejects.toThrow('恢复前的数据备份没有保存，恢复已取消，现有数据未改动')
    await expect(restoreBackup(db, demo, { ...options, keepPrevious: async () => { throw new Error('磁盘已满') } })).rejects.toThrow('恢复前的数据备份没能保存（磁盘已满）')
    expect(await snapshot(db)).toBe(before)
    // the copy is handed over before anything is replaced: it holds the data as it was
    await restoreBackup(db, demo, { ...options, keepPrevious: async (copy) => (kept.push(copy), true) })
    const restoredBack = track(freshDb())
    await restoreBackup(restoredBack, kept[0], options)
    expect(await snapshot(restoredBack)).toBe(before)
  }, 60_000)

  it('summarises the file: community, date and counts', () => {
    const summary = readSummary(demo)
    expect(summary.encrypted).toBe(false)
    expect(summary.manifest.community?.name).toBeTruthy()
    expect(summary.manifest.tables.find((t) => t.name === 'case')?.count).toBeGreaterThan(1000)
    expect(summary.manifest.tables).toHaveLength(30)
  })

  it('refuses a flipped byte and leaves the data untouched', async () => {
    const db = await changedDb()
    const before = await snapshot(db)
    const damaged = demo.slice()
    const text = new TextDecoder().decode(damaged)
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('"orderNo"'))).length
    damaged[at + 3] ^= 0x02
    await expect(restoreBackup(db, damaged, options)).rejects.toThrow('备份文件已损坏：表 case 的校验值不符')
    expect(await snapshot(db)).toBe(before)
  })

  it('refuses a wrong passphrase and a newer schema, data untouched; the right passphrase restores', async () => {
    const source = track(freshDb())
    await createRepositories(source).grid.create('c1', { code: 'WG-01', name: '第一网格' } as never, ctxAt())
    const sealed = await createBackup(source, { ...options, passphrase: '正确密码' })
    const db = await changedDb()
    const before = await snapshot(db)
    await expect(restoreBackup(db, sealed, { ...options, passphrase: '错误密码' })).rejects.toThrow('密码不正确，无法解密备份')
    const newer = await writeBackup({}, { app: { name: 'x', version: '9' }, schemaVersion: LATEST_VERSION + 1, createdAt: T0, community: null })
    await expect(restoreBackup(db, newer, options)).rejects.toThrow(`备份来自更新版本的工作台（数据版本 ${LATEST_VERSION + 1}），请先升级本软件`)
    expect(await snapshot(db)).toBe(before)
    await restoreBackup(db, sealed, { ...options, passphrase: '正确密码' })
    expect(await snapshot(db)).toBe(await snapshot(source))
  })

  it('seals the copy of the current data with the passphrase of the encrypted file restored', async () => {
    const source = track(freshDb())
    await createRepositories(source).grid.create('c1', { code: 'WG-01', name: '第一网格' } as never, ctxAt())
    const sealed = await createBackup(source, { ...options, passphrase: '和平里2026' })
    const db = await changedDb()
    const before = await snapshot(db)

    const { previous } = await restoreBackup(db, sealed, { ...options, passphrase: '和平里2026' })
    expect(readSummary(previous).encrypted).toBe(true)
    expect(new TextDecoder().decode(previous)).not.toContain('别的网格')
    await expect(checkBackup(previous)).rejects.toThrow('此备份已加密，请输入密码')
    await expect(checkBackup(previous, '别的密码')).rejects.toThrow('密码不正确，无法解密备份')
    await restoreBackup(db, previous, { ...options, passphrase: '和平里2026' })
    expect(await snapshot(db)).toBe(before)

    // A plain file leaves a plain copy: there is no passphrase to use.
    const plain = await restoreBackup(db, demo, options)
    expect(readSummary(plain.previous).encrypted).toBe(false)
  }, 60_000)

  it('has one backup upgrade step for every schema version, so older files come up the ladder', () => {
    expect(BACKUP_UPGRADES.map((step) => step.version)).toEqual(SCHEMA.map((step) => step.version))
  })

  it('names the file by the local day', () => {
    expect(backupFileName(new Date(2026, 10, 25, 14, 30).getTime())).toBe('社区接诉即办-备份-2026-11-25.cdbak')
  })
})
