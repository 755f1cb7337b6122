import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { db } from '../db'
import { backupFileName, checkBackup, createBackup, readSummary, restoreBackup, type BackupSummary } from '../db/backup'
import { auditService } from '../db/audit'
import { platform, type AutoBackupInfo } from '../platform'
import { recordRestore } from './restoreAudit'
import { useSessionStore } from './session'

const FILTERS = [{ name: '工作台备份', extensions: ['cdbak'] }]
const appVersion = (): string => import.meta.env.VITE_APP_VERSION || '0.0.0-dev'
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** What the audit log says a backup held. */
function backupContents({ manifest, encrypted }: BackupSummary): string {
  const rows = manifest.tables.reduce((n, t) => n + t.count, 0)
  return `全部数据 ${rows} 条记录，含来电人等完整个人信息；${encrypted ? '已加密' : '未加密'}`
}

/** The backup page: make a file, read one, verify and restore it. */
export const useBackupStore = defineStore('backup', () => {
  const busy = ref(false)
  const error = ref('')
  const fileName = ref('')
  const bytes = shallowRef<Uint8Array | null>(null)
  const summary = shallowRef<BackupSummary | null>(null)
  const totalRows = computed(() => summary.value?.manifest.tables.reduce((n, t) => n + t.count, 0) ?? 0)

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    error.value = ''
    try {
      return await work()
    } catch (e) {
      error.value = messageOf(e)
      return undefined
    } finally {
      busy.value = false
    }
  }

  /**
   * Saves a backup of everything, callers in full included: only for accounts with backup.make, and each saved
   * file is written to the audit log as an export of personal data. Returns the file name, or undefined.
   */
  const backUp = (passphrase: string) =>
    run(async () => {
      const session = useSessionStore()
      session.require('backup.make')
      const now = Date.now()
      const data = await createBackup(db(), { now, appVersion: appVersion(), passphrase: passphrase || undefined })
      const name = backupFileName(now)
      const saved = await platform.saveFile({ suggestedName: name, data, filters: FILTERS })
      if (saved.canceled) return undefined
      await auditService().record(session.communityId, { action: 'export', target: `backup:${name}`, reason: backupContents(readSummary(data)) }, session.ctx())
      return name
    })

  /** Opens a file and reads its header; a file that is not an intact backup is refused here already. */
  const pick = () =>
    run(async () => {
      summary.value = null
      bytes.value = null
      const picked = await platform.openFile({ filters: FILTERS })
      if (picked.canceled || !picked.bytes) return
      fileName.value = picked.name ?? ''
      summary.value = readSummary(picked.bytes)
      bytes.value = picked.bytes
    })

  /** Desktop only: the automatic backups, newest first. */
  const autoAvailable = computed(() => platform.autoBackups.available)
  const autoBackups = shallowRef<AutoBackupInfo[]>([])
  const autoFolder = ref('')
  const autoError = ref('')
  async function loadAutoBackups(): Promise<void> {
    autoError.value = ''
    try {
      const listed = await platform.autoBackups.list()
      autoBackups.value = listed.entries
      autoFolder.value = listed.folder
    } catch (e) {
      autoError.value = messageOf(e)
    }
  }

  /** Reads an automatic backup into the restore flow, as picking its file would. */
  const pickAuto = (name: string) =>
    run(async () => {
      summary.value = null
      bytes.value = null
      const picked = await platform.autoBackups.read(name)
      fileName.value = picked.name
      summary.value = readSummary(picked.bytes)
      bytes.value = picked.bytes
    })

  /** Verifies completely and restores; `confirm` is asked between verifying and touching anything. */
  const restore = (passphrase: string, confirm: () => Promise<boolean>) =>
    run(async () => {
      if (!bytes.value) return
      const session = useSessionStore()
      session.require('backup.restore')
      const file = bytes.value
      const now = Date.now()
      await checkBackup(file, passphrase || undefined)
      if (!(await confirm())) return
      const by = session.ctx()
      let name = backupFileName(now, '恢复前备份')
      // The current data is kept before anything is replaced: among the automatic backups on the desktop
      // (no dialog to cancel), else through a save dialog or a download; a copy not kept stops the restore.
      const keepPrevious = async (previous: Uint8Array<ArrayBuffer>): Promise<boolean> => {
        if (platform.autoBackups.available) {
          try {
            name = (await platform.autoBackups.save({ bytes: previous, reason: 'pre-restore' })).name
            return true
          } catch {
            // too large for the automatic folder: the clerk picks where it goes
          }
        }
        const saved = await platform.saveFile({ suggestedName: name, data: previous, filters: FILTERS })
        if (!saved.canceled && saved.path) name = saved.path
        return !saved.canceled
      }
      const result = await restoreBackup(db(), file, { now, appVersion: appVersion(), passphrase: passphrase || undefined, keepPrevious })
      await recordRestore(session, fileName.value, by)
      return { name, rows: Object.values(result.counts).reduce((n, c) => n + c, 0) }
    })

  return {
    busy, error, fileName, summary, totalRows, backUp, pick, restore,
    autoAvailable, autoBackups, autoFolder, autoError, loadAutoBackups, pickAuto
  }
})
