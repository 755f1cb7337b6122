import { describe, expect, it } from 'vitest'
import type { BrowserWindowConstructorOptions } from 'electron'
import { createSecureWindow } from './secure-window'

class FakeWindow {
  constructor(public options: BrowserWindowConstructorOptions) {}
}
const make = (options: BrowserWindowConstructorOptions) =>
  (createSecureWindow(FakeWindow as never, options) as unknown as FakeWindow).options

describe('createSecureWindow', () => {
  it('turns on isolation, the sandbox and web security, keeping the preload and the geometry', () => {
    const options = make({ width: 1280, show: false, webPreferences: { preload: '/app/out/preload/index.cjs', spellcheck: false } })
    expect(options).toMatchObject({ width: 1280, show: false })
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      spellcheck: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('overrides a caller that asks for less', () => {
    const options = make({
      webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false, webviewTag: true, disableBlinkFeatures: '' }
    })
    expect(options.webPreferences).toMatchObject({
      nodeIntegration: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })
})
