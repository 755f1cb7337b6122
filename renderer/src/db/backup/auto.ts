import { CHINA_OFFSET_MS } from '@shared/domain/dates'
import type { AutoBackupInfo, AutoBackups } from '../../platform/types'
import { openAtVersion, type DeskDB } from '../database'
import { getDeviceId, isSetUp } from '../device'
import { createRepositories } from '../repositories'
import { LATEST_VERSION } from '../schema'
import { createBackup } from './index'

/** While the desk runs it looks every few hours whether today's automatic backup is still to be made. */
export const AUTO_BACKUP_CHECK_MS = 3 * 3_600_000

const DAY_MS = 86_400_000
const chinaDay = (ms: number): number => Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS)

export interface AutoBackupOptions {
  autoBackups: AutoBackups
  now: number
  appVersion: string
}

/**
 * Today's automatic backup, when this desk has data and has not made one yet today (China days).
 * Returns what was saved, or null when nothing was due; in a browser there is nowhere to save, so never.
 */
export async function autoBackupIfDue(db: DeskDB, { autoBackups, now, appVersion }: AutoBackupOptions): Promise<AutoBackupInfo | null> {
  if (!autoBackups.available || !(await isSetUp(db))) return null
  const settings = createRepositories(db).setting
  const last = await settings.get('backup.lastAutoAt')
  // A last backup dated after now means the clock was set back: make one rather than trust it.
  if (last !== undefined && last <= now && chinaDay(last) === chinaDay(now)) return null
  const bytes = await createBackup(db, { now, appVersion })
  const saved = await autoBackups.save({ bytes, reason: 'daily' })
  await settings.set('backup.lastAutoAt', now, { now, deviceId: await getDeviceId(db, now), actor: 'system' })
  return saved
}

export interface StoredDatabase {
  /** the schema version it was last opened with */
  version: number
  /** whether any table but the settings holds a row */
  hasData: boolean
}

/** The database as stored, read without Dexie and without upgrading it; null when there is none (and none is made). */
export function readStoredDatabase(name: string, idb: IDBFactory = indexedDB): Promise<StoredDatabase | null> {
  return new Promise((resolve, reject) => {
    let absent = false
    const request = idb.open(name)
    request.onupgradeneeded = (event) => {
      // Opening without a version would create an empty database: abort, nothing is left behind.
      if (event.oldVersion === 0) {
        absent = true
        request.transaction?.abort()
      }
    }
    request.onerror = (event) => {
      event.preventDefault()
      if (absent) resolve(null)
      else reject(request.error)
    }
    request.onsuccess = () => {
      const idbdb = request.result
      // Dexie stores version n as IndexedDB version 10n.
      const version = idbdb.version / 10
      const names = [...idbdb.objectStoreNames].filter((store) => store !== 'setting')
      if (names.length === 0) {
        idbdb.close()
        return resolve({ version, hasData: false })
      }
      let rows = 0
      const tx = idbdb.transaction(names, 'readonly')
      for (const store of names) {
        const count = tx.objectStore(store).count()
        count.onsuccess = () => (rows += count.result)
      }
      tx.oncomplete = () => {
        idbdb.close()
        resolve({ version, hasData: rows > 0 })
      }
      tx.onerror = () => {
        idbdb.close()
        reject(tx.error)
      }
    }
  })
}

export interface MigrationBackupOptions extends AutoBackupOptions {
  name: string
  latestVersion?: number
  idb?: IDBFactory
}

/**
 * Before the app opens its database: when the stored one is older than this app's schema and holds data,
 * it is opened at its own version, backed up and saved as a pre-migration backup, then closed so the app
 * can upgrade it. Returns what was saved, or null when no upgrade is coming (or in a browser).
 */
export async function backupBeforeMigration({
  name,
  autoBackups,
  now,
  appVersion,
  latestVersion = LATEST_VERSION,
  idb
}: MigrationBackupOptions): Promise<AutoBackupInfo | null> {
  if (!autoBackups.available) return null
  const stored = await readStoredDatabase(name, idb)
  if (!stored || !stored.hasData || stored.version >= latestVersion) return null
  const old = openAtVersion(name, stored.version)
  try {
    const bytes = await createBackup(old, { now, appVersion })
    return await autoBackups.save({ bytes, reason: 'pre-migration' })
  } finally {
    old.close()
  }
}
