import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { byTest, closeAll, field as input, noEnglish, openApp, quietShot, typeTime } from './harness.mjs'

after(closeAll)

const MIN = 60_000

// Desktop notifications are recorded instead of shown, so the test can read them.
async function recordNotifications(context) {
  await context.addInitScript(() => {
    window.__notes = []
    window.Notification = class {
      static permission = 'granted'
      static requestPermission = async () => 'granted'
      constructor(title, options) { window.__notes.push({ title, body: options?.body ?? '' }) }
    }
  })
}

async function loadDemo(page) {
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
}

test('a whistle summons two units: one arrives late, one on time; the board and the 工作台 show it', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await recordNotifications(context)
  await page.reload()
  await loadDemo(page)

  await page.locator(byTest('nav-whistles')).click()
  await page.locator(byTest('area-whistles')).waitFor()
  await page.locator(byTest('whistle-new')).click()
  await page.locator(byTest('whistle-form')).waitFor()

  // Bad input first: no issue, no unit, nothing saved.
  await page.locator(byTest('whistle-save')).click()
  await page.locator('.el-form-item__error', { hasText: '请至少选择一个报到单位' }).waitFor()
  await page.locator('.el-form-item__error', { hasText: '请填写吹哨事项' }).waitFor()

  const blownAt = Date.now() - 40 * MIN
  await page.locator(byTest('whistle-type')).getByText('综合执法').click()
  await input(page, 'whistle-issue').fill('东门外早市占道经营，影响通行')
  await page.locator(byTest('whistle-units')).click()
  const options = page.locator('.el-select-dropdown:visible .el-select-dropdown__item')
  const late = (await options.nth(0).innerText()).trim()
  const punctual = (await options.nth(1).innerText()).trim()
  await options.nth(0).click()
  await options.nth(1).click()
  await page.keyboard.press('Escape')
  await typeTime(page, input(page, 'whistle-at'), blownAt, page.locator('.page-title'))
  assert.equal(await input(page, 'whistle-minutes').inputValue(), '30')
  await noEnglish(page, 'the new whistle form')
  await quietShot(page, shot, 'whistle-01-new-form')

  await page.locator(byTest('whistle-save')).click()
  await page.locator(byTest('whistle-board')).waitFor()
  const card = page.locator(byTest('whistle-东门外早市占道经营，影响通行'))
  await card.waitFor()
  const row = (unit) => card.locator(byTest(`report-${unit}`))

  // 40 minutes after the whistle with a 30-minute window, both units are overdue and the card says so.
  await row(late).locator(byTest('overdue')).filter({ hasText: /已超时 1\d 分/ }).waitFor()
  await row(punctual).locator(byTest('overdue')).waitFor()
  await card.getByText('2 个单位已超过到场时限仍未到场').waitFor()
  await page.waitForFunction(() => window.__notes.filter((n) => n.body.includes('东门外早市占道经营')).length === 2)
  assert.deepEqual(await page.evaluate(() => [...new Set(window.__notes.filter((n) => n.body.includes('东门外早市')).map((n) => n.title))]), ['报到单位未按时到场'])

  // The late unit arrives now; the other is recorded as arrived 20 minutes after the whistle.
  await row(late).locator(byTest('arrive')).click()
  await page.locator(`${byTest('arrive-dialog')} input`).nth(1).fill('3')
  await page.locator(byTest('arrive-dialog-save')).click()
  await row(late).locator(byTest('late')).waitFor()

  await row(punctual).locator(byTest('arrive')).click()
  await typeTime(page, input(page, 'arrive-at'), blownAt + 20 * MIN, page.locator(`${byTest('arrive-dialog')} .el-dialog__title`))
  await page.locator(byTest('arrive-dialog-save')).click()
  await row(punctual).locator(byTest('on-time')).waitFor()
  assert.match(await row(late).locator(byTest('late')).innerText(), /迟到 1\d 分/)
  assert.equal(await card.getByText('个单位已超过到场时限仍未到场').count(), 0)

  // 完成吹哨 waits for both results.
  assert.equal(await card.locator(byTest('whistle-complete')).isDisabled(), true)
  await row(punctual).locator(byTest('handle')).click()
  await input(page, 'handle-result').fill('设置隔离桩，摊位已清理')
  await page.locator(byTest('handle-rating')).getByText('较好', { exact: true }).click()
  await page.locator(byTest('handle-dialog-save')).click()
  await row(punctual).getByText('设置隔离桩，摊位已清理').waitFor()
  await row(punctual).getByText('评价：较好').waitFor()
  await page.locator(byTest('handle-dialog')).waitFor({ state: 'hidden' })
  await noEnglish(page, 'the board')
  await quietShot(page, shot, 'whistle-02-board')

  // The demo has late units of its own; ours is listed once: the late one, not the punctual one.
  await page.locator(byTest('nav-home')).click()
  const lateList = page.locator(byTest('home-late'))
  const ours = (unit) => lateList.locator('li', { hasText: `${unit} · 东门外早市占道经营，影响通行` })
  await ours(late).waitFor()
  assert.match(await ours(late).innerText(), /迟到 1\d 分/)
  assert.equal(await ours(punctual).count(), 0)
  assert.ok(Number(await lateList.locator(byTest('count')).innerText()) >= 1)
  await noEnglish(page, 'the 工作台')
  await quietShot(page, shot, 'whistle-03-home')
  assert.deepEqual(errors, [])
  await context.close()
})

