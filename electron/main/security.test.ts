import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { APP_CSP, hardenSession, hardenWebContents, isPermissionAllowed, withAppCsp } from './security'

const origin = { indexFile: resolve('/opt/desk/out/renderer/index.html') }
const APP = pathToFileURL(origin.indexFile).href
const log = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() })

function directives(policy: string): string[] {
  return policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort()
}

describe('content security policy', () => {
  it('matches the meta policy in renderer/index.html', () => {
    const html = readFileSync(resolve('renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    expect(directives(APP_CSP)).toEqual(directives(meta!))
  })

  it('allows no eval and no remote source', () => {
    expect(APP_CSP).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(APP_CSP).toContain("object-src 'none'")
  })

  it('replaces a server policy of any casing with the app policy', () => {
    const headers = withAppCsp({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] })
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [APP_CSP] })
  })
})

describe('permissions', () => {
  it('allows notifications for the app page only, and nothing else', () => {
    expect(isPermissionAllowed('notifications', APP, origin)).toBe(true)
    expect(isPermissionAllowed('notifications', 'https://evil.example/', origin)).toBe(false)
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(isPermissionAllowed(permission, APP, origin)).toBe(false)
    }
  })

  it('wires the session handlers: CSP header, request and check handlers', () => {
    let onHeaders: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined
    let onRequest: ((wc: unknown, permission: string, cb: (ok: boolean) => void, details: { requestingUrl: string }) => void) | undefined
    let onCheck: ((wc: unknown, permission: string, origin: string, details: { requestingUrl?: string }) => boolean) | undefined
    const session = {
      webRequest: { onHeadersReceived: vi.fn((fn) => (onHeaders = fn)) },
      setPermissionRequestHandler: vi.fn((fn) => (onRequest = fn)),
      setPermissionCheckHandler: vi.fn((fn) => (onCheck = fn))
    }
    const logger = log()
    hardenSession(session as never, origin, logger)

    const headerCallback = vi.fn()
    onHeaders!({ responseHeaders: {} }, headerCallback)
    expect(headerCallback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [APP_CSP] } })

    const answers: Record<string, boolean> = {}
    for (const permission of ['notifications', 'media', 'geolocation']) {
      onRequest!({}, permission, (ok) => (answers[permission] = ok), { requestingUrl: APP })
    }
    expect(answers).toEqual({ notifications: true, media: false, geolocation: false })
    expect(logger.warn).toHaveBeenCalledTimes(2)

    expect(onCheck!(null, 'notifications', 'file://', { requestingUrl: APP })).toBe(true)
    expect(onCheck!(null, 'media', 'file://', { requestingUrl: APP })).toBe(false)
  })
})

describe('web contents', () => {
  function harden() {
    const listeners: Record<string, (event: { url: string; preventDefault: () => void }) => void> = {}
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const contents = {
      setWindowOpenHandler: vi.fn((fn) => (openHandler = fn)),
      on: vi.fn((name: string, fn) => (listeners[name] = fn))
    }
    const openExternal = vi.fn(async () => undefined)
    hardenWebContents(contents as never, { origin, openExternal, log: log() })
    const navigate = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() }
      listeners[name](event)
      return event.preventDefault
    }
    return { open: (url: string) => openHandler!({ url }), navigate, openExternal }
  }

  it('denies every window.open, sending web links to the system browser', () => {
    const { open, openExternal } = harden()
    expect(open('https://www.beijing.gov.cn/')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(open(APP)).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://www.beijing.gov.cn/']])
  })

  it('blocks navigation away from the app, but not within it', () => {
    const { navigate, openExternal } = harden()
    expect(navigate('will-navigate', 'https://evil.example/')).toHaveBeenCalled()
    expect(navigate('will-navigate', 'file:///tmp/other.html')).toHaveBeenCalled()
    expect(navigate('will-redirect', 'https://evil.example/')).toHaveBeenCalled()
    expect(navigate('will-navigate', `${APP}#/cases`)).not.toHaveBeenCalled()
    expect(openExternal.mock.calls).toEqual([['https://evil.example/']])
  })

  it('refuses webviews', () => {
    const { navigate } = harden()
    expect(navigate('will-attach-webview', 'about:blank')).toHaveBeenCalled()
  })
})
