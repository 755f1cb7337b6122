import { describe, expect, it, vi } from 'vitest'
import {
  captureWindowState,
  clampToDisplays,
  defaultWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type StateFile
} from './window-state'

const laptop = { x: 0, y: 0, width: 1920, height: 1040 }
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('parseWindowState', () => {
  it('reads a valid saved state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1300,"height":900,"maximized":true}')).toEqual({
      x: 10, y: 20, width: 1300, height: 900, maximized: true
    })
  })

  it('falls back to the default for missing, broken or hostile files', () => {
    for (const text of [null, '', '{', '[]', '{"width":"big","height":800}', '{"width":-5,"height":800}', '{"width":1e9,"height":800}']) {
      expect(parseWindowState(text), String(text)).toEqual(defaultWindowState)
    }
  })
})

describe('clampToDisplays', () => {
  it('keeps a window that is on a display', () => {
    const state = { x: 2000, y: 100, width: 1400, height: 900, maximized: false }
    expect(clampToDisplays(state, [laptop, rightMonitor])).toEqual(state)
  })

  it('drops the position of a window left on an unplugged monitor, so it opens centred', () => {
    const state = { x: 2000, y: 100, width: 1400, height: 900, maximized: true }
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1400, height: 900, maximized: true })
  })

  it('shrinks a window larger than its display and moves it fully inside', () => {
    const state = { x: 1500, y: 10, width: 2400, height: 1600, maximized: false }
    expect(clampToDisplays(state, [laptop])).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false })
  })

  it('pulls a window that hangs off the right edge back in', () => {
    const state = { x: 1500, y: 200, width: 1200, height: 800, maximized: false }
    expect(clampToDisplays(state, [laptop])).toMatchObject({ x: 720, y: 200 })
  })

  it('never makes a window smaller than the minimum when the display has room', () => {
    expect(clampToDisplays({ width: 300, height: 200, maximized: false }, [laptop])).toMatchObject({ width: 1024, height: 680 })
  })
})

describe('load and save', () => {
  it('round-trips through the state file and clamps on the way in', async () => {
    let stored: string | null = null
    const file: StateFile = { read: async () => stored, write: vi.fn(async (text: string) => void (stored = text)) }
    await saveWindowState(file, captureWindowState({ x: 5000.4, y: 10.6, width: 1300, height: 900 }, false))
    expect(JSON.parse(stored!)).toEqual({ x: 5000, y: 11, width: 1300, height: 900, maximized: false })
    await expect(loadWindowState(file, [laptop])).resolves.toEqual({ width: 1300, height: 900, maximized: false })
  })

  it('uses the default when the file cannot be read', async () => {
    const file: StateFile = { read: async () => { throw new Error('EACCES') }, write: async () => undefined }
    await expect(loadWindowState(file, [laptop])).resolves.toEqual(defaultWindowState)
  })
})
