import { createDesktopPlatform } from './desktop'
import { createWebPlatform } from './web'
import type { Platform } from './types'

export type { AutoBackupInfo, AutoBackupList, AutoBackups, Platform, PlatformInfo, PlatformMode } from './types'
export { createDesktopPlatform } from './desktop'
export { AUTO_BACKUP_DESKTOP_ONLY, createWebPlatform, acceptFor, mimeFor } from './web'

export interface PlatformOptions {
  window?: Window & typeof globalThis
  version?: string
}

/** The desktop bridge when the preload put `window.desk` there, the browser fallbacks otherwise. */
export function createPlatform({
  window = globalThis.window,
  version = import.meta.env.VITE_APP_VERSION || '0.0.0-dev'
}: PlatformOptions = {}): Platform {
  return window.desk ? createDesktopPlatform(window.desk) : createWebPlatform({ window, version })
}

let shared: Platform | null = null

/** The app-wide platform, decided once on first use. */
export function usePlatform(): Platform {
  shared ??= createPlatform()
  return shared
}

/** The same app-wide platform as a plain import: `platform.saveFile(…)`. */
export const platform: Platform = {
  get mode() {
    return usePlatform().mode
  },
  appInfo: () => usePlatform().appInfo(),
  saveFile: (request) => usePlatform().saveFile(request),
  openFile: (request) => usePlatform().openFile(request),
  printPdf: (request) => usePlatform().printPdf(request),
  notify: (request) => usePlatform().notify(request),
  get autoBackups() {
    return usePlatform().autoBackups
  }
}
