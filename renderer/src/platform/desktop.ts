import type { Desk } from '@shared/ipc'
import type { Platform } from './types'

/** Inside Electron: every call goes through `window.desk`. */
export function createDesktopPlatform(desk: Desk): Platform {
  return {
    mode: 'desktop',
    appInfo: async () => ({ mode: 'desktop', ...(await desk.app.getInfo()) }),
    saveFile: (request) => desk.file.save(request),
    openFile: (request) => desk.file.open(request),
    printPdf: (request) => desk.file.printPdf(request),
    notify: (request) => desk.notify.show(request),
    autoBackups: {
      available: true,
      save: (request) => desk.backup.saveAuto(request),
      list: () => desk.backup.listAuto(),
      read: (name) => desk.backup.readAuto({ name })
    }
  }
}
