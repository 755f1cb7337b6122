import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { act, byTest, closeAll, field, openApp } from './harness.mjs'

after(closeAll)

const fieldError = (page, label) =>
  page.locator(`${byTest('intake-form')} .el-form-item`).filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.el-form-item__error')
const text = async (locator) => (await locator.innerText()).trim()
const focused = (page) => page.evaluate(() => document.activeElement?.closest('[data-test]')?.getAttribute('data-test') ?? '')

/** Cases in the browser's database, read straight from IndexedDB. */
const caseCount = (page) =>
  page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('community-desk')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const count = req.result.transaction('case').objectStore('case').count()
      count.onsuccess = () => { resolve(count.result); req.result.close() }
    }
  }))

/** Tab until the focused control sits inside `[data-test=id]`. */
async function tabTo(page, id, limit = 12) {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)) === id) return
    await page.keyboard.press('Tab')
  }
  assert.fail(`Tab never reached ${id}; focus is on ${await focused(page)}`)
}

/** '2026-11-25 14:30' plus whole hours, as the screen shows it (China time, no DST). */
function plusHours(shown, hours) {
  const [d, t] = shown.split(' ')
  const ms = Date.parse(`${d}T${t}:00+08:00`) + hours * 3_600_000
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
}

const clock = (page, name) => ({
  deadline: page.locator(`${byTest(`clock-${name}`)} ${byTest('clock-deadline')}`),
  status: page.locator(`${byTest(`clock-${name}`)} ${byTest('clock-status')}`)
})

async function loadDemo() {
  const app = await openApp('/')
  await app.page.locator(byTest('setup-demo')).click()
  await app.page.locator(byTest('home')).waitFor()
  return app
}

