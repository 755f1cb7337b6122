import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { byTest, closeAll, confirmBox, field as input, noEnglish, openApp, quietShot } from './harness.mjs'

after(closeAll)


async function openAlerts(page) {
  await page.locator(byTest('nav-proactive')).click()
  await page.locator(byTest('alerts-panel')).waitFor()
  await page.locator(byTest('alert-card')).first().waitFor()
}

test('未诉先办: alerts with their evidence become a topic and a 主动发现 case; 每月一题 topics are created and advanced', async () => {
  const { page, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()

  await openAlerts(page)
  const cards = page.locator(byTest('alert-card'))
  assert.ok((await cards.count()) >= 2, 'the demo raises at least two alerts')
  const first = cards.first()
  assert.match(await first.locator(byTest('alert-rule')).innerText(), /(件|次来电) \/ \d+ 天/)
  await first.locator(byTest('alert-chart')).locator('canvas').waitFor()
  await first.locator(byTest('alert-evidence')).locator('summary').click()
  const evidence = first.locator(byTest('evidence-case'))
  const count = Number((await first.locator(byTest('alert-rule')).innerText()).match(/(\d+) (件|次)/)[1])
  assert.equal(await evidence.count(), count, 'every case that triggered the alert is listed')
  // a threshold of 0 is refused at its field and nothing changes
  await page.locator(byTest('edit-thresholds')).click()
  const thresholds = page.locator(byTest('thresholds-dialog'))
  await input(page, 'threshold-samePlace-count').fill('0')
  await page.locator(byTest('thresholds-dialog-save')).click()
  await thresholds.locator('.el-form-item__error', { hasText: '同点位同类件数须为大于 0 的整数' }).waitFor()
  await quietShot(page, shot, 'proactive-thresholds-refused')
  await thresholds.locator('.el-dialog__footer .el-button').first().click()
  await thresholds.waitFor({ state: 'hidden' })
  assert.match(await page.locator(byTest('thresholds-summary')).innerText(), /同点位同类 ≥ 5 件 \/ 30 天/)

  await noEnglish(page, 'the alerts tab')
  await quietShot(page, shot, 'proactive-alerts')

  // the second alert becomes a topic that keeps its trigger
  const second = cards.nth(1)
  const subject = await second.locator(byTest('alert-subject')).innerText()
  await second.locator(byTest('alert-to-topic')).click()
  await confirmBox(page)
  await page.locator(byTest('topic-detail')).waitFor()
  assert.match(await page.locator(byTest('topic-stage')).innerText(), /选题/)
  assert.match(await page.locator(byTest('topic-detail')).innerText(), /热点预警/)

  // the first alert becomes a 主动发现 case
  await openAlerts(page)
  const firstSubject = await cards.first().locator(byTest('alert-subject')).innerText()
  assert.notEqual(firstSubject, subject)
  await cards.first().locator(byTest('alert-to-case')).click()
  await confirmBox(page)
  await page.locator(byTest('case-detail')).waitFor()
  assert.equal(await page.locator(byTest('case-order-no')).innerText(), '主动发现')
  assert.match(await page.locator(byTest('case-title')).innerText(), /^主动发现：/)
  await quietShot(page, shot, 'proactive-case')

  // back on the alerts, both conversions are listed with their effect still being watched
  await openAlerts(page)
  const converted = cards.filter({ hasText: firstSubject })
  await converted.locator('.alert__foot', { hasText: /已于 .* 生成工单/ }).waitFor()
  await converted.locator(byTest('effect-tag'), { hasText: '观察中' }).waitFor()
  const effects = page.locator(byTest('effects'))
  await effects.locator('tbody tr').nth(1).waitFor()
  assert.match(await effects.innerText(), /观察中/)
  await quietShot(page, shot, 'proactive-alerts-converted')

  // 每月一题: an empty title is refused at the field, then a valid topic is saved
  await page.locator('.el-tabs__item', { hasText: '每月一题' }).click()
  await page.locator(byTest('topics-panel')).waitFor()
  await page.locator(byTest('topic-link')).first().waitFor()
  await noEnglish(page, 'the topics tab')
  await quietShot(page, shot, 'proactive-topics')
  await page.locator(byTest('topic-new')).click()
  const dialog = page.locator(byTest('topic-dialog'))
  await dialog.waitFor()
  await dialog.locator(byTest('topic-categories')).locator('input').last().fill('房屋租赁')
  await page.locator('.el-cascader__suggestion-item:visible', { hasText: /^住房 \/ 房屋租赁$/ }).click()
  await dialog.locator('.el-dialog__header').click()
  await dialog.locator(byTest('baseline-suggested')).waitFor()
  await page.locator(byTest('topic-dialog-save')).click()
  await dialog.locator('.el-form-item__error', { hasText: '请填写课题名称' }).waitFor()
  await input(page, 'topic-title').fill('出租房屋安全隐患排查')
  await page.locator(byTest('topic-dialog-save')).click()
  await page.locator(byTest('topic-detail')).waitFor()
  assert.equal(await page.locator(`h1${byTest('topic-title')}`).innerText(), '出租房屋安全隐患排查')

  // a milestone is recorded in order; the chart shows the months against the baseline
  await input(page, 'milestone-note').fill('已形成排查方案')
  await page.locator(byTest('milestone-record')).click()
  await page.locator(byTest('topic-stage'), { hasText: '方案' }).waitFor()
  assert.deepEqual(await page.locator(byTest('milestone-stage')).allInnerTexts(), ['选题', '方案'])
  await page.locator(byTest('volume-chart')).locator('canvas').waitFor()
  await noEnglish(page, 'the topic page')
  await quietShot(page, shot, 'proactive-topic-detail')

  assert.deepEqual(errors, [])
})
