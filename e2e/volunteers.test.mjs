import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { byTest, closeAll, field, noEnglish, openApp, quietShot, signIn, signOut, typeTime } from './harness.mjs'

after(closeAll)

const H = 3_600_000

const exactly = (text) => new RegExp(`^${text}$`)
/** The open dropdown's option whose label is exactly `text`. */
const option = (page, text) => page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ has: page.locator('span', { hasText: exactly(text) }) }).first()

/** Opens the select inside `[data-test=id]` (within `scope`) and picks the option labelled `text`. */
async function choose(page, scope, id, text) {
  await scope.locator(byTest(id)).click()
  await option(page, text).click()
}

const weekGaps = async (page) => {
  const tag = page.locator(byTest('week-gaps'))
  return (await tag.count()) ? Number((await tag.innerText()).match(/缺 (\d+) 人次/)[1]) : 0
}

async function tab(page, name) {
  await page.locator(byTest(`vtab-${name}`)).click()
  await page.locator(byTest(`${name === 'registry' ? 'registry' : name}-panel`)).waitFor()
}

async function uncoveredNames(page) {
  return (await page.locator(byTest('uncovered-place')).allInnerTexts()).map((s) => s.split(' · ')[0].trim())
}

async function register(page, fill) {
  await page.locator(byTest('volunteer-new')).click()
  const dialog = page.locator(`${byTest('volunteer-dialog')}:visible`)
  await dialog.waitFor()
  await fill(dialog)
  await dialog.locator(byTest('volunteer-dialog-save')).click()
  await dialog.waitFor({ state: 'hidden' })
}

