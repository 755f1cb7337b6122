import { existsSync } from 'node:fs'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, screen, session, shell } from 'electron'
import { z } from 'zod'
import icon from '../../resources/icon.png?asset'
import { isAppUrl, isExternalWebUrl, type AppOrigin } from './app-origin'
import { createAutoBackups } from './auto-backups'
import { createHandlers } from './ipc-handlers'
import { createIpcGuard, createIpcService } from './ipc-guard'
import { createMenuService } from './menu'
import { createSecureWindow } from './secure-window'
import { hardenSession, hardenWebContents } from './security'
import type { Logger, Service } from './service'
import { claimSingleInstance } from './single-instance'
import { createWindowService, type WindowService } from './window-service'
import type { StateFile } from './window-state'

// Argument errors reach the clerk, so zod speaks Chinese.
z.config(z.locales.zhCN())

const log: Logger = {
  info: (message, ...details) => console.info('[desk]', message, ...details),
  warn: (message, ...details) => console.warn('[desk]', message, ...details),
  error: (message, ...details) => console.error('[desk]', message, ...details)
}

function jsonFile(path: string): StateFile {
  return {
    read: () => readFile(path, 'utf8').catch(() => null),
    write: async (text) => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text, 'utf8')
    }
  }
}

// A sandboxed preload must be CommonJS; accept either name the bundler gives it.
function preloadFile(): string {
  const candidates = ['index.cjs', 'index.js'].map((name) => join(__dirname, '../preload', name))
  return candidates.find((file) => existsSync(file)) ?? candidates[0]
}

function start(): WindowService {
  const origin: AppOrigin = {
    devUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
    indexFile: join(__dirname, '../renderer/index.html')
  }

  const windows = createWindowService({
    createWindow: (options) => createSecureWindow(BrowserWindow, options),
    workAreas: () => {
      const primary = screen.getPrimaryDisplay()
      return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea)
    },
    stateFile: jsonFile(join(app.getPath('userData'), 'window-state.json')),
    preload: preloadFile(),
    icon,
    origin,
    log
  })

  const handlers = createHandlers({
    app,
    dialog,
    fs: { writeFile, readFile, stat },
    notification: {
      isSupported: () => Notification.isSupported(),
      show: (title, body) => new Notification({ title, body, icon }).show()
    },
    autoBackups: createAutoBackups({ folder: join(app.getPath('userData'), 'backups'), now: () => Date.now(), log }),
    platform: process.platform,
    versions: process.versions
  })
  const guard = createIpcGuard({
    handlers,
    isTrustedSender: (url) => isAppUrl(url, origin),
    contextOf: (event: Electron.IpcMainInvokeEvent) => ({ window: BrowserWindow.fromWebContents(event.sender) }),
    log
  })

  const menu = createMenuService({
    Menu,
    isPackaged: app.isPackaged,
    onAbout: () => {
      const parent = windows.current()
      const options = {
        type: 'info' as const,
        title: '关于',
        message: '社区接诉即办工作台',
        detail: `版本 ${app.getVersion()}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`
      }
      void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))
    }
  })

  const services: Service[] = [menu, createIpcService(ipcMain, guard), windows]

  // Checked again right at the call: only http(s) links ever reach the system browser.
  const openWebLink = async (url: string) => (isExternalWebUrl(url) ? shell.openExternal(url) : undefined)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { origin, openExternal: openWebLink, log }))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && !windows.current()) void windows.focus()
  })

  let stopping = false
  app.on('will-quit', (event) => {
    if (stopping) return
    event.preventDefault()
    stopping = true
    void Promise.allSettled([...services].reverse().map((service) => service.shutdown())).finally(() => app.quit())
  })

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession, origin, log)
      for (const service of services) await service.boot()
    })
    .catch((error) => {
      log.error('启动失败', error)
      app.exit(1)
    })
  return windows
}

// A second launch only brings the running window forward.
let running: WindowService | null = null
if (claimSingleInstance(app, () => void running?.focus())) running = start()
else app.quit()
