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

/** The text box (input or textarea) of a `[data-test]` field, whether the id sits on it or around it. */
export const field = (page, id) =>
  page.locator(`input${byTest(id)}, textarea${byTest(id)}, ${byTest(id)} input, ${byTest(id)} textarea`).first()

/** '2026-11-25 14:30' in China time, as the screen shows it and the date pickers take it. */
export const chinaTime = (ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')

/** Types a time into a date picker; a click beside it closes its panel without closing a dialog around it. */
export async function typeTime(page, locator, ms, away) {
  await locator.click()
  await locator.fill(chinaTime(ms))
  await locator.press('Enter')
  await page.locator('.el-picker-panel:visible').waitFor({ state: 'hidden', timeout: 1000 }).catch(() => away.click())
}

/** A case action from the case page's bar: opens its dialog, lets `fill` type, submits, waits for it to close. */
export async function act(page, action, fill = async () => {}) {
  await page.locator(byTest(`action-${action}`)).click()
  const dialog = page.locator(`${byTest('action-dialog')}:visible`)
  await dialog.waitFor()
  await fill(dialog)
  await dialog.locator(byTest('action-submit')).click()
  await dialog.waitFor({ state: 'hidden' })
}

/** Every demo account's password; the demo administrator signs in as `admin`. */
export const DEMO_PASSWORD = 'demo1234'

/** Signs in from the sign-in page; resolves once the shell shows (on the page asked for before), or once `expectError` shows the refusal. */
export async function signIn(page, username, password = DEMO_PASSWORD, { expectError = false } = {}) {
  await page.locator(byTest('signin')).waitFor()
  await field(page, 'signin-username').fill(username)
  await field(page, 'signin-password').fill(password)
  await page.locator(byTest('signin-submit')).click()
  if (expectError) {
    const error = page.locator(byTest('signin-error'))
    await error.waitFor()
    return error.innerText()
  }
  await page.locator(byTest('account-menu')).waitFor()
  return ''
}

/** Signs out through the account menu and waits for the sign-in page. */
export async function signOut(page) {
  await page.locator(byTest('account-menu')).click()
  await page.locator(`${byTest('account-signout')}:visible`).click()
  await page.locator(byTest('signin')).waitFor()
}
