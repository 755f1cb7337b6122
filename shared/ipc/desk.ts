import { channelNames, type ChannelName } from './names'
import type { Desk, Invoke } from './types'

/** `file:save` → `['file', 'save']`, `app:get-info` → `['app', 'getInfo']`. */
export function deskPath(channel: ChannelName): [area: string, method: string] {
  const [area, rest] = channel.split(':')
  return [area, rest.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]
}

const REMOTE_PREFIX = /^Error invoking remote method '[^']*':\s*(?:\w*Error:\s*)?/

/** Electron wraps a handler's error as "Error invoking remote method '…': Error: …"; keep the readable part. */
export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(REMOTE_PREFIX, '')
}

/** Builds the `desk` client from the declaration: one function per channel, nothing else. */
export function createDesk(invoke: Invoke): Desk {
  const desk: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {}
  for (const channel of channelNames) {
    const [area, method] = deskPath(channel)
    desk[area] ??= {}
    desk[area][method] = (args?: unknown) =>
      invoke(channel, args as never).catch((error: unknown) => {
        throw new Error(remoteErrorMessage(error))
      })
  }
  for (const area of Object.values(desk)) Object.freeze(area)
  return Object.freeze(desk) as unknown as Desk
}
