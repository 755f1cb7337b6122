import { z } from 'zod'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const MIN_SIZE = { width: 1024, height: 680 }
const DEFAULT_SIZE = { width: 1280, height: 800 }
// How much of the title bar must stay on a display for the window to count as reachable.
const GRIP = { width: 120, height: 40 }

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive().max(20000),
  height: z.number().int().positive().max(20000),
  maximized: z.boolean().default(false)
})

export type WindowState = z.infer<typeof windowStateSchema>

export const defaultWindowState: WindowState = { ...DEFAULT_SIZE, maximized: false }

/** Reads the saved JSON; anything unreadable or malformed gives the default. */
export function parseWindowState(text: string | null | undefined): WindowState {
  if (!text) return { ...defaultWindowState }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : { ...defaultWindowState }
  } catch {
    return { ...defaultWindowState }
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  }
}

function clampAxis(start: number, size: number, areaStart: number, areaSize: number): number {
  return Math.min(Math.max(start, areaStart), areaStart + areaSize - size)
}

/**
 * Keeps a saved window on a display that exists now: sized to fit its work area and moved inside it;
 * when no display shows enough of the title bar, the position is dropped so the window opens centred.
 * `workAreas[0]` is the primary display.
 */
export function clampToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  const primary = workAreas[0]
  if (!primary) return state
  const placed = state.x !== undefined && state.y !== undefined
  const titleBar = placed ? { x: state.x!, y: state.y!, width: state.width, height: GRIP.height } : null
  const home = titleBar
    ? workAreas.find((area) => {
        const o = overlap(titleBar, area)
        return o.width >= Math.min(GRIP.width, state.width) && o.height >= GRIP.height
      })
    : undefined
  const area = home ?? primary
  const width = Math.max(Math.min(state.width, area.width), Math.min(MIN_SIZE.width, area.width))
  const height = Math.max(Math.min(state.height, area.height), Math.min(MIN_SIZE.height, area.height))
  if (!home) return { width, height, maximized: state.maximized }
  return {
    x: clampAxis(state.x!, width, area.x, area.width),
    y: clampAxis(state.y!, height, area.y, area.height),
    width,
    height,
    maximized: state.maximized
  }
}

/** The state worth saving: the normal (un-maximized) bounds plus whether it was maximized. */
export function captureWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  const { x, y, width, height } = normalBounds
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized }
}

export interface StateFile {
  read(): Promise<string | null>
  write(text: string): Promise<void>
}

export async function loadWindowState(file: StateFile, workAreas: Rect[]): Promise<WindowState> {
  const text = await file.read().catch(() => null)
  return clampToDisplays(parseWindowState(text), workAreas)
}

export async function saveWindowState(file: StateFile, state: WindowState): Promise<void> {
  await file.write(JSON.stringify(state, null, 2))
}
