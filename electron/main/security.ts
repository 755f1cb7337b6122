import type { Session, WebContents } from 'electron'
import { isAppUrl, isExternalWebUrl, type AppOrigin } from './app-origin'
import type { Logger } from './service'

/** Same policy as the meta tag in renderer/index.html: local content only, no eval, no remote sources. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** Only desktop notifications, and only for the app's own page. */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, origin: AppOrigin): boolean {
  return permission === 'notifications' && isAppUrl(requestingUrl, origin)
}

/** Replaces any Content-Security-Policy header (any casing) with the app's own. */
export function withAppCsp(headers: Record<string, string[]> = {}): Record<string, string[]> {
  const rest = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { ...Object.fromEntries(rest), 'Content-Security-Policy': [APP_CSP] }
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>
}

export function hardenSession(session: SessionLike, origin: AppOrigin, log: Logger): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withAppCsp(details.responseHeaders) })
  })
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, origin)
    if (!allowed) log.warn(`拒绝权限请求：${permission}`, details.requestingUrl)
    callback(allowed)
  })
  session.setPermissionCheckHandler((contents, permission, _requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL(), origin)
  )
}

type ContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>

export interface ContentsDeps {
  origin: AppOrigin
  openExternal(url: string): Promise<void>
  log: Logger
}

/** No new windows, no navigation away, no webviews; web links go to the system browser. */
export function hardenWebContents(contents: ContentsLike, { origin, openExternal, log }: ContentsDeps): void {
  const sendOut = (url: string) => {
    if (isExternalWebUrl(url)) openExternal(url).catch((error) => log.warn('无法用系统浏览器打开链接', url, error))
  }
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url)
    return { action: 'deny' }
  })
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (isAppUrl(event.url, origin)) return false
    event.preventDefault()
    log.warn('已阻止离开应用的跳转', event.url)
    return true
  }
  contents.on('will-navigate', (event) => {
    if (stayHome(event)) sendOut(event.url)
  })
  contents.on('will-redirect', (event) => void stayHome(event))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
