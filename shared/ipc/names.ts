/**
 * The channel names, `area:verb-noun`, in declaration order. Kept free of zod so the sandboxed
 * preload can build `window.desk` without bundling the schemas.
 */
export const channelNames = [
  'app:get-info',
  'file:save',
  'file:open',
  'file:print-pdf',
  'notify:show',
  'backup:save-auto',
  'backup:list-auto',
  'backup:read-auto'
] as const

export type ChannelName = (typeof channelNames)[number]

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name)
}
