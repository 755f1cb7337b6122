import { basename, join } from 'node:path'
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { MAX_OPEN_BYTES, type FileFilter, type Handlers } from '@shared/ipc'
import type { AutoBackups } from './auto-backups'

/** What a handler knows about its caller: the window to parent dialogs to (and to print). */
export interface CallContext {
  window: BrowserWindow | null
}

export interface HandlerDeps {
  app: { getName(): string; getVersion(): string; getPath(name: 'userData' | 'documents'): string }
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>
  fs: {
    writeFile(path: string, data: string | Uint8Array): Promise<void>
    readFile(path: string): Promise<Uint8Array>
    stat(path: string): Promise<{ size: number }>
  }
  notification: { isSupported(): boolean; show(title: string, body: string): void }
  autoBackups: AutoBackups
  platform: string
  versions: { electron?: string; chrome?: string }
}

const ALL_FILES: FileFilter = { name: '所有文件', extensions: ['*'] }

function saveDialog(window: BrowserWindow | null, dialog: HandlerDeps['dialog'], options: SaveDialogOptions) {
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
}

function openDialog(window: BrowserWindow | null, dialog: HandlerDeps['dialog'], options: OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function createHandlers({ app, dialog, fs, notification, autoBackups, platform, versions }: HandlerDeps): Handlers<CallContext> {
  return {
    'app:get-info': () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform,
      electron: versions.electron ?? '',
      chrome: versions.chrome ?? '',
      userDataPath: app.getPath('userData')
    }),

    'file:save': async ({ suggestedName, filters, data }, { window }) => {
      const choice = await saveDialog(window, dialog, {
        title: '保存文件',
        buttonLabel: '保存',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [...filters, ALL_FILES]
      })
      if (choice.canceled || !choice.filePath) return { canceled: true }
      try {
        await fs.writeFile(choice.filePath, data)
      } catch (error) {
        throw new Error(`保存文件失败：${reason(error)}`)
      }
      return { canceled: false, path: choice.filePath }
    },

    'file:open': async ({ filters }, { window }) => {
      const choice = await openDialog(window, dialog, {
        title: '打开文件',
        buttonLabel: '打开',
        properties: ['openFile'],
        filters: [...filters, ALL_FILES]
      })
      const path = choice.filePaths[0]
      if (choice.canceled || !path) return { canceled: true }
      try {
        const { size } = await fs.stat(path)
        if (size > MAX_OPEN_BYTES) throw new Error(`文件超过 ${MAX_OPEN_BYTES / 1024 / 1024} MB`)
        // A fresh copy: a view into a larger buffer would send the whole buffer over IPC.
        const bytes = new Uint8Array(await fs.readFile(path))
        return { canceled: false, name: basename(path), bytes }
      } catch (error) {
        throw new Error(`读取文件失败：${reason(error)}`)
      }
    },

    'file:print-pdf': async ({ suggestedName, landscape }, { window }) => {
      if (!window) throw new Error('打印失败：找不到要打印的窗口')
      // Rendered before the dialog opens, so the page printed is the one the clerk saw.
      let pdf: Uint8Array
      try {
        pdf = new Uint8Array(await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, landscape }))
      } catch (error) {
        throw new Error(`生成 PDF 失败：${reason(error)}`)
      }
      const choice = await saveDialog(window, dialog, {
        title: '导出 PDF',
        buttonLabel: '保存',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }]
      })
      if (choice.canceled || !choice.filePath) return { canceled: true }
      try {
        await fs.writeFile(choice.filePath, pdf)
      } catch (error) {
        throw new Error(`保存文件失败：${reason(error)}`)
      }
      return { canceled: false, path: choice.filePath }
    },

    'notify:show': ({ title, body }) => {
      if (!notification.isSupported()) return { shown: false }
      notification.show(title, body)
      return { shown: true }
    },

    'backup:save-auto': ({ bytes, reason }) => autoBackups.save(bytes, reason),

    'backup:list-auto': async () => ({ folder: autoBackups.folder, entries: await autoBackups.list() }),

    'backup:read-auto': async ({ name }) => ({ name, bytes: await autoBackups.read(name) })
  }
}
