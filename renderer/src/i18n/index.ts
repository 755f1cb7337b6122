import { createI18n } from 'vue-i18n'
import shell from './zh-CN/shell'

// Each area keeps its own message file, zh-CN/<area>.ts, reached as `<area>.key`; shell.ts sits at the root.
const areaFiles = import.meta.glob<{ default: Record<string, unknown> }>('./zh-CN/*.ts', { eager: true })
const areas = Object.fromEntries(
  Object.entries(areaFiles)
    .map(([path, mod]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), mod.default] as const)
    .filter(([name]) => name !== 'shell')
)

export const messages = { 'zh-CN': { ...shell, ...areas } }

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages
})
