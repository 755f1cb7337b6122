import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { byTest, closeAll, field as input, openApp } from './harness.mjs'

const { isWorkday } = createRequire(import.meta.url)('chinese-days')
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
const nextDay = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
/** 24:00 of the n-th working day after `day` (DESIGN §2.3). */
function workDaysAfter(day, n) {
  let d = day
  for (let counted = 0; counted < n; ) if (isWorkday((d = nextDay(d)))) counted++
  return `${d} 24:00`
}

after(closeAll)


test('a clerk edits a deadline rule and enters next year\'s holidays; bad input is refused at the field', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
  await page.goto(page.url().replace(/#.*$/, '#/settings/slaRules'))
  const table = page.locator(byTest('sla-rules-table'))
  const general = table.locator('.el-table__row', { hasText: '一般诉求' })
  await general.getByText('2小时 / 24小时 / 7工作日').waitFor()

  // A zero amount is refused at that clock and nothing is saved.
  await page.locator(byTest('sla-rule-edit-一般诉求')).click()
  const dialog = page.locator(byTest('sla-rule-dialog'))
  await input(page, 'sla-rule-finish-amount').fill('0')
  await page.locator(byTest('sla-rule-dialog-save')).click()
  await dialog.locator('.el-form-item__error', { hasText: '办结时限：时限须大于 0' }).waitFor()
  await shot('settings-sla-rule-error')
  await input(page, 'sla-rule-finish-amount').fill('-2')
  await page.locator(byTest('sla-rule-dialog-save')).click()
  await dialog.locator('.el-form-item__error', { hasText: '办结时限：时限须大于 0' }).waitFor()
  await page.keyboard.press('Escape')
  await general.getByText('2小时 / 24小时 / 7工作日').waitFor()

  await page.locator(byTest('sla-rule-edit-一般诉求')).click()
  await input(page, 'sla-rule-finish-amount').fill('5')
  await page.locator(byTest('sla-rule-dialog-save')).click()
  await general.getByText('2小时 / 24小时 / 5工作日').waitFor()

  // The intake preview follows the edited rule.
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  await page.locator(byTest('intake-preview')).getByText('5个工作日').waitFor()
  assert.match(await page.locator(byTest('intake-preview-summary')).innerText(), new RegExp(`办结时限 ${workDaysAfter(today(), 5)}`))

  // Next year's schedule is not shipped yet: the page says so, and a day is entered by hand.
  await page.goto(page.url().replace(/#.*$/, '#/settings/holidays'))
  await page.locator(byTest('holidays-panel')).waitFor()
  const year = new Date().getFullYear() + 1
  await page.locator(byTest('holiday-year')).click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: `${year} 年` }).click()
  await page.getByText(`${year} 年的节假日安排尚未内置`).waitFor()
  await page.locator(byTest('holiday-add')).click()
  const hd = page.locator(byTest('holiday-dialog'))
  await input(page, 'holiday-day').fill(`${year}-02-06`)
  await input(page, 'holiday-day').press('Enter')
  await hd.getByText('调休上班').click()
  await page.locator(byTest('holiday-dialog-save')).click()
  await hd.locator('.el-form-item__error', { hasText: '节日名称不能为空' }).waitFor()
  await input(page, 'holiday-name').fill('春节调休')
  await page.locator(byTest('holiday-dialog-save')).click()
  const row = page.locator(`${byTest('holidays-table')} .el-table__row`, { hasText: `${year}-02-06` })
  await row.getByText('本社区录入').waitFor()
  assert.match(await row.innerText(), /调休上班/)
  assert.match(await row.innerText(), /春节调休/)
  await shot('settings-holidays')
  assert.deepEqual(errors, [])
  await context.close()
})