test('a clerk registers a 12345 case by keyboard, handles it, and a walk-in and a duplicate follow', async () => {
  const { page, context, errors, shot } = await loadDemo()

  const demoCases = await caseCount(page)
  // Ctrl+N from anywhere opens the form with the cursor on 来源
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  assert.equal(await focused(page), 'intake-source')
  await page.locator(byTest('intake-preview-summary')).waitFor()

  // Bad input first: nothing typed but a phone that is not a phone, then Enter
  await tabTo(page, 'intake-callerPhone', 20)
  await page.keyboard.type('12345abc')
  await page.keyboard.press('Tab')
  await fieldError(page, '联系电话').waitFor()
  assert.match(await text(fieldError(page, '联系电话')), /电话号码/)
  await page.keyboard.press('Shift+Tab')
  assert.equal(await focused(page), 'intake-callerPhone')
  await page.keyboard.press('Enter')
  await fieldError(page, '标题').waitFor()
  assert.match(await text(fieldError(page, '标题')), /标题不能为空/)
  assert.match(await text(fieldError(page, '工单编号')), /12345派单须填写工单编号/)
  assert.match(await text(fieldError(page, '联系电话')), /电话号码/)
  assert.equal(await caseCount(page), demoCases)
  assert.match(page.url(), /#\/cases\/new$/)
  await shot('case-01-intake-errors')

  // The draft survives a reload (closing the window)
  await field(page, 'intake-title').fill('商户占道经营影响通行')
  await page.waitForTimeout(600)
  await page.reload()
  await page.locator(byTest('intake-restored')).waitFor()
  assert.equal(await field(page, 'intake-title').inputValue(), '商户占道经营影响通行')
  assert.equal(await field(page, 'intake-callerPhone').inputValue(), '12345abc')

  // Keyboard only from here: Tab, typing, arrows in pickers, Enter to save
  await page.locator(`${byTest('intake-source')} input:checked`).focus()
  await tabTo(page, 'intake-orderNo')
  await page.keyboard.type('2026112500123')
  await tabTo(page, 'intake-category')
  await page.keyboard.type('占道')
  await page.locator('.el-cascader__suggestion-item', { hasText: '占道经营' }).first().waitFor()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await tabTo(page, 'intake-content')
  await page.keyboard.type('东四北大街路口早市摊贩占用人行道，老人推车只能走机动车道，请尽快处理。')
  await tabTo(page, 'intake-callerName')
  await page.keyboard.type('王建国')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('13812345678')
  await page.keyboard.press('Tab')
  await tabTo(page, 'intake-place')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.locator(`${byTest('intake-grid')} .el-select__selected-item:not(.is-hidden)`).filter({ hasText: /\S/ }).first().waitFor()
  assert.equal(await fieldError(page, '联系电话').count(), 0)
  assert.equal(await field(page, 'intake-category').inputValue(), '城乡建设 / 市容环卫 / 占道经营')
  const preview = {
    summary: await text(page.locator(byTest('intake-preview-summary'))),
    sign: await text(page.locator(byTest('intake-preview-sign'))),
    finish: await text(page.locator(byTest('intake-preview-finish')))
  }
  assert.match(preview.summary, /^7天 · 办结时限 \d{4}-\d{2}-\d{2} 24:00$/)
  await shot('case-02-intake-filled')
  await tabTo(page, 'intake-address')
  await page.keyboard.press('Enter')

  // The case page: 待签收, the level, three deadlines matching the preview and the rule
  await page.locator(byTest('case-detail')).waitFor()
  assert.equal(await text(page.locator(byTest('case-status'))), '待签收')
  assert.equal(await text(page.locator(byTest('case-level'))), '7天响应')
  assert.equal(await text(page.locator(byTest('case-order-no'))), '2026112500123')
  const received = await text(page.locator(byTest('case-facts')).locator('td', { hasText: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/ }).first())
  assert.equal(await text(clock(page, 'sign').deadline), plusHours(received, 2))
  assert.equal(await text(clock(page, 'contact').deadline), plusHours(received, 24))
  const finishBefore = await text(clock(page, 'finish').deadline)
  assert.ok(preview.finish.endsWith(finishBefore), `${preview.finish} vs ${finishBefore}`)
  assert.ok(preview.sign.endsWith(plusHours(received, 2)))
  assert.match(await text(page.locator(`${byTest('clock-sign')} ${byTest('clock-light')}`)), /绿 正常/)
  assert.match(await text(clock(page, 'sign').status), /^剩余 1小时5\d分$/)
  assert.equal(await text(page.locator(byTest('fact-phone'))), '138****5678')
  await page.locator(`${byTest('case-timeline')} ${byTest('timeline-intake')}`).waitFor()
  await shot('case-03-detail-new')
  // 办结 is not offered on a 待签收 case: the bar holds exactly what the state allows
  const offered = await page.locator(`${byTest('case-actions')} button`).allInnerTexts()
  assert.deepEqual(offered.map((s) => s.trim()), ['签收', '退单', '撤销', '指派', '标记', '取消标记', '吹哨'])
  const caseUrl = page.url()

  // 签收, 联系
  await page.locator(byTest('action-sign')).click()
  await page.locator(byTest('case-status'), { hasText: '办理中' }).waitFor()
  assert.match(await text(clock(page, 'sign').status), /^已完成 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
  await act(page, 'contact', (d) => field(d, 'action-note').fill('已电话联系来电人，今天下午到现场查看'))
  await clock(page, 'contact').status.filter({ hasText: '已完成' }).waitFor()

  // A reason is required before 退单; the dialog keeps what was typed and says so at the field
  await page.locator(byTest('action-return')).click()
  const dialog = page.locator(`${byTest('action-dialog')}:visible`)
  await dialog.locator(byTest('action-submit')).click()
  await dialog.locator('.el-form-item__error', { hasText: '请填写原因' }).waitFor()
  await dialog.getByRole('button', { name: '取消' }).click()
  await dialog.waitFor({ state: 'hidden' })

  // 申请延期 then 批准延期: the finish deadline moves later on screen
  await act(page, 'requestExtension', async (d) => {
    await field(d, 'action-amount').fill('3')
    await field(d, 'action-reason').fill('需协调城管与街道联合执法')
  })
  await page.locator(byTest('case-status'), { hasText: '延期审核' }).waitFor()
  await act(page, 'approveExtension', async (d) => {
    assert.match(await text(d.locator(byTest('action-pending'))), /申请延期 3个工作日，理由：需协调城管与街道联合执法/)
  })
  await page.locator(byTest('case-status'), { hasText: '办理中' }).waitFor()
  const finishAfter = await text(clock(page, 'finish').deadline)
  assert.ok(finishAfter > finishBefore, `${finishAfter} later than ${finishBefore}`)

  // 反馈
  await act(page, 'reply', async (d) => {
    await field(d, 'action-reply').fill('经联合执法，摊贩已迁入早市规定区域，人行道恢复通行。')
    await field(d, 'action-result').fill('已解决')
  })
  await page.locator(byTest('case-status'), { hasText: '已反馈' }).waitFor()
  await clock(page, 'finish').status.filter({ hasText: '已完成' }).waitFor()
  const labels = await page.locator(`${byTest('case-timeline')} .tl__label`).allInnerTexts()
  assert.deepEqual(labels, ['受理', '签收', '联系', '申请延期', '批准延期', '反馈'])
  assert.match(await text(page.locator(byTest('timeline-approveExtension'))), /\+3个工作日/)
  // 回访 and 吹哨 open their own pages for this case
  const caseId = caseUrl.split('/').pop()
  await page.locator(byTest('action-callback')).click()
  await page.waitForURL(new RegExp(`#/cases/callbacks\\?caseId=${caseId}$`))
  await page.goBack()
  await page.locator(byTest('action-whistle')).click()
  await page.waitForURL(new RegExp(`#/whistles/new\\?caseId=${caseId}$`))
  await page.goBack()
  await page.locator(byTest('case-status'), { hasText: '已反馈' }).waitFor()
  await page.locator(byTest('timeline-reply')).scrollIntoViewIfNeeded()
  await shot('case-04-detail-timeline')

  // A walk-in (来访): no 工单编号 asked; it stays 待签收 with no 办结 on offer
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  assert.equal(await page.locator(byTest('intake-restored')).count(), 0)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.locator(`${byTest('intake-source')} input:checked[value="来访"]`).waitFor()
  assert.equal(await page.locator(byTest('intake-orderNo')).count(), 0)
  await field(page, 'intake-title').fill('楼道堆放杂物')
  await field(page, 'intake-content').fill('3号楼2单元楼道堆满纸箱，担心火灾隐患。')
  await field(page, 'intake-content').press('Control+Enter')
  await page.locator(byTest('case-status'), { hasText: '待签收' }).waitFor()
  assert.equal(await text(page.locator(byTest('case-order-no'))), '来访')
  assert.equal(await page.locator(byTest('action-close')).count(), 0)

  // The same caller again: the duplicate panel offers the first case; one click links it
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  await field(page, 'intake-orderNo').fill('2026112500188')
  await field(page, 'intake-title').fill('路口又有摊贩占道')
  await field(page, 'intake-content').fill('早市摊贩仍然占用人行道')
  await field(page, 'intake-callerPhone').fill('138 1234 5678')
  const suggestion = page.locator(`${byTest('intake-duplicates')} .dup__item`, { hasText: '商户占道经营影响通行' })
  await suggestion.waitFor()
  assert.match(await text(suggestion), /同一来电人/)
  await shot('case-05-intake-duplicates')
  await suggestion.locator(byTest('duplicate-mark')).click()
  await page.locator(byTest('case-status'), { hasText: '已撤销' }).waitFor()
  assert.match(await text(page.locator(byTest('case-facts'))), /不计入考核：重复件/)
  await page.locator(byTest('fact-duplicate-of')).click()
  await page.waitForURL(caseUrl)
  assert.equal(await caseCount(page), demoCases + 3)
  assert.deepEqual(errors, [])
  await context.close()
})

/** A demo case still being worked whose 办结 deadline has passed, read straight from IndexedDB. */
const overdueCase = (page) =>
  page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('community-desk')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const all = req.result.transaction('case').objectStore('case').index('status').getAll('办理中')
      all.onsuccess = () => {
        req.result.close()
        const late = all.result.filter((c) => !c.deletedAt && !c.paused && c.finishDeadline < Date.now())
        resolve(late.sort((a, b) => b.receivedAt - a.receivedAt)[0]?.id)
      }
    }
  }))

