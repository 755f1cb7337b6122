import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { downloadTimeout, failedAtStart, fallbackNotice, locateElectron } from '../../scripts/launch.mjs'

const electronDir = join('/repo', 'node_modules', 'electron')

function files(entries: Record<string, string>) {
  return {
    readText: (file: string) => entries[file] ?? null,
    exists: (file: string) => file in entries
  }
}

describe('npm start: finding Electron', () => {
  it('finds the downloaded binary named in path.txt', () => {
    const binary = join(electronDir, 'dist', 'electron')
    const fs = files({ [join(electronDir, 'path.txt')]: 'electron', [binary]: '' })
    expect(locateElectron({ electronDir, ...fs })).toEqual({ found: true, path: binary })
  })

  it('reports a binary that was never downloaded', () => {
    expect(locateElectron({ electronDir, ...files({}) })).toEqual({ found: false, reason: '尚未下载 Electron 程序' })
  })

  it('reports a path.txt whose binary is gone', () => {
    const fs = files({ [join(electronDir, 'path.txt')]: 'electron\n' })
    expect(locateElectron({ electronDir, ...fs })).toMatchObject({ found: false, reason: expect.stringContaining('缺少') })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    const binary = join('/opt/electron', 'electron')
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }
    expect(locateElectron({ electronDir, env, ...files({ [binary]: '' }) })).toEqual({ found: true, path: binary })
    expect(locateElectron({ electronDir, env, ...files({}) })).toMatchObject({ found: false })
  })
})

describe('npm start: deciding to fall back', () => {
  it('treats a quick crash or kill as a failed start', () => {
    expect(failedAtStart({ code: 1, signal: null, elapsedMs: 300 })).toBe(true)
    expect(failedAtStart({ code: null, signal: 'SIGSEGV', elapsedMs: 300 })).toBe(true)
  })

  it('treats a clean quit, or any exit after a while, as a normal run', () => {
    expect(failedAtStart({ code: 0, signal: null, elapsedMs: 300 })).toBe(false)
    expect(failedAtStart({ code: 1, signal: null, elapsedMs: 60_000 })).toBe(false)
  })

  it('limits the download, overridable by the environment', () => {
    expect(downloadTimeout({})).toBe(90_000)
    expect(downloadTimeout({ ELECTRON_DOWNLOAD_TIMEOUT_MS: '5000' })).toBe(5000)
    expect(downloadTimeout({ ELECTRON_DOWNLOAD_TIMEOUT_MS: 'soon' })).toBe(90_000)
  })

  it('says so in one Chinese line', () => {
    const notice = fallbackNotice('下载失败或超时')
    expect(notice).toBe('无法获取 Electron（下载失败或超时），改用浏览器模式。')
    expect(notice).not.toContain('\n')
  })
})
