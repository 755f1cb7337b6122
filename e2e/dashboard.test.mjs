import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { byTest, closeAll, openApp } from './harness.mjs'

after(closeAll)

const CHINA = 8 * 3600_000
/** The China-time month `shift` months from now, as 'YYYY-MM'. */
function monthKey(shift) {
  const d = new Date(Date.now() + CHINA)
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1))
  return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`
}
const rate = (x) => (x === null ? '—' : `${(Math.round(x * 1000) / 10).toFixed(1)}%`)

async function pickMonth(page, key) {
  const [y, m] = key.split('-')
  const input = page.locator(`${byTest('period')} input, input${byTest('period')}`).first()
  await input.click()
  await input.fill(`${y}年${m}月`)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** The 三率 of one grid in a calendar month, computed from its cases as DESIGN §2.5 says (k = 0.9). */
const gridRatesFromCases = (page, gridName, key) =>
  page.evaluate(([gridName, key]) => new Promise((resolve, reject) => {
    const req = indexedDB.open('community-desk')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const tx = req.result.transaction(['grid', 'case'])
      const grids = tx.objectStore('grid').getAll()
      const cases = tx.objectStore('case').getAll()
      tx.oncomplete = () => {
        req.result.close()
        const grid = grids.result.find((g) => g.name === gridName && !g.deletedAt)
        const [y, m] = key.split('-').map(Number)
        const start = Date.UTC(y, m - 1, 1) - 8 * 3600_000
        const end = Date.UTC(y, m, 1) - 8 * 3600_000
        const mine = cases.result.filter((c) => !c.deletedAt && c.gridId === grid.id && c.receivedAt >= start && c.receivedAt < end)
        const base = mine.filter((c) => c.assessment.included && c.callback?.valid)
        const n = (f) => base.filter(f).length
        const r = (x) => (base.length ? x / base.length : null)
        resolve({
          base: base.length,
          response: r(n((c) => c.callback.contacted)),
          resolution: r(n((c) => c.callback.resolved)),
          satisfaction: r(n((c) => c.callback.satisfaction === '满意') + 0.9 * n((c) => c.callback.satisfaction === '基本满意'))
        })
      }
    }
  }), [gridName, key])

test('the dashboard shows the 三率 a grid earns from its own cases, drills into them and exports', async () => {
  const { page, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
  await page.goto(page.url().replace(/#.*$/, '#/dashboard'))
  await page.locator(byTest('dashboard')).waitFor()

  const past = monthKey(-1)
  await pickMonth(page, past)
  const rows = page.locator(`${byTest('ranking')} .el-table__body tr`)
  await rows.first().waitFor()
  await page.waitForTimeout(300)
  await shot('dashboard-01-month')

  // the first ranked grid with a base: its 三率 equal what its cases give
  const row = rows.filter({ has: page.locator(byTest('cell-base'), { hasNotText: /^0$/ }) }).first()
  const name = (await row.locator(byTest('rank-name')).innerText()).trim()
  const shown = {
    base: Number(await row.locator(byTest('cell-base')).innerText()),
    response: (await row.locator(byTest('cell-responseRate')).innerText()).trim(),
    resolution: (await row.locator(byTest('cell-resolutionRate')).innerText()).trim(),
    satisfaction: (await row.locator(byTest('cell-satisfactionRate')).innerText()).trim()
  }
  const expected = await gridRatesFromCases(page, name, past)
  assert.ok(expected.base > 0, `${name} has assessed cases in ${past}`)
  assert.deepEqual(shown, {
    base: expected.base,
    response: rate(expected.response),
    resolution: rate(expected.resolution),
    satisfaction: rate(expected.satisfaction)
  })

  // a rate cell lists the cases of its denominator
  await row.locator(byTest('cell-resolutionRate')).click()
  const drawer = page.locator(`${byTest('drill')}:visible, .el-drawer:visible`).first()
  await drawer.waitFor()
  await page.locator(byTest('drill-count'), { hasText: `共 ${expected.base} 件` }).waitFor()
  assert.equal(await page.locator(`${byTest('drill-table')} .el-table__body tr`).count(), expected.base)
  await shot('dashboard-02-drill')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })

  const png = page.waitForEvent('download')
  await page.locator(`${byTest('chart-trend')} ${byTest('export-png')}`).click()
  const image = await png
  assert.equal(image.suggestedFilename(), `三率趋势-${past}.png`)
  const pngHead = Buffer.from(await (await image.createReadStream()).toArray().then((c) => Buffer.concat(c))).subarray(0, 4)
  assert.deepEqual([...pngHead], [0x89, 0x50, 0x4e, 0x47])

  const xlsx = page.waitForEvent('download')
  await page.locator(byTest('export-ranking')).click()
  const book = await xlsx
  assert.equal(book.suggestedFilename(), `网格排名-${past}.xlsx`)
  const bytes = Buffer.concat(await (await book.createReadStream()).toArray())
  assert.equal(bytes.subarray(0, 2).toString(), 'PK')

  // a month with no cases yet: every chart of the period says so, rates are dashes
  // (the trend still shows the months before, the lights show the cases open now)
  await pickMonth(page, monthKey(2))
  for (const chart of ['chart-category', 'chart-heat', 'chart-whistle']) {
    await page.locator(`${byTest(chart)} ${byTest('chart-empty')}`, { hasText: '本期无数据' }).waitFor()
  }
  assert.match(await page.locator(byTest('kpi-responseRate')).innerText(), /—/)
  assert.match(await page.locator(byTest('ranking')).innerText(), /本期无数据/)
  await shot('dashboard-03-empty')
  assert.deepEqual(errors, [])
})

test('考核设置 refuses a k outside 0–1 at the field and saves nothing', async () => {
  const { page, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
  await page.goto(page.url().replace(/#.*$/, '#/settings/assessment'))
  const form = page.locator(byTest('assessment-settings'))
  await form.waitFor()
  const k = page.locator(`${byTest('assessment-k')} input`)
  await page.waitForFunction(() => document.querySelector('[data-test="assessment-k"] input')?.value === '0.90')
  await k.fill('1.5')
  await k.press('Tab')
  await page.locator(byTest('assessment-save')).click()
  await form.locator('.el-form-item__error', { hasText: '基本满意系数 k 须在 0 到 1 之间' }).waitFor()
  await shot('dashboard-04-settings-error')
  await page.reload()
  await form.waitFor()
  await page.waitForFunction(() => document.querySelector('[data-test="assessment-k"] input')?.value === '0.90')
  // only the expected refusal reached the console, if anything
  assert.deepEqual(errors.filter((e) => !/基本满意系数/.test(e)), [])
})
