import { pathToFileURL } from 'node:url'

/** Where the renderer comes from: the dev server in development, else the built index.html. */
export interface AppOrigin {
  devUrl?: string
  indexFile: string
}

/** The URL the main window loads. */
export function appEntryUrl(origin: AppOrigin): string {
  return origin.devUrl ?? pathToFileURL(origin.indexFile).href
}

/** True only for the app's own page: same dev-server origin, or exactly the built index file. */
export function isAppUrl(url: string | undefined | null, origin: AppOrigin): boolean {
  if (!url) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (origin.devUrl) return parsed.origin === new URL(origin.devUrl).origin
  const index = pathToFileURL(origin.indexFile)
  return parsed.protocol === 'file:' && parsed.host === index.host && parsed.pathname === index.pathname
}

/** Links the app may hand to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}
