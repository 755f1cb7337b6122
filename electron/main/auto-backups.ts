import { randomBytes } from 'node:crypto'
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  autoBackupName,
  parseAutoBackupName,
  planRotation,
  type AutoBackupEntry,
  type AutoBackupReason
} from '@shared/backup/rotation'
import type { Logger } from './service'

export interface AutoBackupDeps {
  /** `<userData>/backups` */
  folder: string
  now(): number
  log: Logger
}

export interface AutoBackups {
  folder: string
  save(bytes: Uint8Array, reason: AutoBackupReason): Promise<AutoBackupEntry>
  /** newest first */
  list(): Promise<AutoBackupEntry[]>
  read(name: string): Promise<Uint8Array<ArrayBuffer>>
}

// Every .cdbak starts with this; anything else is not stored as a backup.
const MAGIC = new TextEncoder().encode('CDBAK ')

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The automatic backups folder: each file is written under a temporary name and renamed into place, so a
 * crash never leaves half a backup under a backup's name; after every save the rotation removes what it
 * no longer keeps.
 */
export function createAutoBackups({ folder, now, log }: AutoBackupDeps): AutoBackups {
  async function list(): Promise<AutoBackupEntry[]> {
    let names: string[]
    try {
      names = await readdir(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw new Error(`读取自动备份目录失败：${reason(error)}`)
    }
    const entries: AutoBackupEntry[] = []
    for (const name of names) {
      const parsed = parseAutoBackupName(name)
      if (!parsed) continue
      const { size } = await stat(join(folder, name))
      entries.push({ name, ...parsed, size })
    }
    return entries.sort((a, b) => b.createdAt - a.createdAt)
  }

  async function rotate(at: number): Promise<void> {
    const { remove } = planRotation(await list(), at)
    for (const name of remove) {
      await rm(join(folder, name), { force: true }).catch((error) => log.warn('无法删除过期的自动备份', name, error))
    }
  }

  return {
    folder,
    list,

    save: async (bytes, why) => {
      if (!MAGIC.every((byte, i) => bytes[i] === byte)) throw new Error('保存自动备份失败：内容不是工作台备份')
      const createdAt = now()
      const name = autoBackupName(createdAt, why)
      const temp = join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
      try {
        await mkdir(folder, { recursive: true })
        await writeFile(temp, bytes, { flag: 'wx' })
        await rename(temp, join(folder, name))
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined)
        throw new Error(`保存自动备份失败：${reason(error)}`)
      }
      await rotate(createdAt)
      return { name, reason: why, createdAt, size: bytes.length }
    },

    read: async (name) => {
      // The channel already refuses other names; checked again because this is where the path is built.
      if (!parseAutoBackupName(name)) throw new Error('读取自动备份失败：文件名无效')
      try {
        return new Uint8Array(await readFile(join(folder, name)))
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
        throw new Error(missing ? '读取自动备份失败：该备份已不存在，请刷新列表' : `读取自动备份失败：${reason(error)}`)
      }
    }
  }
}
