/**
 * Hybrid logical clock (DESIGN §6): `ms-counter-deviceId`, zero-padded so that plain string
 * comparison orders clocks by time, then counter, then device.
 */

const MS_DIGITS = 15
const COUNTER_DIGITS = 6
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1

export interface HlcParts {
  ms: number
  counter: number
  deviceId: string
}

export function formatHlc({ ms, counter, deviceId }: HlcParts): string {
  return `${String(ms).padStart(MS_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`
}

const PATTERN = new RegExp(`^(\\d{${MS_DIGITS}})-(\\d{${COUNTER_DIGITS}})-(.+)$`)

export function parseHlc(hlc: string): HlcParts {
  const match = PATTERN.exec(hlc)
  if (!match) throw new Error(`不是有效的时钟值：${hlc}`)
  return { ms: Number(match[1]), counter: Number(match[2]), deviceId: match[3] }
}

/**
 * The clock for a local write at wall time `now`: later than `prev` even when the wall clock
 * stands still or went backwards.
 */
export function nextHlc(prev: string | undefined, now: number, deviceId: string): string {
  if (!Number.isSafeInteger(now) || now < 0) throw new Error(`时间戳无效：${now}`)
  if (!deviceId) throw new Error('缺少设备标识')
  const last = prev ? parseHlc(prev) : undefined
  if (!last || now > last.ms) return formatHlc({ ms: now, counter: 0, deviceId })
  // Counter overflow borrows a millisecond rather than breaking the order.
  if (last.counter >= MAX_COUNTER) return formatHlc({ ms: last.ms + 1, counter: 0, deviceId })
  return formatHlc({ ms: last.ms, counter: last.counter + 1, deviceId })
}

/** -1, 0 or 1, as for Array.prototype.sort. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The later of the given clocks; undefined when none is given. */
export function maxHlc(...clocks: (string | undefined)[]): string | undefined {
  let best: string | undefined
  for (const c of clocks) if (c !== undefined && (best === undefined || c > best)) best = c
  return best
}
