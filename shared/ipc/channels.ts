import { z } from 'zod'
import { AUTO_BACKUP_REASONS, parseAutoBackupName } from '../backup/rotation'
import type { ChannelName } from './names'

/** The largest file `file:open` reads into memory (200 MB: a five-year 12345 export fits easily). */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024

const fileFilter = z.object({
  name: z.string().min(1).max(60),
  extensions: z.array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/i)).min(1).max(20)
})

// A bare file name: the dialog chooses the folder, the renderer never does.
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[/\\\0]/.test(s) && s !== '.' && s !== '..', { message: '文件名不能包含路径' })

const bytes = z.instanceof(Uint8Array)

const canceled = z.object({ canceled: z.literal(true) })

/** The largest automatic backup main accepts (the same bound as a file the desk opens). */
export const MAX_AUTO_BACKUP_BYTES = MAX_OPEN_BYTES

// Only names main itself writes: no folder, no path, nothing but auto-<time>-<reason>.cdbak.
const autoBackupName = z.string().max(80).refine((s) => parseAutoBackupName(s) !== null, { message: '不是自动备份的文件名' })

const autoBackupEntry = z.object({
  name: z.string(),
  reason: z.enum(AUTO_BACKUP_REASONS),
  createdAt: z.number(),
  size: z.number()
})

/**
 * Every IPC channel, declared once: `area:verb-noun` → zod `{ args, result }`.
 * Main registers handlers from this map only; the preload builds `window.desk` from it.
 */
export const ipcChannels = {
  'app:get-info': {
    args: z.undefined(),
    result: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      electron: z.string(),
      chrome: z.string(),
      userDataPath: z.string()
    })
  },
  'file:save': {
    args: z.object({
      suggestedName: fileName,
      filters: z.array(fileFilter).max(10).default([]),
      data: z.union([z.string(), bytes])
    }),
    result: z.discriminatedUnion('canceled', [
      canceled,
      z.object({ canceled: z.literal(false), path: z.string() })
    ])
  },
  'file:open': {
    args: z.object({ filters: z.array(fileFilter).max(10).default([]) }).default({ filters: [] }),
    result: z.discriminatedUnion('canceled', [
      canceled,
      z.object({ canceled: z.literal(false), name: z.string(), bytes })
    ])
  },
  // The calling window's page as an A4 PDF (the monthly 通报), saved where the clerk chooses.
  'file:print-pdf': {
    args: z.object({ suggestedName: fileName.refine((s) => /\.pdf$/i.test(s), { message: '文件名须以 .pdf 结尾' }), landscape: z.boolean().default(false) }),
    result: z.discriminatedUnion('canceled', [
      canceled,
      z.object({ canceled: z.literal(false), path: z.string() })
    ])
  },
  'notify:show': {
    args: z.object({ title: z.string().min(1).max(100), body: z.string().max(500).default('') }),
    result: z.object({ shown: z.boolean() })
  },
  // Automatic backups in the user data folder; main names the file, rotates, and lists or reads by name.
  'backup:save-auto': {
    args: z.object({
      bytes: bytes.refine((b) => b.length > 0 && b.length <= MAX_AUTO_BACKUP_BYTES, { message: '备份内容为空或过大' }),
      reason: z.enum(AUTO_BACKUP_REASONS)
    }),
    result: autoBackupEntry
  },
  'backup:list-auto': {
    args: z.undefined(),
    result: z.object({ folder: z.string(), entries: z.array(autoBackupEntry) })
  },
  'backup:read-auto': {
    args: z.object({ name: autoBackupName }),
    result: z.object({ name: z.string(), bytes })
  }
} as const satisfies Record<ChannelName, { args: z.ZodType; result: z.ZodType }>

export type IpcChannels = typeof ipcChannels
