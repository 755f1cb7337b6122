import type { FileFilter } from '@shared/ipc'
import type { OpenFileResult, Platform } from './types'

export const APP_NAME = '社区接诉即办工作台'

/** Said wherever automatic backups are asked for in a browser. */
export const AUTO_BACKUP_DESKTOP_ONLY = '自动备份是桌面版的功能：浏览器没有可写入的备份文件夹。请用“立即备份”把备份文件保存到本机。'

const desktopOnly = async (): Promise<never> => {
  throw new Error(AUTO_BACKUP_DESKTOP_ONLY)
}

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

export function mimeFor(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''
  return MIME[ext] ?? 'application/octet-stream'
}

/** `accept` for a file input: `.xlsx,.csv`; empty (anything) when a filter allows `*`. */
export function acceptFor(filters: FileFilter[] = []): string {
  const extensions = filters.flatMap((filter) => filter.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',')
}

export interface WebPlatformOptions {
  window: Window & typeof globalThis
  version: string
}

/** In a plain browser: downloads, a file input and the web Notification API. */
export function createWebPlatform({ window, version }: WebPlatformOptions): Platform {
  const { document } = window
  let permission: Promise<NotificationPermission> | null = null

  return {
    mode: 'web',

    appInfo: async () => ({ mode: 'web', name: APP_NAME, version, platform: 'web' }),

    saveFile: async ({ suggestedName, data }) => {
      const blob = new window.Blob([data as BlobPart], { type: mimeFor(suggestedName) })
      const url = window.URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      link.style.display = 'none'
      document.body.append(link)
      link.click()
      link.remove()
      // Revoked a moment later: some browsers start the download after click() returns.
      window.setTimeout(() => window.URL.revokeObjectURL(url), 1000)
      return { canceled: false, path: suggestedName }
    },

    openFile: (request = {}) =>
      new Promise<OpenFileResult>((resolve, reject) => {
        const input = document.createElement('input')
        input.type = 'file'
        input.accept = acceptFor(request.filters)
        input.style.display = 'none'
        const finish = (result: Promise<OpenFileResult> | OpenFileResult) => {
          input.remove()
          Promise.resolve(result).then(resolve, reject)
        }
        input.addEventListener('cancel', () => finish({ canceled: true }), { once: true })
        input.addEventListener(
          'change',
          () => {
            const file = input.files?.[0]
            if (!file) return finish({ canceled: true })
            finish(file.arrayBuffer().then((buffer) => ({ canceled: false, name: file.name, bytes: new Uint8Array(buffer) })))
          },
          { once: true }
        )
        document.body.append(input)
        input.click()
      }),

    // The browser's own dialog prints or saves as PDF; which one the clerk picked is not knowable.
    printPdf: async ({ suggestedName }) => {
      window.print()
      return { canceled: false, path: suggestedName }
    },

    notify: async ({ title, body = '' }) => {
      const WebNotification = window.Notification as typeof Notification | undefined
      if (!WebNotification) return { shown: false }
      // Asked at most once per session; a refusal is respected silently.
      if (WebNotification.permission === 'default') permission ??= WebNotification.requestPermission()
      const granted = WebNotification.permission === 'granted' || (await permission) === 'granted'
      if (!granted) return { shown: false }
      new WebNotification(title, { body })
      return { shown: true }
    },

    autoBackups: { available: false, save: desktopOnly, list: desktopOnly, read: desktopOnly }
  }
}
