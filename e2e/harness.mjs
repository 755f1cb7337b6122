// Drives the built renderer in web mode with Debian's Chromium, as a clerk would.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { startServer } from '../scripts/serve.mjs'

export const SHOTS = resolve('test-results')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--lang=zh-CN'
]

let shared

/** One server and one browser for the whole run; each test gets a fresh context (empty IndexedDB). */
export async function launch() {
  if (shared) return shared
  mkdirSync(SHOTS, { recursive: true })
  // DESK_OUT lets parallel builds keep apart (electron-vite build --outDir).
  const server = await startServer({ root: resolve(process.env.DESK_OUT || 'out', 'renderer'), port: 0, host: '127.0.0.1' })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
  shared = { server, browser }
  return shared
}

export async function closeAll() {
  if (!shared) return
  await shared.browser.close()
  await shared.server.close()
  shared = undefined
}

/** A new page on the app with console errors collected; `errors` must stay empty. */
export async function openApp(path = '/') {
  const { server, browser } = await launch()
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  const errors = []
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()) })
  page.on('pageerror', (err) => errors.push(String(err)))
  await page.goto(server.url + '/#' + path)
  const shot = (name) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true })
  return { page, context, errors, shot }
}

export const byTest = (id) => `[data-test="${id}"]`
