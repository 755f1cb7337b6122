import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { appEntryUrl, type AppOrigin } from './app-origin'
import type { Logger, Service } from './service'
import {
  MIN_SIZE,
  captureWindowState,
  loadWindowState,
  saveWindowState,
  type StateFile,
  type WindowState
} from './window-state'

export interface WindowOptionsInput {
  preload: string
  icon?: string
  state: WindowState
}

/** The main window's place, size and preload; createSecureWindow adds isolation and the sandbox. */
export function mainWindowOptions({ preload, icon, state }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: '社区接诉即办工作台',
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    // The security preferences are forced where the window is made (secure-window.ts).
    webPreferences: { preload, spellcheck: false }
  }
}

export interface WindowServiceDeps {
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow
  workAreas(): Rectangle[]
  stateFile: StateFile
  preload: string
  icon?: string
  origin: AppOrigin
  log: Logger
}

export interface WindowService extends Service {
  current(): BrowserWindow | null
  /** Brings the window forward (a second launch lands here), opening it if there is none. */
  focus(): Promise<void>
}

export function createWindowService(deps: WindowServiceDeps): WindowService {
  let window: BrowserWindow | null = null
  let opening: Promise<BrowserWindow> | null = null
  let lastState: WindowState | null = null

  const remember = (win: BrowserWindow) => {
    lastState = captureWindowState(win.getNormalBounds(), win.isMaximized())
  }

  async function open(): Promise<BrowserWindow> {
    const state = await loadWindowState(deps.stateFile, deps.workAreas())
    const win = deps.createWindow(mainWindowOptions({ preload: deps.preload, icon: deps.icon, state }))
    window = win
    win.once('ready-to-show', () => {
      if (state.maximized) win.maximize()
      win.show()
    })
    win.on('close', () => remember(win))
    win.on('closed', () => {
      if (window === win) window = null
    })
    await win.loadURL(appEntryUrl(deps.origin)).catch((error) => deps.log.error('页面加载失败', error))
    return win
  }

  // A second launch during start-up must not open a second window.
  const ensureOpen = (): Promise<BrowserWindow> =>
    window ? Promise.resolve(window) : (opening ??= open().finally(() => (opening = null)))

  return {
    boot: async () => {
      await ensureOpen()
    },
    current: () => window,
    focus: async () => {
      const win = await ensureOpen()
      if (win.isMinimized()) win.restore()
      win.show()
      win.focus()
    },
    shutdown: async () => {
      if (window && !window.isDestroyed()) remember(window)
      if (!lastState) return
      await saveWindowState(deps.stateFile, lastState).catch((error) => deps.log.warn('无法保存窗口位置', error))
    }
  }
}