test('an overdue demo case shows its red light, the time it is late by, and its whole timeline', async () => {
  const { page, context, errors, shot } = await loadDemo()
  const id = await overdueCase(page)
  assert.ok(id, 'the demo holds a case past its 办结 deadline')
  await page.goto(page.url().replace(/#.*$/, `#/cases/${id}`))
  await page.locator(byTest('case-detail')).waitFor()
  assert.equal(await text(page.locator(byTest('case-status'))), '办理中')
  assert.match(await text(page.locator(`${byTest('clock-finish')} ${byTest('clock-light')}`)), /红 已超时/)
  assert.match(await text(clock(page, 'finish').status), /^已超时 /)
  assert.ok((await page.locator(`${byTest('case-timeline')} .tl__label`).count()) >= 2)
  assert.equal(await page.locator(`${byTest('case-timeline')} .tl__label`).first().innerText(), '受理')
  await shot('case-06-detail-overdue')
  assert.deepEqual(errors, [])
  await context.close()
})

test('Esc asks before dropping a draft, and an empty form just leaves', async () => {
  const { page, context, errors } = await loadDemo()
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  await field(page, 'intake-title').fill('井盖缺失')
  await page.keyboard.press('Escape')
  const box = page.locator('.el-message-box')
  await box.waitFor()
  await box.getByRole('button', { name: '继续填写' }).click()
  await box.waitFor({ state: 'hidden' })
  assert.equal(await field(page, 'intake-title').inputValue(), '井盖缺失')

  await page.keyboard.press('Escape')
  await box.waitFor()
  await box.getByRole('button', { name: '放弃' }).click()
  await page.waitForURL(/#\/cases$/)
  await page.keyboard.press('Control+N')
  await page.locator(byTest('case-intake')).waitFor()
  assert.equal(await field(page, 'intake-title').inputValue(), '')
  await page.keyboard.press('Escape')
  await page.waitForURL(/#\/cases$/)
  assert.deepEqual(errors, [])
  await context.close()
})
