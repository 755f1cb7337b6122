import { platform } from '../../platform'
import type { AutoBackups } from '../../platform/types'
import { DEFAULT_DB_NAME, type DeskDB } from '../database'
import { db } from '../index'
import { AUTO_BACKUP_CHECK_MS, autoBackupIfDue, backupBeforeMigration } from './auto'

const appVersion = (): string => import.meta.env.VITE_APP_VERSION || '0.0.0-dev'

/**
 * Called once before the app touches its database. A failed pre-migration backup is reported and the desk
 * starts anyway: refusing to open would keep the office from its work, and the daily backups remain.
 */
export async function backupBeforeUpgrade(autoBackups: AutoBackups = platform.autoBackups): Promise<void> {
  try {
    await backupBeforeMigration({ name: DEFAULT_DB_NAME, autoBackups, now: Date.now(), appVersion: appVersion() })
  } catch (error) {
    console.error('升级前的自动备份失败', error)
  }
}

export interface ScheduleOptions {
  database?: DeskDB
  autoBackups?: AutoBackups
  /** the first check waits a little so that it does not slow the first screen */
  firstAfter?: number
  every?: number
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'>
  clock?: () => number
}

/** The daily automatic backup: checked shortly after start, then every few hours; returns the stop. */
export function startAutoBackups({
  database,
  autoBackups = platform.autoBackups,
  firstAfter = 60_000,
  every = AUTO_BACKUP_CHECK_MS,
  timers = globalThis,
  clock = Date.now
}: ScheduleOptions = {}): () => void {
  if (!autoBackups.available) return () => undefined
  let running = false
  const check = async () => {
    if (running) return
    running = true
    try {
      await autoBackupIfDue(database ?? db(), { autoBackups, now: clock(), appVersion: appVersion() })
    } catch (error) {
      console.error('自动备份失败', error)
    } finally {
      running = false
    }
  }
  const first = timers.setTimeout(() => void check(), firstAfter)
  const repeat = timers.setInterval(() => void check(), every)
  return () => {
    timers.clearTimeout(first)
    timers.clearInterval(repeat)
  }
}
