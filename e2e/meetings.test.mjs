import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { byTest, closeAll, field as input, openApp, typeTime } from './harness.mjs'

after(closeAll)

const DAY = 86_400_000
// a 1×1 PNG, enough for the photo check to see an image
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

// Stored rows, read straight from IndexedDB.
const stored = (page, table) =>
  page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('community-desk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll()
          read.onsuccess = () => resolve(read.result.filter((row) => row.deletedAt === undefined))
          read.onerror = () => reject(read.error)
          open.result.close()
        }
      }),
    table
  )

async function quietShot(page, shot, name) {
  await page.waitForFunction(() => !document.querySelector('.el-message'), null, { timeout: 8000 }).catch(() => undefined)
  await shot(name)
}

const noEnglish = async (page, where, root = 'main') => {
  const text = await page.locator(root).innerText()
  assert.doesNotMatch(text, /[A-Za-z]{4,}/, `${where} shows no English words`)
}

async function confirmBox(page) {
  await page.locator('.el-message-box').waitFor()
  await page.locator('.el-message-box .el-button--primary').click()
  await page.locator('.el-message-box').waitFor({ state: 'hidden' })
}

/** Picks the first option of an open select dropdown that contains `text`. */
async function choose(page, text) {
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

/** The text box of a `[data-test]` field inside `scope`, whether the id sits on it or around it. */
const box = (scope, id) => scope.locator(`input${byTest(id)}, textarea${byTest(id)}, ${byTest(id)} input, ${byTest(id)} textarea`).first()

const message = (page, text) => page.locator('.el-message', { hasText: text }).first().waitFor()

test('议事协商: topics from a case and a 微提案, a meeting run end to end, minutes to 公示 and the follow-up closing the case', async () => {
  const { page, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor({ timeout: 60_000 })
  const base = page.url().split('#')[0]

  // 1. A case awaiting its close becomes a topic from its own page.
  const cases = await stored(page, 'case')
  const linked = cases.find((c) => c.status === '已反馈')
  assert.ok(linked, 'the demo has a case awaiting its close')
  await page.goto(`${base}#/cases/${linked.id}`)
  await page.locator(byTest('case-detail')).waitFor()
  await page.locator(byTest('case-propose')).click()
  await confirmBox(page)
  await page.locator(byTest('case-topic'), { hasText: '待筛选' }).waitFor()

  // 2. A 微提案 with a registry proposer and a typed co-signer; a missing name is refused at its field first.
  const people = await stored(page, 'person')
  const [proposer, attendee] = people
  await page.locator(byTest('nav-meetings')).click()
  await page.locator(byTest('proposals-panel')).waitFor()
  await page.locator(byTest('proposal-title'), { hasText: linked.title }).waitFor()
  await page.locator(byTest('proposal-new')).click()
  const pDialog = page.locator(byTest('proposal-dialog'))
  await pDialog.waitFor()
  await page.locator(byTest('proposal-dialog-save')).click()
  await pDialog.locator('.el-form-item__error', { hasText: '议题名称不能为空' }).waitFor()
  await input(page, 'proposal-form-title').fill('3号楼南侧增设非机动车棚')
  await input(page, 'proposal-form-content').fill('电动车无处停放、楼道充电隐患大，建议在南侧空地增设带充电桩的车棚。')
  await input(page, 'proposal-form-proposer').fill(proposer.name)
  await choose(page, proposer.name)
  await input(page, 'proposal-form-cosigners').fill('赵大爷')
  await input(page, 'proposal-form-cosigners').press('Enter')
  await input(page, 'proposal-form-budget').fill('28000')
  await pDialog.locator('.el-dialog__header').click()
  await page.locator(byTest('proposal-dialog-save')).click()
  await pDialog.waitFor({ state: 'hidden' })

  // 2b. A grid worker's report enters the pool as 网格上报, tied to its grid; budget and co-signers are for 微提案 only.
  await page.locator(byTest('proposal-new')).click()
  await pDialog.waitFor()
  await pDialog.locator(byTest('proposal-source-网格上报')).click()
  assert.equal(await pDialog.locator(byTest('proposal-form-budget')).count(), 0)
  await pDialog.locator(byTest('proposal-form-grid')).click()
  await page.locator('.el-select-dropdown__item:visible').first().click()
  await input(page, 'proposal-form-title').fill('福祥胡同路灯常年不亮')
  await input(page, 'proposal-form-content').fill('网格巡查发现胡同中段三盏路灯损坏，夜间老人出行不便。')
  await pDialog.locator('.el-dialog__header').click()
  await page.locator(byTest('proposal-dialog-save')).click()
  await pDialog.waitFor({ state: 'hidden' })
  await page.locator('.el-table__row', { hasText: '福祥胡同路灯常年不亮' }).locator(byTest('proposal-source'), { hasText: '网格上报' }).waitFor()
  const reported = (await stored(page, 'proposal')).find((p) => p.title === '福祥胡同路灯常年不亮')
  assert.equal(reported.source, '网格上报')
  assert.match(reported.sourceRef, /^grid:/)

  // 3. Both are screened in: 立项.
  for (const title of ['3号楼南侧增设非机动车棚', linked.title]) {
    const row = page.locator('.el-table__row', { has: page.locator(byTest('proposal-title'), { hasText: title }) })
    await row.locator(byTest('proposal-accept')).click()
    await row.locator(byTest('proposal-status'), { hasText: '立项' }).waitFor()
  }
  await page.locator('.el-table__row', { hasText: '3号楼南侧增设非机动车棚' }).locator(byTest('proposal-source'), { hasText: '微提案' }).waitFor()
  await noEnglish(page, 'the topic pool')
  await quietShot(page, shot, 'meetings-proposals')

  // 4. A meeting: without time and place it is refused, then saved.
  await page.locator(byTest('tab-meetings')).click()
  await page.locator(byTest('meetings-panel')).waitFor()
  await page.locator(byTest('meeting-new')).click()
  const mDialog = page.locator(byTest('meeting-dialog'))
  await mDialog.waitFor()
  await input(page, 'meeting-form-title').fill('银杏里车棚与停车议事会')
  await page.locator(byTest('meeting-dialog-save')).click()
  await mDialog.locator('.el-form-item__error', { hasText: '请选择会议时间' }).waitFor()
  const at = Date.now() + 2 * 3_600_000
  await typeTime(page, input(page, 'meeting-form-at'), at, mDialog.locator('.el-dialog__header'))
  await page.locator(byTest('meeting-dialog-save')).click()
  await mDialog.locator('.el-form-item__error', { hasText: '请选择会议地点或填写地点' }).waitFor()
  await input(page, 'meeting-form-location').fill('3号楼前小广场')
  await input(page, 'meeting-form-host').fill('王厅长')
  await input(page, 'meeting-form-host').press('Enter')
  await input(page, 'meeting-form-invite-居民').fill(attendee.name)
  await choose(page, attendee.name)
  await mDialog.locator('.el-dialog__header').click()
  await quietShot(page, shot, 'meetings-new-meeting')
  await page.locator(byTest('meeting-dialog-save')).click()
  await page.locator(byTest('meeting-detail')).waitFor()
  assert.equal(await page.locator(byTest('meeting-title')).innerText(), '银杏里车棚与停车议事会')
  const meetingUrl = page.url().split('?')[0]

  // 5. The agenda from the two topics, reordered, with time boxes.
  for (const title of ['3号楼南侧增设非机动车棚', linked.title]) {
    await page.locator(byTest('agenda-pick')).click()
    await choose(page, title)
  }
  await page.locator(byTest('agenda-line')).nth(1).waitFor()
  await page.locator(byTest('agenda-down')).first().click()
  await input(page, 'agenda-line-minutes').first().fill('12')
  await page.locator(byTest('agenda-save')).click()
  await message(page, '议程已保存')
  const lines = page.locator(byTest('agenda-line'))
  assert.equal(await lines.first().locator(byTest('agenda-line-title')).inputValue(), linked.title)
  await page.locator(byTest('agenda-total'), { hasText: '议程合计 27 分钟' }).waitFor()
  await noEnglish(page, 'the agenda')
  await quietShot(page, shot, 'meetings-agenda')

  // the invitation list prints with the one invitee, the name masked (张**)
  await page.goto(`${meetingUrl}/invitation`)
  await page.locator(byTest('invitation-row'), { hasText: attendee.name[0] + '*'.repeat(attendee.name.length - 1) }).waitFor()
  assert.equal(await page.locator(byTest('invitation-row'), { hasText: attendee.name }).count(), 0)
  assert.equal(await page.locator(byTest('invitation-row')).count(), 1)
  await quietShot(page, shot, 'meetings-invitation')
  await page.goto(meetingUrl)
  await page.locator(byTest('meeting-detail')).waitFor()

  // 6. Sign-in: one from the registry, one typed who is not in it.
  await page.locator(byTest('tab-signin')).click()
  await page.locator(byTest('signin-panel')).waitFor()
  await input(page, 'signin-name').fill(attendee.name)
  await page.locator('.el-autocomplete-suggestion li:visible', { hasText: attendee.name }).first().click()
  await page.locator(byTest('signin-kind'), { hasText: '名册内' }).waitFor()
  await page.locator(byTest('signin-submit')).click()
  await page.locator(byTest('signin-counts'), { hasText: '已到会 1 人' }).waitFor()
  await input(page, 'signin-name').fill('过路的张大爷')
  await page.locator(byTest('signin-kind'), { hasText: '名册外' }).waitFor()
  await input(page, 'signin-name').press('Enter')
  await page.locator(byTest('signin-counts'), { hasText: '已到会 2 人' }).waitFor()
  assert.match(await page.locator(byTest('signin-counts')).innerText(), /可表决 2 人/)
  await quietShot(page, shot, 'meetings-signin')

  // 7. Meeting mode: N starts, notes typed, → moves on; Esc leaves.
  await page.locator(byTest('meeting-present')).click()
  await page.locator(byTest('present')).waitFor()
  await page.locator(byTest('present-idle')).waitFor()
  await page.keyboard.press('n')
  await page.locator(byTest('present-title'), { hasText: linked.title }).waitFor()
  await page.locator(byTest('present-clock'), { hasText: /^1[012]:\d\d$/ }).waitFor()
  await page.keyboard.press('Enter')
  await page.keyboard.type('物业同意先清理楼下乱停车辆，划线需业委会同意。')
  await page.keyboard.press('Escape')
  await page.keyboard.press('ArrowRight')
  await page.locator(byTest('present-title'), { hasText: '3号楼南侧增设非机动车棚' }).waitFor()
  assert.match(await page.locator(byTest('present-current')).innerText(), /3号楼南侧增设非机动车棚/)
  await noEnglish(page, 'meeting mode', byTest('present'))
  await quietShot(page, shot, 'meetings-present')
  await page.keyboard.press('Escape')
  await page.locator(byTest('meeting-detail')).waitFor()

  // 8. Minutes: the live notes are there; a vote over the attendance is refused, then recorded.
  await page.locator(byTest('tab-minutes')).click()
  await page.locator(byTest('minutes-panel')).waitFor()
  const first = page.locator(byTest('item-minutes')).first()
  await first.locator('.item__notes', { hasText: '物业同意先清理楼下乱停车辆' }).waitFor()
  await box(first, 'minutes-points').fill('居民普遍反映楼下电动车乱停堵住消防通道。')
  await box(first, 'minutes-outcome').fill('物业一周内清理并划设停车线。')
  await first.locator(byTest('minutes-save')).click()
  await message(page, '已保存')
  await first.locator(byTest('vote-new')).click()
  const vDialog = page.locator(byTest('vote-dialog'))
  await vDialog.waitFor()
  await vDialog.locator(byTest('vote-quorum'), { hasText: '可表决 2 人' }).waitFor()
  await input(page, 'vote-yes').fill('3')
  await vDialog.locator('.el-dialog__header').click()
  await page.locator(byTest('vote-dialog-save')).click()
  await vDialog.locator('.el-form-item__error', { hasText: '赞成、反对、弃权合计 3 票，超过到会可表决人数 2 人' }).waitFor()
  await quietShot(page, shot, 'meetings-vote-refused')
  await input(page, 'vote-yes').fill('2')
  await vDialog.locator('.el-dialog__header').click()
  await page.locator(byTest('vote-dialog-save')).click()
  await vDialog.waitFor({ state: 'hidden' })
  await first.locator(byTest('vote-result'), { hasText: '通过' }).waitFor()

  // 9. A resolution with an action (its owner is required); its due date is already past.
  await first.locator(byTest('resolution-new')).click()
  const rDialog = page.locator(byTest('resolution-dialog'))
  await rDialog.waitFor()
  await input(page, 'resolution-text').fill('由物业清理乱停车辆并划设非机动车停放线')
  await input(page, 'res-action-text').fill('清理乱停车辆，划设停放线')
  await page.locator(byTest('resolution-dialog-save')).click()
  await rDialog.locator('.el-form-item__error', { hasText: '责任人不能为空' }).waitFor()
  await input(page, 'res-action-owner').fill('银杏里物业 李经理')
  const due = input(page, 'res-action-due')
  await due.click()
  await due.fill(new Date(Date.now() - DAY + 8 * 3_600_000).toISOString().slice(0, 10))
  await due.press('Enter')
  await rDialog.locator('.el-dialog__header').click()
  await page.locator(byTest('resolution-dialog-save')).click()
  await rDialog.waitFor({ state: 'hidden' })
  await first.locator(byTest('resolution-row'), { hasText: '由物业清理乱停车辆' }).waitFor()

  // 10. 草稿 → 征求意见 (an amendment, taken in) → 通过 → 公示.
  const advance = async (to) => {
    await page.locator(byTest('minutes-advance'), { hasText: to }).click()
    await confirmBox(page)
    await page.locator(byTest('minutes-status'), { hasText: `“${to}”` }).waitFor()
  }
  await advance('征求意见')
  await page.locator(byTest('amend-author')).click()
  await choose(page, attendee.name)
  await input(page, 'amend-text').fill('建议写明划线后由楼门长每周巡查一次。')
  await page.locator(byTest('amend-add')).click()
  await page.locator(byTest('amendment'), { hasText: attendee.name }).waitFor()
  await page.locator(byTest('amend-accept')).click()
  await page.locator(byTest('amendment-decision'), { hasText: '已采纳' }).waitFor()
  await advance('通过')
  await advance('公示')
  await page.locator(byTest('minutes-locked'), { hasText: '已公示并锁定' }).waitFor()

  // 11. Published minutes cannot be typed into; the screen says why. A numbered addendum is added.
  const points = box(first, 'minutes-points')
  const before = await points.inputValue()
  await points.click()
  await page.keyboard.press('Backspace')
  await message(page, '纪要已公示并锁定，不能直接修改')
  assert.equal(await points.inputValue(), before)
  await input(page, 'addendum-text').fill('第1项议定结果中“一周内”更正为“十个工作日内”。')
  await page.locator(byTest('addendum-add')).click()
  await page.locator(byTest('addendum-no'), { hasText: '补充说明第 1 号' }).waitFor()
  const versions = page.locator(`${byTest('versions')} .el-table__row`)
  await versions.nth(3).waitFor()
  await versions.last().locator(byTest('version-open')).click()
  await page.locator(byTest('version-dialog')).locator('.el-dialog__body', { hasText: '居民普遍反映' }).waitFor()
  await page.keyboard.press('Escape')
  await noEnglish(page, 'the minutes')
  await quietShot(page, shot, 'meetings-minutes-published')

  // 12. The overdue action shows on the 工作台.
  await page.locator(byTest('nav-home')).click()
  await page.locator(byTest('home-overdue-actions')).locator('li', { hasText: '清理乱停车辆' }).waitFor()
  await quietShot(page, shot, 'meetings-home')

  // 13. 决议落实: a file that is not a photo is refused; a photo and a note are kept; 民评; 完成 closes the case.
  await page.goto(`${base}#/meetings?tab=followups`)
  const card = page.locator(byTest('resolution-card'), { hasText: '由物业清理乱停车辆' })
  await card.waitFor()
  await card.locator(byTest('fu-due'), { hasText: '已逾期' }).waitFor()
  await card.locator(byTest('fu-progress')).click()
  const fDialog = page.locator(byTest('fu-dialog'))
  await fDialog.waitFor()
  await page.locator(byTest('fu-photos')).setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是照片') })
  await fDialog.locator('.el-form-item__error', { hasText: '“说明.txt”不是图片文件' }).waitFor()
  await page.locator(byTest('fu-photos')).setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG })
  await input(page, 'fu-note').fill('已清理 12 辆乱停车辆，停放线施工中。')
  await page.locator(byTest('fu-dialog-save')).click()
  await fDialog.waitFor({ state: 'hidden' })
  await card.locator(byTest('evidence')).locator('summary').click()
  await card.locator(byTest('evidence-photo')).first().waitFor()
  await card.locator(byTest('resolution-rate')).click()
  await input(page, 'rating-满意').fill('5')
  await input(page, 'rating-基本满意').fill('2')
  await page.locator(byTest('rating-dialog')).locator('.el-dialog__header').click()
  await page.locator(byTest('rating-dialog-save')).click()
  await card.locator(byTest('resolution-ratings'), { hasText: '满意 5' }).waitFor()
  // one more action, added after the meeting; it too needs an owner
  await card.locator(byTest('fu-add-action')).click()
  const aDialog = page.locator(byTest('add-action-dialog'))
  await aDialog.waitFor()
  await input(page, 'add-action-text').fill('在3号楼南侧增设充电桩')
  await page.locator(byTest('add-action-dialog-save')).click()
  await aDialog.locator('.el-form-item__error', { hasText: '责任人不能为空' }).waitFor()
  await input(page, 'add-action-owner').fill('银杏里物业')
  await page.locator(byTest('add-action-dialog-save')).click()
  await aDialog.waitFor({ state: 'hidden' })
  const added = card.locator(byTest('followup-action'), { hasText: '在3号楼南侧增设充电桩' })
  await added.locator(byTest('fu-status'), { hasText: '未开始' }).waitFor()
  await card.locator(byTest('fu-complete')).first().click()
  const cDialog = page.locator(byTest('complete-dialog'))
  await cDialog.waitFor()
  assert.equal(await cDialog.locator(`${byTest('complete-close-cases')} input`).isChecked(), true, '同时办结关联工单 is ticked by default')
  await page.locator(byTest('complete-submit')).click()
  await cDialog.locator(byTest('complete-result'), { hasText: '已办结 1 件关联工单' }).waitFor()
  await quietShot(page, shot, 'meetings-complete')
  await page.locator(byTest('complete-close')).click()
  await cDialog.waitFor({ state: 'hidden' })
  await added.locator(byTest('fu-complete')).click()
  await cDialog.waitFor()
  await page.locator(byTest('complete-submit')).click()
  await cDialog.locator(byTest('complete-result')).waitFor()
  await page.locator(byTest('complete-close')).click()
  // finished, the resolution leaves the 进行中 list and is found under 已完成
  await card.waitFor({ state: 'detached' })
  await page.locator(byTest('followup-filter')).locator('label', { hasText: '已完成' }).click()
  await card.locator(byTest('fu-status'), { hasText: '已完成' }).first().waitFor()
  assert.equal(await card.locator(byTest('fu-status'), { hasText: '已完成' }).count(), 2)
  await noEnglish(page, 'the follow-ups')
  await quietShot(page, shot, 'meetings-followups')
  await card.locator(byTest('fu-closed-cases')).locator(byTest('linked-case')).first().click()
  await page.locator(byTest('case-detail')).waitFor()
  await page.locator(byTest('case-status'), { hasText: '已办结' }).waitFor()

  // 14. The calendar shows the meeting; the .ics holds it.
  await page.goto(`${base}#/meetings?tab=meetings`)
  await page.locator(byTest('meeting-view-calendar')).click()
  await page.locator(byTest('cal-meeting'), { hasText: '银杏里车棚与停车议事会' }).waitFor()
  await quietShot(page, shot, 'meetings-calendar')
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(byTest('meetings-ics')).click()])
  const ics = await readFile(await download.path(), 'utf8')
  assert.match(ics, /BEGIN:VCALENDAR/)
  assert.match(ics.replace(/\r\n /g, ''), /SUMMARY:小院议事厅：银杏里车棚与停车议事会/)

  // 15. The 公示 notice: the meeting's facts, the outcome, the vote, 公示期 and signature lines, on A4.
  await page.goto(`${meetingUrl}/notice`)
  const sheet = page.locator(byTest('notice-sheet'))
  await sheet.waitFor()
  const notice = await sheet.innerText()
  assert.match(notice, /议事协商结果公示/)
  assert.match(notice, /到会\s*2 人（.+ 人）/)
  assert.match(notice, /物业一周内清理并划设停车线/)
  assert.match(notice, /赞成 2 票、反对 0 票、弃权 0 票/)
  assert.match(notice, /补充说明第 1 号/)
  assert.match(notice, /公示期：\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}/)
  for (const who of ['主持人', '记录人', '居民代表']) assert.match(notice, new RegExp(`${who}：`))
  await noEnglish(page, 'the notice')
  await quietShot(page, shot, 'meetings-notice')
  await page.emulateMedia({ media: 'print' })
  await quietShot(page, shot, 'meetings-notice-print')
  await page.emulateMedia({ media: 'screen' })

  // 16. A hotspot alert becomes a 议事 topic with its cases.
  await page.locator(byTest('nav-proactive')).click()
  const alert = page.locator(byTest('alert-card')).first()
  await alert.waitFor()
  await alert.locator(byTest('alert-to-proposal')).click()
  await confirmBox(page)
  await alert.locator(byTest('alert-meeting-topic'), { hasText: '待筛选' }).waitFor()
  await page.goto(`${base}#/meetings?tab=proposals`)
  await page.locator(byTest('proposal-filter-source')).click()
  await choose(page, '热点')
  const hotspot = page.locator('.el-table__row', { has: page.locator(byTest('proposal-source'), { hasText: '热点' }) }).first()
  await hotspot.locator(byTest('linked-case')).first().waitFor()

  assert.deepEqual(errors, [])
})
