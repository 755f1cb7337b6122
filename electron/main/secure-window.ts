import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions } from 'electron'

type WindowClass = new (options: BrowserWindowConstructorOptions) => ElectronWindow

/**
 * The one place a window is made. The security preferences are written out at the constructor call, so they
 * hold whatever a caller passes, and `npm run security` (electronegativity) reads them where they take effect.
 */
export function createSecureWindow(BrowserWindow: WindowClass, options: BrowserWindowConstructorOptions): ElectronWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A middle click would open a link in a new window; the open handler denies it, this stops it earlier.
      disableBlinkFeatures: 'Auxclick'
    }
  })
}