test('小巷管家: a coordinator registers volunteers, fills a week, records a patrol that becomes a case, and sees the points', { timeout: 240_000 }, async () => {
  const { page, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
  // the 志愿者协调员 of the demo takes over the desk
  await signOut(page)
  await signIn(page, 'steward')
  await page.locator(byTest('nav-volunteers')).click()
  await page.locator(byTest('area-volunteers')).waitFor()

  // two places nobody looks after yet
  await tab(page, 'coverage')
  await page.locator(byTest('uncovered-place')).first().waitFor()
  const before = await uncoveredNames(page)
  const [placeA, placeB] = before
  assert.ok(placeA && placeB, 'the demo has places nobody looks after')

  // a resident from the registry becomes a volunteer for both places; a newcomer takes the second one
  await tab(page, 'registry')
  let firstName = ''
  await register(page, async (dialog) => {
    await dialog.locator(byTest('volunteer-person')).click()
    const resident = page.locator('.el-select-dropdown:visible .el-select-dropdown__item').first()
    firstName = (await resident.locator('span').first().innerText()).trim()
    await resident.click()
    await choose(page, dialog, 'volunteer-places-input', placeA)
    await option(page, placeB).click()
    await dialog.locator('.el-dialog__title').click()
  })
  await register(page, async (dialog) => {
    await dialog.locator(byTest('volunteer-who-new')).click()
    await field(page, 'volunteer-name-input').fill('欧阳明远')
    await field(page, 'volunteer-phone').fill('13901234567')
    await choose(page, dialog, 'volunteer-places-input', placeB)
    await dialog.locator('.el-dialog__title').click()
  })
  const table = page.locator(byTest('volunteer-table'))
  await table.locator(byTest('volunteer-name'), { hasText: '欧阳明远' }).waitFor()
  const firstRow = table.locator('.el-table__row').filter({ has: page.locator(byTest('volunteer-name'), { hasText: exactly(firstName) }) })
  assert.match(await firstRow.locator(byTest('volunteer-places')).innerText(), new RegExp(`${placeA}.*${placeB}`))
  assert.match(await table.locator('.el-table__row', { hasText: '欧阳明远' }).innerText(), /139\*\*\*\*4567/, 'the phone is masked')
  // the search finds a volunteer by pinyin initials
  await field(page, 'volunteer-search').fill('oymy')
  await page.waitForFunction(() => document.querySelectorAll('[data-test="volunteer-name"]').length === 1)
  await quietShot(page, shot, 'volunteers-01-registry')
  await field(page, 'volunteer-search').fill('')

  // the places leave the uncovered list
  await tab(page, 'coverage')
  await page.waitForFunction((name) => ![...document.querySelectorAll('[data-test="uncovered-place"]')].some((e) => e.textContent.split(' · ')[0].trim() === name), placeA)
  const after = await uncoveredNames(page)
  assert.equal(after.length, before.length - 2)
  assert.ok(!after.includes(placeB))
  await noEnglish(page, 'the coverage tab')
  await quietShot(page, shot, 'volunteers-02-coverage')

  // the places they look after have no shift yet this week: each is a row flagged 本周无班次
  await tab(page, 'shifts')
  const rowA = page.locator(`${byTest('week-row')}[data-place="${placeA}"]`)
  await rowA.locator(byTest('row-unscheduled')).waitFor()
  assert.equal(await rowA.locator(byTest('slot')).count(), 0)
  assert.equal(await page.locator(`${byTest('week-row')}[data-place="${placeB}"]`).getAttribute('data-unscheduled'), 'true')
  assert.match(await page.locator(byTest('week-unscheduled')).innerText(), /\d+ 个有人负责的点位本周无班次/)
  await noEnglish(page, 'the roster with unscheduled places')
  await rowA.scrollIntoViewIfNeeded()
  await quietShot(page, shot, 'volunteers-02b-unscheduled')

  // a shift that ends before it starts is refused beside the form
  const weekStart = await page.evaluate(() => {
    const ms = Date.now() + 8 * 3_600_000
    const day = ms - (ms % 86_400_000)
    return day - ((new Date(day).getUTCDay() + 6) % 7) * 86_400_000 - 8 * 3_600_000
  })
  await page.locator(byTest('shift-new')).click()
  const shiftDialog = page.locator(`${byTest('shift-dialog')}:visible`)
  await shiftDialog.waitFor()
  await choose(page, shiftDialog, 'shift-place', placeA)
  const away = shiftDialog.locator('.el-dialog__title')
  await typeTime(page, page.locator(`${byTest('shift-start')} input`), weekStart + 2 * 24 * H + 8 * H, away)
  await typeTime(page, page.locator(`${byTest('shift-end')} input`), weekStart + 2 * 24 * H + 7 * H, away)
  await shiftDialog.locator(byTest('shift-dialog-save')).click()
  await shiftDialog.locator('.el-form-item__error', { hasText: '结束时间早于开始时间' }).waitFor()
  await quietShot(page, shot, 'volunteers-03-shift-refused')
  await typeTime(page, page.locator(`${byTest('shift-end')} input`), weekStart + 2 * 24 * H + 10 * H, away)
  await shiftDialog.locator(byTest('shift-dialog-save')).click()
  await shiftDialog.waitFor({ state: 'hidden' })

  // the new slot needs 2 and shows its gap, on its own and in the week's count; its place is no longer flagged
  const slot = rowA.locator(byTest('slot'))
  await slot.waitFor()
  assert.equal(await slot.getAttribute('data-state'), 'empty')
  assert.equal(await slot.locator(byTest('slot-count')).innerText(), '0/2')
  assert.equal(await rowA.locator(byTest('row-unscheduled')).count(), 0)
  assert.match(await rowA.locator('th').innerText(), /缺 2/)
  const gapsBefore = await weekGaps(page)
  assert.ok(gapsBefore >= 2)
  await quietShot(page, shot, 'volunteers-04-week-gap')

  // two volunteers fill it and the gap disappears
  await slot.click()
  const drawer = page.locator(`${byTest('slot-drawer')}:visible`)
  await drawer.waitFor()
  await choose(page, drawer, 'slot-pick', firstName)
  await drawer.locator(byTest('slot-assign')).click()
  await drawer.locator(byTest('slot-person'), { hasText: firstName }).waitFor()
  await choose(page, drawer, 'slot-pick', '欧阳明远')
  await drawer.locator(byTest('slot-signup')).click()
  await drawer.locator(byTest('slot-person'), { hasText: '欧阳明远' }).waitFor()
  await page.waitForFunction(() => document.querySelector('[data-test="slot-drawer"] [data-test="slot-gap"]') === null)
  assert.equal(await slot.getAttribute('data-state'), 'full')
  assert.doesNotMatch(await rowA.locator('th').innerText(), /缺/)
  assert.equal(await weekGaps(page), gapsBefore - 2)
  await quietShot(page, shot, 'volunteers-05-slot-full')

  // the shift is edited from its drawer: fewer people than are on it is refused at the field, one more opens a gap
  await drawer.locator(byTest('slot-edit')).click()
  await shiftDialog.waitFor()
  assert.equal(await shiftDialog.locator('.el-dialog__title').innerText(), '修改班次')
  const needed = shiftDialog.locator(`${byTest('shift-needed')} input`)
  assert.equal(await needed.inputValue(), '2')
  await needed.fill('1')
  await needed.press('Tab')
  await shiftDialog.locator(byTest('shift-dialog-save')).click()
  await shiftDialog.locator('.el-form-item__error', { hasText: '已有 2 人在这个班次上，需要人数不能少于 2' }).waitFor()
  await quietShot(page, shot, 'volunteers-05b-shift-edit-refused')
  await needed.fill('3')
  await needed.press('Tab')
  await shiftDialog.locator(byTest('shift-dialog-save')).click()
  await shiftDialog.waitFor({ state: 'hidden' })
  await drawer.locator(byTest('slot-gap'), { hasText: '缺 1 人' }).waitFor()
  assert.equal(await slot.locator(byTest('slot-count')).innerText(), '2/3')
  assert.equal(await weekGaps(page), gapsBefore - 1)
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })

  // an overlapping shift at the other place: the same volunteer is refused with the reason
  await page.locator(byTest('shift-new')).click()
  await shiftDialog.waitFor()
  await choose(page, shiftDialog, 'shift-place', placeB)
  await typeTime(page, page.locator(`${byTest('shift-start')} input`), weekStart + 2 * 24 * H + 9 * H, away)
  await typeTime(page, page.locator(`${byTest('shift-end')} input`), weekStart + 2 * 24 * H + 11 * H, away)
  await shiftDialog.locator(byTest('shift-dialog-save')).click()
  await shiftDialog.waitFor({ state: 'hidden' })
  const overlapping = page.locator(`${byTest('week-row')}[data-place="${placeB}"]`).locator(byTest('slot'))
  await overlapping.click()
  await drawer.waitFor()
  await choose(page, drawer, 'slot-pick', firstName)
  await drawer.locator(byTest('slot-assign')).click()
  assert.match(await drawer.locator(byTest('slot-error')).innerText(), new RegExp(`${firstName}已排在.*时间重叠`))
  await quietShot(page, shot, 'volunteers-06-double-booking')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })
  await noEnglish(page, 'the roster tab')

  // the week's roster prints on A4 without the app around it
  await page.locator(byTest('week-print')).click()
  await page.locator(byTest('roster-sheet')).waitFor()
  assert.match(await page.locator(byTest('roster-sheet')).innerText(), new RegExp(`${firstName}、欧阳明远`))
  await page.evaluate(() => (window.print = () => undefined))
  await page.locator(byTest('roster-print-go')).click()
  await page.emulateMedia({ media: 'print' })
  assert.equal(await page.locator('.shell__nav').isVisible(), false, 'the navigation does not print')
  assert.equal(await page.locator(byTest('roster-print-go')).isVisible(), false, 'the buttons do not print')
  await quietShot(page, shot, 'volunteers-07-roster-print')
  await page.emulateMedia({ media: 'screen' })
  await page.goBack()

  // a patrol: one checklist item fails, its finding becomes a case in one step
  await page.locator(byTest('area-volunteers')).waitFor()
  await tab(page, 'patrols')
  await page.locator(byTest('patrol-new')).click()
  const patrolDialog = page.locator(`${byTest('patrol-dialog')}:visible`)
  await patrolDialog.waitFor()
  await choose(page, patrolDialog, 'patrol-volunteer', firstName)
  await patrolDialog.locator(byTest('patrol-checklist')).locator('.el-checkbox', { hasText: '无占道经营' }).click()
  const finding = patrolDialog.locator(byTest('finding'))
  await finding.waitFor()
  assert.match(await finding.locator(byTest('finding-type')).innerText(), /占道经营/)
  // a file that is not a photo is refused with the reason
  const chooser = page.waitForEvent('filechooser')
  await finding.locator(byTest('finding-photo')).click()
  await (await chooser).setFiles({ name: '现场说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是照片') })
  await finding.locator(byTest('finding-photo-error'), { hasText: '不是图片文件' }).waitFor()
  await field(page, 'finding-text').fill('12号院门口早点摊占用人行道')
  await finding.locator(byTest('finding-to-case')).click()
  await quietShot(page, shot, 'volunteers-08-patrol-form')
  await patrolDialog.locator(byTest('patrol-dialog-save')).click()
  const caseDialog = page.locator(`${byTest('finding-case-dialog')}:visible`)
  await caseDialog.waitFor()
  assert.equal(await caseDialog.locator(byTest('finding-case-source')).innerText(), '小巷管家上报')
  // the form comes prefilled from the finding
  const title = field(page, 'finding-case-title')
  for (let i = 0; i < 50 && !(await title.inputValue()).includes('占道经营'); i++) await page.waitForTimeout(100)
  assert.match(await title.inputValue(), new RegExp(`${placeA}占道经营`))
  await quietShot(page, shot, 'volunteers-09-finding-case')
  await caseDialog.locator(byTest('finding-case-dialog-save')).click()
  await caseDialog.waitFor({ state: 'hidden' })

  // the patrol shows the case and its state, and links to it
  const row = page.locator(`${byTest('patrol-table')} .el-table__row`).filter({ has: page.locator(byTest('patrol-volunteer-name'), { hasText: exactly(firstName) }) }).first()
  await row.locator(byTest('finding-case-status')).waitFor()
  assert.match(await row.locator(byTest('finding-case-status')).innerText(), /待签收|办理中/)
  await noEnglish(page, 'the patrols tab')
  await quietShot(page, shot, 'volunteers-10-patrols')
  await row.locator(byTest('finding-case-link')).click()
  await page.locator(byTest('case-detail')).waitFor()
  assert.match(await page.locator(byTest('case-facts')).innerText(), /小巷管家上报/)
  await page.goBack()

  // the points: one hour of patrol and one valid finding, each line shown
  await page.locator(byTest('area-volunteers')).waitFor()
  await tab(page, 'points')
  const pointsRow = page.locator(`${byTest('points-table')} .el-table__row`).filter({ has: page.locator(byTest('points-name'), { hasText: exactly(firstName) }) })
  await pointsRow.locator(byTest('points-total')).click()
  const ledger = page.locator(`${byTest('ledger-drawer')}:visible`)
  await ledger.waitFor()
  await ledger.locator(`${byTest('ledger-breakdown')} .el-table__row`, { hasText: '有效发现' }).waitFor()
  const breakdown = await ledger.locator(byTest('ledger-breakdown')).innerText()
  assert.match(breakdown, /巡查时长\s+1\s+10\s+1/)
  assert.match(breakdown, /有效发现\s+1\s+5/)
  // the morning shift earns its 值班服务 points once it has ended
  const served = /值班服务\s+1\s+2/.test(breakdown) ? 2 : 0
  // and a meeting signed in at today since joining, should the demo hold one, earns its 参加议事
  const met = Number(breakdown.match(/参加议事\s+\d+\s+(\d+)/)?.[1] ?? 0)
  assert.equal(await ledger.locator(byTest('ledger-total')).innerText(), String(15 + served + met))
  await quietShot(page, shot, 'volunteers-11-ledger')

  assert.deepEqual(errors, [])
})

