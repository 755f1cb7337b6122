import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appEntryUrl, isAppUrl, isExternalWebUrl } from './app-origin'

const indexFile = resolve('/opt/desk/resources/app.asar/out/renderer/index.html')
const built = { indexFile }
const dev = { devUrl: 'http://localhost:5173', indexFile }

describe('isAppUrl', () => {
  it('accepts the built index file, with a router hash', () => {
    const url = pathToFileURL(indexFile).href
    expect(isAppUrl(url, built)).toBe(true)
    expect(isAppUrl(`${url}#/cases/01H`, built)).toBe(true)
  })

  it('refuses any other local file', () => {
    expect(isAppUrl(pathToFileURL(resolve('/tmp/evil.html')).href, built)).toBe(false)
    expect(isAppUrl(pathToFileURL(resolve('/opt/desk/resources/app.asar/out/renderer/other.html')).href, built)).toBe(false)
  })

  it('refuses remote pages and nonsense', () => {
    expect(isAppUrl('https://example.com/', built)).toBe(false)
    expect(isAppUrl('about:blank', built)).toBe(false)
    expect(isAppUrl('not a url', built)).toBe(false)
    expect(isAppUrl(undefined, built)).toBe(false)
  })

  it('in development accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/#/cases', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppUrl(pathToFileURL(indexFile).href, dev)).toBe(false)
  })
})

describe('appEntryUrl', () => {
  it('loads the dev server when there is one, else the built file', () => {
    expect(appEntryUrl(dev)).toBe('http://localhost:5173')
    expect(appEntryUrl(built)).toBe(pathToFileURL(indexFile).href)
  })
})

describe('isExternalWebUrl', () => {
  it('passes only http and https links to the system browser', () => {
    expect(isExternalWebUrl('https://12345.beijing.gov.cn/')).toBe(true)
    expect(isExternalWebUrl('http://example.com')).toBe(true)
    expect(isExternalWebUrl('file:///etc/passwd')).toBe(false)
    expect(isExternalWebUrl('javascript:alert(1)')).toBe(false)
    expect(isExternalWebUrl('smb://share/x')).toBe(false)
  })
})
