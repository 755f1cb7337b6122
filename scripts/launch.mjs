// What `npm start` and `npm run web` share: build, find Electron, fall back to web mode.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultRoot, startServer } from './serve.mjs'

const require = createRequire(import.meta.url)
export const projectRoot = fileURLToPath(new URL('..', import.meta.url))

export const DOWNLOAD_TIMEOUT_MS = 90_000
// An Electron that dies this soon with an error never showed a window (no display, missing libraries).
export const EARLY_EXIT_MS = 4_000

/** Where the electron package keeps its binary; `found: false` with a reason when it is not there. */
export function locateElectron({ electronDir, env = {}, readText, exists }) {
  const relative = readText(join(electronDir, 'path.txt'))?.trim() || null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron')
    return exists(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH 下没有 ${path}` }
  }
  if (!relative) return { found: false, reason: '尚未下载 Electron 程序' }
  const path = join(electronDir, 'dist', relative)
  return exists(path) ? { found: true, path } : { found: false, reason: `缺少 ${path}` }
}

/** The download limit: ELECTRON_DOWNLOAD_TIMEOUT_MS when it is a positive number. */
export function downloadTimeout(env = {}) {
  const ms = Number(env.ELECTRON_DOWNLOAD_TIMEOUT_MS)
  return Number.isFinite(ms) && ms > 0 ? ms : DOWNLOAD_TIMEOUT_MS
}

/** True when Electron ended with an error before it could have shown a window. */
export function failedAtStart({ code, signal, elapsedMs }) {
  return elapsedMs < EARLY_EXIT_MS && (signal != null || (code ?? 0) !== 0)
}

/** The one line printed before web mode takes over. */
export function fallbackNotice(reason) {
  return `无法获取 Electron（${reason}），改用浏览器模式。`
}

function electronDir() {
  return dirname(require.resolve('electron/package.json'))
}

export function findElectron(env = process.env) {
  const readText = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null)
  return locateElectron({ electronDir: electronDir(), env, readText, exists: existsSync })
}

/** Runs the electron package's own downloader for at most `timeoutMs`; quiet unless it takes a while. */
export function downloadElectron(timeoutMs) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(electronDir(), 'install.js')], { stdio: 'ignore' })
    const timer = setTimeout(() => child.kill(), timeoutMs)
    const slow = setTimeout(() => console.log(`正在下载 Electron，最多等待 ${Math.round(timeoutMs / 1000)} 秒……`), 3000)
    const finish = (ok) => {
      clearTimeout(timer)
      clearTimeout(slow)
      done(ok)
    }
    child.once('error', () => finish(false))
    child.once('exit', (code) => finish(code === 0))
  })
}

/** `electron-vite build`, with the app version handed to the renderer. */
export function buildApp() {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))
  const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, VITE_APP_VERSION: pkg.version }
    })
    child.once('error', fail)
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`构建失败（退出码 ${code}）`))))
  })
}

/** Serves the built renderer on 127.0.0.1 and prints the address. */
export async function serveWeb({ port } = {}) {
  const server = await startServer({ root: defaultRoot, port })
  console.log(`浏览器模式已启动：${server.url}`)
  return server
}