test('小巷管家: the roster goes out as xlsx and .ics, and an import shows each bad row before anything is saved', { timeout: 180_000 }, async () => {
  const { default: ExcelJS } = await import('exceljs')
  const { page, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
  await page.locator(byTest('nav-volunteers')).click()
  await page.locator(byTest('area-volunteers')).waitFor()

  // a patrol finding goes to the 议事 pool as a topic; the finding then links to it
  await tab(page, 'patrols')
  // held as an element: once proposed, the finding no longer matches a filter on its button
  const finding = await page.locator(`${byTest('patrol-table')} ${byTest('patrol-finding')}`).filter({ has: page.locator(byTest('finding-make-topic')) }).first().elementHandle()
  await (await finding.$(byTest('finding-make-topic'))).click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  const topicLink = await finding.waitForSelector(byTest('finding-topic-link'))
  assert.equal((await topicLink.innerText()).trim(), '已转为议题（待筛选）')
  await noEnglish(page, 'the patrols tab with a topic')
  await quietShot(page, shot, 'volunteers-10b-finding-topic')

  // one volunteer's shifts as a calendar file
  await tab(page, 'shifts')
  await page.locator(byTest('week-ics')).click()
  const icsDialog = page.locator(`${byTest('ics-dialog')}:visible`)
  await icsDialog.waitFor()
  await icsDialog.locator(byTest('ics-volunteer')).click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').first().click()
  const icsDownload = page.waitForEvent('download')
  await icsDialog.locator(byTest('ics-dialog-save')).click()
  const ics = await icsDownload
  assert.match(ics.suggestedFilename(), /的小巷管家排班\.ics$/)
  const calendar = await (await ics.createReadStream()).toArray()
  assert.match(Buffer.concat(calendar).toString('utf8'), /BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/)

  // the roster as xlsx, phones masked
  await tab(page, 'transfer')
  const xlsxDownload = page.waitForEvent('download')
  await page.locator(byTest('roster-export')).click()
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.concat(await (await (await xlsxDownload).createReadStream()).toArray()))
  const sheet = book.worksheets[0]
  assert.deepEqual(sheet.getRow(1).values.slice(1), ['姓名', '手机', '管家团', '点位', '技能', '加入日期', '状态'])
  assert.ok(sheet.rowCount > 30, 'every volunteer in service is a row')
  assert.match(String(sheet.getRow(2).getCell(2).value), /^\d{3}\*{4}\d{4}$/)

  // an import with a malformed phone: the row and column are named, nothing can be committed
  const upload = new ExcelJS.Workbook()
  const ws = upload.addWorksheet('名册')
  ws.addRows([['姓名', '手机', '管家团', '点位', '技能', '加入日期', '状态'], ['司马青', '13700002222', '东片管家团', '', '急救', '2026-03-01', '在岗'], ['上官云', '1370000', '', '', '', '2026-03-02', '在岗']])
  const pick = async (buffer) => {
    const chooser = page.waitForEvent('filechooser')
    await page.locator(byTest('roster-import-pick')).click()
    await (await chooser).setFiles({ name: '名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
  }
  await pick(Buffer.from(await upload.xlsx.writeBuffer()))
  const issues = page.locator(byTest('roster-import-issues'))
  await issues.waitFor()
  assert.match(await issues.innerText(), /3\s+手机\s+第 3 行“手机”/)
  assert.equal(await page.locator(byTest('roster-import-commit')).isDisabled(), true)
  await quietShot(page, shot, 'volunteers-12-import-refused')

  // fixed, the file goes in whole
  ws.getRow(3).getCell(2).value = '13700003333'
  await pick(Buffer.from(await upload.xlsx.writeBuffer()))
  await page.locator(byTest('roster-import-issue-count')).waitFor({ state: 'detached' })
  await page.locator(byTest('roster-import-commit')).click()
  await page.locator(byTest('roster-import-rows')).waitFor({ state: 'detached' })
  await tab(page, 'registry')
  await field(page, 'volunteer-search').fill('司马青')
  await page.locator(byTest('volunteer-name'), { hasText: '司马青' }).waitFor()
  assert.match(await page.locator(byTest('volunteer-table')).innerText(), /东片管家团/)
  // the administrator sees the phone in full only after saying why
  const phoneCell = page.locator(byTest('volunteer-phone')).first()
  assert.equal(await phoneCell.innerText(), '137****2222')
  await page.locator(byTest('area-volunteers')).locator(byTest('unmask')).click()
  await page.locator('.el-message-box input').fill('通知排班变更')
  await page.locator('.el-message-box .el-button--primary').click()
  await page.locator(byTest('volunteer-phone'), { hasText: '13700002222' }).waitFor()
  await page.locator(byTest('area-volunteers')).locator(byTest('remask')).click()
  await page.locator(byTest('volunteer-phone'), { hasText: '137****2222' }).waitFor()

  assert.deepEqual(errors, [])
})
