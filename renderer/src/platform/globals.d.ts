import type { Desk } from '@shared/ipc'

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the preload). */
    readonly desk?: Desk
  }
  interface ImportMetaEnv {
    /** The app version, passed in at build time by scripts/web.mjs and scripts/start.mjs. */
    readonly VITE_APP_VERSION?: string
  }
}

export {}
