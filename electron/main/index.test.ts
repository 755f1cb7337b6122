import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = []
  return { handlers, appListeners, windows, lock: true, userData: '' }
})

vi.mock('../../resources/icon.png?asset', () => ({ default: '/app/resources/icon.png' }))

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  class BrowserWindow extends EventEmitter {
    static fromWebContents = vi.fn(() => null)
    webContents = new EventEmitter()
    loadURL = vi.fn(async () => undefined)
    constructor(public options: Record<string, unknown>) {
      super()
      electron.windows.push(this as never)
    }
  }
  class Notification {
    static isSupported = () => true
    show = vi.fn()
  }
  return {
    app: {
      isPackaged: true,
      getPath: () => electron.userData,
      getName: () => 'community-desk',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => electron.lock,
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => electron.appListeners.set(name, fn)),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn()
    },
    BrowserWindow,
    Notification,
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({})) },
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => electron.handlers.set(channel, fn)),
      removeHandler: vi.fn()
    },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn()
      }
    },
    shell: { openExternal: vi.fn(async () => undefined) }
  }
})

async function boot() {
  await import('./index')
  await vi.waitFor(() => expect(electron.windows.length).toBeGreaterThan(0))
  return import('electron')
}

describe('main process start-up', () => {
  beforeEach(() => {
    vi.resetModules()
    electron.handlers.clear()
    electron.appListeners.clear()
    electron.windows.length = 0
    electron.lock = true
    electron.userData = mkdtempSync(join(tmpdir(), 'desk-main-'))
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })

  it('opens one sandboxed window on the built page with the CommonJS preload', async () => {
    await boot()
    const [win] = electron.windows
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick'
    })
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(win.loadURL.mock.calls[0][0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/)
  })

  it('hardens the session and every web contents, and installs the menu', async () => {
    const { session, Menu } = await boot()
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() }
    electron.appListeners.get('web-contents-created')!({}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    expect(contents.on.mock.calls.map(([name]) => name)).toContain('will-navigate')
  })

  it('answers the declared channels only, and only to the app page', async () => {
    await boot()
    expect([...electron.handlers.keys()]).toEqual([
      'app:get-info', 'file:save', 'file:open', 'file:print-pdf', 'notify:show', 'backup:save-auto', 'backup:list-auto', 'backup:read-auto'
    ])
    const getInfo = electron.handlers.get('app:get-info')!
    const appPage = electron.windows[0].loadURL.mock.calls[0][0] as string
    await expect(getInfo({ senderFrame: { url: appPage }, sender: {} })).resolves.toMatchObject({ version: '0.1.0', userDataPath: electron.userData })
    await expect(getInfo({ senderFrame: { url: 'https://evil.example/' }, sender: {} })).rejects.toThrow(/拒绝调用/)
  })

  it('hands only http(s) links to the system browser', async () => {
    const { shell } = await boot()
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const listeners: Record<string, (event: { url: string; preventDefault(): void }) => void> = {}
    const contents = { setWindowOpenHandler: vi.fn((fn) => (openHandler = fn)), on: vi.fn((name: string, fn) => (listeners[name] = fn)) }
    electron.appListeners.get('web-contents-created')!({}, contents)
    for (const url of ['https://12345.beijing.gov.cn/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x', 'ms-msdt:/id', 'mailto:a@b.cn']) {
      expect(openHandler!({ url })).toEqual({ action: 'deny' })
    }
    listeners['will-navigate']({ url: 'http://example.com/', preventDefault: vi.fn() })
    listeners['will-navigate']({ url: 'vbscript:msgbox', preventDefault: vi.fn() })
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledTimes(2))
    expect(vi.mocked(shell.openExternal).mock.calls).toEqual([['https://12345.beijing.gov.cn/'], ['http://example.com/']])
  })

  it('keeps automatic backups in the user data folder and reads them back by name only', async () => {
    await boot()
    const appPage = { senderFrame: { url: electron.windows[0].loadURL.mock.calls[0][0] as string }, sender: {} }
    const bytes = new TextEncoder().encode('CDBAK 1 a b\n{}\n')
    const saved = (await electron.handlers.get('backup:save-auto')!(appPage, { bytes, reason: 'pre-migration' })) as { name: string }
    const listed = (await electron.handlers.get('backup:list-auto')!(appPage)) as { folder: string; entries: { name: string }[] }
    expect(listed.folder).toBe(join(electron.userData, 'backups'))
    expect(listed.entries.map((e) => e.name)).toEqual([saved.name])
    await expect(electron.handlers.get('backup:read-auto')!(appPage, { name: saved.name })).resolves.toEqual({ name: saved.name, bytes })
    await expect(electron.handlers.get('backup:read-auto')!(appPage, { name: '../window-state.json' })).rejects.toThrow(/参数无效/)
  })

  it('a second instance quits at once and opens nothing', async () => {
    electron.lock = false
    await import('./index')
    const { app } = await import('electron')
    expect(app.quit).toHaveBeenCalled()
    expect(electron.windows).toHaveLength(0)
  })
})
