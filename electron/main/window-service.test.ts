import { EventEmitter } from 'node:events'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { createWindowService, mainWindowOptions } from './window-service'
import type { StateFile } from './window-state'

describe('mainWindowOptions', () => {
  it('places the hidden window and uses the given preload', () => {
    const options = mainWindowOptions({ preload: '/app/out/preload/index.cjs', state: { width: 1280, height: 800, maximized: false } })
    expect(options.webPreferences).toEqual({ preload: '/app/out/preload/index.cjs', spellcheck: false })
    expect(options).toMatchObject({ width: 1280, height: 800, show: false, title: '社区接诉即办工作台' })
  })
})

class FakeWindow extends EventEmitter {
  maximized = false
  minimized = false
  destroyed = false
  shown = 0
  bounds = { x: 40, y: 50, width: 1400, height: 900 }
  loadURL = vi.fn(async () => undefined)
  maximize = vi.fn(() => (this.maximized = true))
  show = vi.fn(() => this.shown++)
  focus = vi.fn()
  restore = vi.fn(() => (this.minimized = false))
  constructor(public options: Record<string, unknown>) {
    super()
  }
  getNormalBounds = () => this.bounds
  isMaximized = () => this.maximized
  isMinimized = () => this.minimized
  isDestroyed = () => this.destroyed
}

function setup(saved: string | null) {
  const windows: FakeWindow[] = []
  const written: string[] = []
  const stateFile: StateFile = { read: async () => saved, write: async (text) => void written.push(text) }
  const indexFile = resolve('/app/out/renderer/index.html')
  const service = createWindowService({
    createWindow: (options) => {
      const win = new FakeWindow(options as Record<string, unknown>)
      windows.push(win)
      return win as never
    },
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1040 }],
    stateFile,
    preload: '/app/out/preload/index.cjs',
    origin: { indexFile },
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  })
  return { service, windows, written, indexFile }
}

describe('window service', () => {
  it('opens the built page at the remembered place, maximized again when it was', async () => {
    const { service, windows, indexFile } = setup('{"x":100,"y":60,"width":1500,"height":950,"maximized":true}')
    await service.boot()
    const [win] = windows
    expect(win.options).toMatchObject({ x: 100, y: 60, width: 1500, height: 950 })
    expect(win.loadURL).toHaveBeenCalledWith(pathToFileURL(indexFile).href)
    win.emit('ready-to-show')
    expect(win.maximize).toHaveBeenCalled()
    expect(win.shown).toBe(1)
  })

  it('remembers the bounds when the window closes and writes them on shutdown', async () => {
    const { service, windows, written } = setup(null)
    await service.boot()
    const [win] = windows
    win.maximized = true
    win.emit('close')
    win.destroyed = true
    win.emit('closed')
    expect(service.current()).toBeNull()
    await service.shutdown()
    expect(JSON.parse(written[0])).toEqual({ x: 40, y: 50, width: 1400, height: 900, maximized: true })
  })

  it('opens only one window when a second launch arrives during start-up', async () => {
    const { service, windows } = setup(null)
    await Promise.all([service.boot(), service.focus()])
    expect(windows).toHaveLength(1)
  })

  it('brings a minimized window forward instead of opening another', async () => {
    const { service, windows } = setup(null)
    await service.boot()
    windows[0].minimized = true
    await service.focus()
    expect(windows).toHaveLength(1)
    expect(windows[0].restore).toHaveBeenCalled()
    expect(windows[0].focus).toHaveBeenCalled()
  })
})
