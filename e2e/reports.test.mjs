import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { byTest, closeAll, noEnglish, openApp, storedRows } from './harness.mjs'

after(closeAll)

const DAY = 86_400_000
const CHINA = 8 * 3_600_000

/** Monday 00:00 China time of the week before the current one, and the Monday after it. */
function lastWeekRange(now) {
  const day = Math.floor((now + CHINA) / DAY)
  const weekday = (day + 3) % 7 // 1970-01-01 was a Thursday: 0 = Monday
  const monday = day - weekday - 7
  return [monday * DAY - CHINA, (monday + 7) * DAY - CHINA]
}

// Read straight from IndexedDB in the page: what the meeting figures must agree with.
const receivedBetween = async (page, [start, end]) => (await storedRows(page, 'case')).filter((c) => c.receivedAt >= start && c.receivedAt < end).length

async function loadDemo(page) {
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor({ timeout: 60_000 })
}

test('the weekly meeting shows last week, the 大屏 rotates, the 通报 prints on A4 and exports to Excel', { timeout: 180_000 }, async () => {
  const { page, errors, shot } = await openApp('/')
  await loadDemo(page)

  // 周例会: last week's new cases equal those stored with receivedAt in Mon–Sun of last week
  await page.goto(page.url().replace(/#.*$/, '#/reports/weekly'))
  await page.locator(byTest('weekly-meeting')).waitFor()
  const expected = await receivedBetween(page, lastWeekRange(Date.now()))
  const received = page.locator(`${byTest('weekly-received')} ${byTest('figure-value')}`)
  await received.waitFor()
  assert.equal(Number(await received.innerText()), expected, '新增 equals the cases received last week')
  assert.ok(expected > 0, 'the demo has cases last week')
  assert.equal(await page.locator(`${byTest('report-cases')} ${byTest('report-case-row')}`).count(), expected, 'the 新增 list names each case')
  await noEnglish(page, 'the weekly meeting')
  await shot('reports-01-weekly')

  // the 超时 figure lists its own cases; a row opens the case
  await page.locator(byTest('weekly-overdue')).click()
  const overdue = Number(await page.locator(`${byTest('weekly-overdue')} ${byTest('figure-value')}`).innerText())
  await page.locator(byTest('weekly-list-title'), { hasText: `超时 · ${overdue} 件` }).waitFor()

  // the week before moves the range back seven days
  const range = await page.locator(byTest('weekly-range')).innerText()
  await page.locator(byTest('weekly-prev')).click()
  await page.locator(byTest('weekly-range')).filter({ hasNotText: range }).waitFor()

  // 大屏: dark, full-window, rotating by itself
  await page.goto(page.url().replace(/#.*$/, '#/reports/screen'))
  await page.locator(byTest('screen-panel-kpi')).waitFor()
  await noEnglish(page, 'the leader screen', byTest('leader-screen'))
  await shot('reports-02-screen-kpi')
  await page.locator(byTest('screen-panel-trend')).waitFor({ timeout: 20_000 })
  await page.waitForTimeout(300)
  await shot('reports-03-screen-trend')
  await page.keyboard.press('ArrowRight')
  await page.locator(byTest('screen-panel-ranking')).waitFor()
  await shot('reports-04-screen-ranking')
  await page.keyboard.press('Escape')
  await page.locator(byTest('home')).waitFor()

  // 月度通报 for last month
  await page.goto(page.url().replace(/#.*$/, '#/reports/monthly'))
  const heading = page.locator(byTest('monthly-heading'))
  await heading.waitFor()
  const now = new Date(Date.now() + CHINA)
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  assert.match(await heading.innerText(), new RegExp(`${last.getUTCFullYear()}年${last.getUTCMonth() + 1}月 接诉即办工作通报$`))
  assert.match(await page.locator(byTest('rate-resolution')).innerText(), /^\d+\.\d%$/)
  assert.ok((await page.locator(`${byTest('monthly-rankings')} ${byTest('rank-row')}`).count()) > 0, 'the rankings have rows')
  await page.locator(byTest('chart-image')).nth(1).waitFor()
  await noEnglish(page, 'the monthly report')
  await shot('reports-05-monthly')

  // the A4 print layout: no app chrome, the sheet alone
  await page.emulateMedia({ media: 'print' })
  assert.equal(await page.locator('.shell__nav').isVisible(), false, 'the navigation does not print')
  assert.equal(await page.locator(byTest('monthly-print')).isVisible(), false, 'the buttons do not print')
  await page.setViewportSize({ width: 794, height: 1123 })
  await shot('reports-06-monthly-print')
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1440, height: 900 })

  // Excel: a real xlsx download
  const download = page.waitForEvent('download')
  await page.locator(byTest('monthly-excel')).click()
  const file = await download
  assert.match(file.suggestedFilename(), /年\d+月接诉即办工作通报\.xlsx$/)
  const bytes = await readFile(await file.path())
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an xlsx is a zip')

  // a month without cases says so in every section
  await page.goto(page.url().replace(/#.*$/, '#/reports/monthly?period=2019-01'))
  await page.locator(byTest('monthly-heading'), { hasText: '2019年1月' }).waitFor()
  await page.locator(byTest('monthly-rates'), { hasText: '本期无数据' }).waitFor()
  assert.ok(await page.locator(`${byTest('monthly-charts')} ${byTest('chart-empty')}`).count() >= 1, 'charts say 本期无数据')
  await shot('reports-07-monthly-empty')

  assert.deepEqual(errors, [])
})