test('a whistle blown from a case page starts from that case', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await loadDemo(page)
  const overdue = page.locator(byTest('home-overdue'))
  await overdue.locator('li a').first().waitFor()
  await overdue.locator('li a').first().click()
  await page.locator(byTest('case-detail')).waitFor()
  const title = await page.locator(byTest('case-title')).innerText()
  const orderNo = await page.locator(byTest('case-order-no')).innerText()
  await page.locator(byTest('action-whistle')).click()

  await page.locator(byTest('whistle-form')).waitFor()
  await page.getByText(`由工单发起：`).waitFor()
  await page.waitForFunction((t) => document.querySelector('textarea[data-test="whistle-issue"]')?.value === t, title)
  await page.locator(`${byTest('whistle-cases')} .el-tag`, { hasText: title }).waitFor()
  if (/^\d+$/.test(orderNo)) assert.match(await page.locator(`${byTest('whistle-cases')} .el-tag`).first().innerText(), new RegExp(orderNo))
  await noEnglish(page, 'the new whistle form from a case')
  await quietShot(page, shot, 'whistle-04-from-case')
  assert.deepEqual(errors, [])
  await context.close()
})

test('a 不满意 callback after a missed and a reached call leads to 重办', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await loadDemo(page)
  const callbacks = page.locator(byTest('home-callbacks'))
  // The demo has cases waiting for a callback; the 工作台 lists them, oldest first.
  await callbacks.locator('li a').first().waitFor()
  assert.ok(Number(await callbacks.locator(byTest('count')).innerText()) > 0)
  await callbacks.locator('li a').first().click()
  await page.locator(byTest('callbacks-page')).waitFor()
  const panel = page.locator(byTest('callback-panel'))
  await panel.waitFor()
  const title = await panel.locator('h2').innerText()
  const queue = page.locator(byTest('callback-queue'))
  const sameTitle = queue.locator('.el-table__body tr', { hasText: title })
  await sameTitle.first().waitFor()
  const sameBefore = await sameTitle.count()
  const queued = async () => Number((await page.locator(byTest('queue-count')).innerText()).match(/\d+/)[0])
  const before = await queued()

  // A result without a reached call or an explicit choice is refused, in Chinese, at the field.
  const result = panel.locator(byTest('callback-result'))
  const validChoice = await result.locator(`${byTest('result-valid')} .is-active`).count()
  if (validChoice === 0) {
    await result.locator(byTest('result-save')).click()
    await result.locator('.el-form-item__error', { hasText: '还没有接通的回访记录' }).waitFor()
  }

  await panel.locator(byTest('attempt-add')).click()
  await panel.locator(byTest('attempt-reached')).getByText('未接通').click()
  await input(page, 'attempt-note').fill('无人接听')
  await panel.locator(byTest('attempt-save')).click()
  await panel.locator(byTest('callback-attempts')).getByText('无人接听').waitFor()

  await panel.locator(byTest('attempt-add')).click()
  await panel.locator(byTest('attempt-reached')).getByText('接通', { exact: true }).click()
  await panel.locator(byTest('attempt-save')).click()
  await panel.locator(`${byTest('callback-attempts')} .el-tag`, { hasText: /^接通$/ }).first().waitFor()

  await result.locator(`${byTest('result-valid')} .is-active`, { hasText: '是' }).waitFor()
  await result.locator(byTest('result-contacted')).getByText('是').click()
  await result.locator(byTest('result-resolved')).getByText('否').click()
  await result.locator(byTest('result-satisfaction')).getByText('不满意').click()
  await quietShot(page, shot, 'callback-00-form')
  await result.locator(byTest('result-save')).click()
  await result.locator('.el-form-item__error', { hasText: '不满意时请在回访说明中写明原因' }).waitFor()
  await input(page, 'result-summary').fill('摊贩第二天又回来了，问题没有解决')
  await result.locator(byTest('result-save')).click()

  const summary = panel.locator(byTest('callback-summary'))
  await summary.getByText('已回访：不满意').waitFor()
  await summary.locator(byTest('reopen')).waitFor()
  // Called back, the case leaves the queue; the panel stays on it.
  await sameTitle.nth(sameBefore - 1).waitFor({ state: 'detached' })
  assert.equal(await queued(), before - 1)
  await noEnglish(page, 'the callback panel')
  await quietShot(page, shot, 'callback-01-dissatisfied')

  await summary.locator(byTest('reopen')).click()
  const prompt = page.locator('.el-message-box')
  assert.equal(await prompt.locator('textarea').inputValue(), '摊贩第二天又回来了，问题没有解决')
  await prompt.getByRole('button', { name: '确定' }).click()
  await panel.locator(byTest('callback-case-status'), { hasText: '办理中' }).waitFor()
  await prompt.waitFor({ state: 'hidden' })
  assert.equal(await summary.locator(byTest('reopen')).count(), 0)
  await summary.locator(byTest('reopened')).waitFor()
  await quietShot(page, shot, 'callback-02-reopened')

  // The case page agrees: back in hand.
  await panel.locator(byTest('callback-open-case')).click()
  await page.locator(byTest('case-detail')).waitFor()
  assert.equal(await page.locator(byTest('case-title')).innerText(), title)
  await page.locator(byTest('case-status'), { hasText: '办理中' }).waitFor()
  assert.deepEqual(errors, [])
  await context.close()
})
