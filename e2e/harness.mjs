// Drives the built renderer in web mode with Debian's Chromium, as a clerk would.
import { mkdirSync } from 'node:fs'
import assert from 'node:assert/strict'
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

/** Rows of a table read straight from IndexedDB; the deleted ones (a `deletedAt` set) only with `deleted: true`. */
export const storedRows = (page, table, { deleted = false } = {}) =>
  page.evaluate(
    ([name, withDeleted]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('community-desk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll()
          read.onsuccess = () => resolve(withDeleted ? read.result : read.result.filter((row) => row.deletedAt == null))
          read.onerror = () => reject(read.error)
          open.result.close()
        }
      }),
    [table, deleted]
  )

/** Row counts of every table, read straight from IndexedDB. */
export const tableCounts = (page) =>
  page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('community-desk')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const idb = req.result
      const names = [...idb.objectStoreNames]
      const tx = idb.transaction(names)
      const out = {}
      for (const name of names) tx.objectStore(name).count().onsuccess = (e) => (out[name] = e.target.result)
      tx.oncomplete = () => (idb.close(), resolve(out))
    }
  }))

/** Waits until toasts have left and animations (a dialog sliding in, a tag fading) have finished. */
export async function settled(page) {
  await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 15_000 })
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), null, { timeout: 15_000 })
}

/** A screenshot of the settled screen, without a passing toast. */
export async function quietShot(page, shot, name) {
  await settled(page).catch(() => undefined)
  await shot(name)
}

// product and file-format names stay as they are on a Chinese screen
const PRODUCT_NAMES = /Excel|Open311|WebDAV|xlsx|csv|pdf|cdbak|Esc/gi

/** Any other Latin word of four letters or more on screen is untranslated text. */
export async function noEnglish(page, where, root = 'main') {
  const text = (await page.locator(root).innerText()).replace(PRODUCT_NAMES, '')
  assert.doesNotMatch(text, /[A-Za-z]{4,}/, `${where} shows no English words`)
}

/** Says yes to the confirm box that is open and waits for it to close. */
export async function confirmBox(page) {
  await page.locator('.el-message-box').waitFor()
  await page.locator('.el-message-box .el-button--primary').click()
  await page.locator('.el-message-box').waitFor({ state: 'hidden' })
}
