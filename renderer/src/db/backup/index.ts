import {
  BackupError,
  upgradeTables,
  verifyBackup,
  writeBackup,
  type BackupManifest,
  type BackupTables
} from '@shared/backup'
import type { DeskDB } from '../database'
import { LATEST_VERSION } from '../schema'
import { BACKUP_UPGRADES } from './upgrades'

export { BackupError, readSummary, type BackupSummary, type BackupManifest } from '@shared/backup'

export interface BackupOptions {
  now: number
  appVersion: string
  passphrase?: string
  /** lower only in tests */
  iterations?: number
}

const APP_NAME = '社区接诉即办工作台'

// Attachments may be Blobs; the file holds their bytes.
async function plainRow(row: unknown): Promise<unknown> {
  if (!row || typeof row !== 'object') return row
  const entries = await Promise.all(
    Object.entries(row).map(async ([k, v]) => [k, v instanceof Blob ? new Uint8Array(await v.arrayBuffer()) : v] as const)
  )
  return Object.fromEntries(entries)
}

/** Every table of the desk, read in one transaction so the file is one consistent moment. */
export async function readAllTables(db: DeskDB): Promise<BackupTables> {
  const raw = await db.transaction('r', db.tables, async () => {
    const out: BackupTables = {}
    for (const table of db.tables) out[table.name] = await table.toArray()
    return out
  })
  const out: BackupTables = {}
  for (const [name, rows] of Object.entries(raw)) out[name] = name === 'attachment' ? await Promise.all(rows.map(plainRow)) : rows
  return out
}

export async function createBackup(db: DeskDB, options: BackupOptions): Promise<Uint8Array<ArrayBuffer>> {
  const tables = await readAllTables(db)
  const community = (tables.community?.[0] as { id: string; name: string } | undefined) ?? null
  return writeBackup(tables, {
    app: { name: APP_NAME, version: options.appVersion },
    // The version this handle was opened at: a backup taken before a migration says it is the older one.
    schemaVersion: db.verno || LATEST_VERSION,
    createdAt: options.now,
    community: community && { id: community.id, name: community.name },
    passphrase: options.passphrase,
    iterations: options.iterations
  })
}

export interface RestoreResult {
  manifest: BackupManifest
  /** the data as it was just before the restore, as `keepPrevious` kept it; encrypted when the restored file was */
  previous: Uint8Array<ArrayBuffer>
  counts: Record<string, number>
}


/** The complete check restore makes, without touching the database: throws BackupError when refused. */
export async function checkBackup(bytes: Uint8Array, passphrase?: string): Promise<BackupManifest> {
  return (await verifyBackup(bytes, { latestVersion: LATEST_VERSION, passphrase })).manifest
}

/**
 * Verifies the whole file, backs up the current data and hands that copy to `keepPrevious`, then replaces every
 * table in one transaction: either the backup is in place completely, or nothing changed. When the copy cannot
 * be kept (`keepPrevious` throws or says false: a full disk, a cancelled save), nothing is replaced.
 */
export async function restoreBackup(
  db: DeskDB,
  bytes: Uint8Array,
  options: BackupOptions & { keepPrevious: (previous: Uint8Array<ArrayBuffer>) => Promise<boolean> }
): Promise<RestoreResult> {
  const verified = await verifyBackup(bytes, { latestVersion: LATEST_VERSION, passphrase: options.passphrase })
  const tables = upgradeTables(verified.tables, verified.manifest.schemaVersion, LATEST_VERSION, BACKUP_UPGRADES)
  // The copy of the current data is sealed like the file restored: whoever could read one can read the other.
  const passphrase = verified.encrypted ? options.passphrase : undefined
  const previous = await createBackup(db, { now: options.now, appVersion: options.appVersion, passphrase, iterations: options.iterations })
  let kept: boolean
  try {
    kept = await options.keepPrevious(previous)
  } catch (err) {
    throw new BackupError(`恢复前的数据备份没能保存（${err instanceof Error ? err.message : String(err)}），恢复已取消，现有数据未改动。`)
  }
  if (!kept) throw new BackupError('恢复前的数据备份没有保存，恢复已取消，现有数据未改动。请保存这份备份后再恢复。')
  const counts: Record<string, number> = {}
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = tables[table.name] ?? []
      await table.clear()
      await table.bulkAdd(rows)
      counts[table.name] = rows.length
    }
  })
  return { manifest: verified.manifest, previous, counts }
}

/** 社区接诉即办-备份-2026-11-25.cdbak, by the local calendar day. */
export function backupFileName(now: number, kind: '备份' | '恢复前备份' = '备份'): string {
  const d = new Date(now)
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return `社区接诉即办-${kind}-${day}.cdbak`
}
