// A clerk's day with one 12345 case from intake to close, and a walk-in beside it (issue: 接诉即办).
import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { act, byTest, chinaTime, closeAll, field as input, openApp, typeTime } from './harness.mjs'

const { isWorkday } = createRequire(import.meta.url)('chinese-days')

after(closeAll)

const MIN = 60_000
const HOUR = 60 * MIN
const text = async (locator) => (await locator.innerText()).trim()

/** China wall-clock text for an instant, as the screen shows it. */
const shown = chinaTime
const parseShown = (s) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`)
const dayOf = (ms) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10)
const nextDay = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10)

/** DESIGN §2.3: 24:00 of the n-th working day after `day` (the start day not counted). */
function workDaysAfter(day, n) {
  let d = day
  for (let counted = 0; counted < n; ) {
    d = nextDay(d)
    if (isWorkday(d)) counted++
  }
  return `${d} 24:00`
}

const clock = (page, name) => ({
  deadline: page.locator(`${byTest(`clock-${name}`)} ${byTest('clock-deadline')}`),
  status: page.locator(`${byTest(`clock-${name}`)} ${byTest('clock-status')}`),
  light: page.locator(`${byTest(`clock-${name}`)} ${byTest('clock-light')}`)
})

const status = (page, value) => page.locator(byTest('case-status'), { hasText: value }).waitFor()

test("a clerk's day: a 12345 case and a walk-in, signed, contacted, whistled, extended, replied, called back 不满意, reopened and closed", async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()

  // 1. Register the 12345 case.
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  await input(page, 'intake-orderNo').fill('2026112509001')
  await input(page, 'intake-title').fill('小区北门外夜间施工噪声扰民')
  await input(page, 'intake-content').fill('北门外道路夜间施工到凌晨两点，噪声很大，老人孩子无法休息，请尽快协调。')
  await input(page, 'intake-callerName').fill('李秀兰')
  await input(page, 'intake-callerPhone').fill('13911112222')
  // The call came in 50 minutes ago; the clerk enters it now.
  const calledAt = Date.now() - 50 * MIN
  await typeTime(page, input(page, 'intake-receivedAt'), calledAt, page.locator('.page-title'))
  await input(page, 'intake-content').press('Control+Enter')
  await page.locator(byTest('case-detail')).waitFor()
  await status(page, '待签收')
  const caseUrl = page.url()
  const caseId = caseUrl.split('/').pop()

  // The clocks follow the rule: 签收 2 hours, 首次联系 24 hours, 办结 7 working days after the day of receipt.
  const received = parseShown(await text(page.locator(byTest('case-facts')).locator('td', { hasText: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/ }).first()))
  assert.equal(shown(received), shown(calledAt))
  assert.equal(await text(clock(page, 'sign').deadline), shown(received + 2 * HOUR))
  assert.equal(await text(clock(page, 'contact').deadline), shown(received + 24 * HOUR))
  const finishFirst = workDaysAfter(dayOf(received), 7)
  assert.equal(await text(clock(page, 'finish').deadline), finishFirst)
  assert.match(await text(clock(page, 'sign').light), /绿 正常/)

  // 2. 签收 and 联系.
  await page.locator(byTest('action-sign')).click()
  await status(page, '办理中')
  await act(page, 'contact', (d) => input(d, 'action-note').fill('已电话联系李女士，今晚到现场核实'))
  await clock(page, 'contact').status.filter({ hasText: '已完成' }).waitFor()

  // 3. Whistle two units from the case; one arrives late, the other within the 30 minutes.
  await page.locator(byTest('action-whistle')).click()
  await page.locator(byTest('whistle-form')).waitFor()
  await page.waitForFunction(() => document.querySelector('textarea[data-test="whistle-issue"]')?.value === '小区北门外夜间施工噪声扰民')
  await page.locator(byTest('whistle-type')).getByText('综合执法').click()
  await page.locator(byTest('whistle-units')).click()
  const options = page.locator('.el-select-dropdown:visible .el-select-dropdown__item')
  const late = await text(options.nth(0))
  const punctual = await text(options.nth(1))
  await options.nth(0).click()
  await options.nth(1).click()
  await page.keyboard.press('Escape')
  const blownAt = Date.now() - 40 * MIN
  await typeTime(page, input(page, 'whistle-at'), blownAt, page.locator('.page-title'))
  await page.locator(byTest('whistle-save')).click()
  await page.locator(byTest('whistle-board')).waitFor()
  const card = page.locator(byTest('whistle-小区北门外夜间施工噪声扰民'))
  const row = (unit) => card.locator(byTest(`report-${unit}`))
  await row(late).locator(byTest('arrive')).click()
  await page.locator(byTest('arrive-dialog-save')).click()
  await row(late).locator(byTest('late')).waitFor()
  await row(punctual).locator(byTest('arrive')).click()
  await typeTime(page, input(page, 'arrive-at'), blownAt + 25 * MIN, page.locator(`${byTest('arrive-dialog')} .el-dialog__title`))
  await page.locator(byTest('arrive-dialog-save')).click()
  await row(punctual).locator(byTest('on-time')).waitFor()
  assert.match(await text(row(late).locator(byTest('late'))), /迟到 \d+ 分/)
  await shot('day-01-whistle')

  // 4. Back on the case: 申请延期 3 working days, 批准: the finish deadline moves exactly that far.
  await page.goto(caseUrl)
  await page.locator(byTest('case-detail')).waitFor()
  await act(page, 'requestExtension', async (d) => {
    await input(d, 'action-amount').fill('3')
    await input(d, 'action-reason').fill('需施工单位调整夜间作业方案')
  })
  await status(page, '延期审核')
  await act(page, 'approveExtension')
  await status(page, '办理中')
  const finishExtended = workDaysAfter(finishFirst.slice(0, 10), 3)
  await clock(page, 'finish').deadline.filter({ hasText: finishExtended }).waitFor()

  // 5. 反馈.
  await act(page, 'reply', async (d) => {
    await input(d, 'action-reply').fill('已协调施工单位停止22点后作业，改为白天施工。')
    await input(d, 'action-result').fill('已解决')
  })
  await status(page, '已反馈')

  // 6. 回访: reached, 不满意, then 重办 from the callback panel.
  await page.locator(byTest('action-callback')).click()
  await page.waitForURL(new RegExp(`#/cases/callbacks\\?caseId=${caseId}$`))
  const panel = page.locator(byTest('callback-panel'))
  await panel.locator('h2', { hasText: '小区北门外夜间施工噪声扰民' }).waitFor()
  await panel.locator(byTest('attempt-add')).click()
  await panel.locator(byTest('attempt-reached')).getByText('接通', { exact: true }).click()
  await panel.locator(byTest('attempt-save')).click()
  await panel.locator(`${byTest('callback-attempts')} .el-tag`, { hasText: /^接通$/ }).first().waitFor()
  const result = panel.locator(byTest('callback-result'))
  await result.locator(byTest('result-contacted')).getByText('是').click()
  await result.locator(byTest('result-resolved')).getByText('否').click()
  await result.locator(byTest('result-satisfaction')).getByText('不满意').click()
  await input(page, 'result-summary').fill('第二天晚上又施工了，问题没有解决')
  await result.locator(byTest('result-save')).click()
  const summary = panel.locator(byTest('callback-summary'))
  await summary.getByText('已回访：不满意').waitFor()
  await summary.locator(byTest('reopen')).click()
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
  await panel.locator(byTest('callback-case-status'), { hasText: '办理中' }).waitFor()
  await shot('day-02-callback-reopened')

  // 7. 重办 restarts the finish clock from today; reply again and close.
  await page.goto(caseUrl)
  await status(page, '办理中')
  await clock(page, 'finish').deadline.filter({ hasText: workDaysAfter(dayOf(Date.now()), 7) }).waitFor()
  await act(page, 'reply', (d) => input(d, 'action-reply').fill('施工单位承诺夜间停工，社区每晚巡查。'))
  await status(page, '已反馈')
  await act(page, 'close', (d) => input(d, 'action-result').fill('已解决'))
  await status(page, '已办结')

  // The timeline holds the whole day in order.
  const labels = (await page.locator(`${byTest('case-timeline')} .tl__label`).allInnerTexts()).map((s) => s.trim())
  // in time order: the whistle was blown 40 minutes ago, before the clerk signed the case
  assert.deepEqual(labels, ['受理', '吹哨', '签收', '联系', '申请延期', '批准延期', '反馈', '回访', '重办', '反馈', '办结'])
  await page.locator(byTest('timeline-close')).scrollIntoViewIfNeeded()
  await shot('day-03-closed-timeline')

  // 8. A walk-in beside it: no 工单编号, straight to 待签收.
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  await page.locator(byTest('intake-source')).getByText('来访', { exact: true }).click()
  await input(page, 'intake-title').fill('单元门禁损坏')
  await input(page, 'intake-content').fill('5号楼1单元门禁坏了一周，陌生人随意进出。')
  await input(page, 'intake-content').press('Control+Enter')
  await status(page, '待签收')
  assert.equal(await text(page.locator(byTest('case-order-no'))), '来访')
  assert.deepEqual(errors, [])
  await context.close()
})
