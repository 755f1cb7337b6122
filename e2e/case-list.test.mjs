import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { pinyin } from 'pinyin-pro'
import { resolve } from 'node:path'
import { byTest, closeAll, openApp, SHOTS, storedRows } from './harness.mjs'

after(closeAll)

// the total reads n and no newer window is on its way, so the rows on screen belong to that total
async function totalIs(page, n) {
  await page.locator(byTest('case-total'), { hasText: new RegExp(`^共 ${n} 件$`) }).waitFor()
  await page.locator(`${byTest('case-table')}[aria-busy="false"]`).waitFor()
}
const rows = (page) => page.locator('[data-row="case"]')
const rowIds = async (page) => (await rows(page).evaluateAll((els) => els.map((e) => e.dataset.test))).map((t) => t.replace('case-row-', ''))
const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.textContent.trim()))
const initials = (name) => pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase()
const searchText = (c) => `${c.title}\n${c.content}\n${c.address ?? ''}\n${c.orderNo ?? ''}`.toLowerCase()

async function pick(page, selectId, option) {
  await page.locator(byTest(selectId)).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
  await page.keyboard.press('Escape')
}

// Element Plus puts data-test on the inner input
const searchBox = (page) => page.locator(`input${byTest('case-search')}, ${byTest('case-search')} input`).first()
async function search(page, text) {
  await searchBox(page).fill(text)
  await searchBox(page).press('Enter')
}

test('a clerk finds, signs and exports cases in the list', async () => {
  const { page, context, errors } = await openApp('/')
  // transitions finished, so a picture shows the state the assertions just read
  const shot = (name) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' })
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor({ timeout: 60_000 })
  await page.locator(byTest('nav-cases')).click()
  await page.locator(byTest('area-cases')).waitFor()
  await rows(page).first().waitFor()

  const cases = await storedRows(page, 'case')
  assert.ok(cases.length > 500, `the demo brings hundreds of cases, got ${cases.length}`)
  await totalIs(page, cases.length)
  assert.equal(await page.locator(byTest('view-count-all')).innerText(), String(cases.length))
  await shot('case-list-01-all')

  // Virtualized: a window of rows in the page, and scrolling to the end brings the oldest case.
  assert.ok((await rows(page).count()) < 60, 'only the rows in view are rendered')
  const oldest = cases.reduce((a, b) => (b.receivedAt < a.receivedAt ? b : a))
  await page.locator('.case-table__body').evaluate((el) => (el.scrollTop = el.scrollHeight))
  await page.locator(byTest(`case-row-${oldest.id}`)).waitFor()
  assert.ok((await rows(page).count()) < 60)
  await shot('case-list-01b-scrolled-to-end')
  await page.locator('.case-table__body').evaluate((el) => (el.scrollTop = 0))

  // Each saved view: the list holds what its tab counts, and its rows are what the view promises.
  const viewRules = {
    overdue: { light: ['red'] },
    dueSoon: { light: ['yellow', 'orange'] },
    callback: { status: ['已反馈', '已办结'] },
    mine: { status: ['待签收', '办理中', '延期审核', '挂账', '已反馈'] }
  }
  for (const [view, rule] of Object.entries(viewRules)) {
    await page.locator(byTest(`view-${view}`)).click()
    const count = Number(await page.locator(byTest(`view-count-${view}`)).innerText())
    await totalIs(page, count)
    if (count === 0) {
      await page.locator(byTest('case-empty')).getByText('没有符合条件的工单').waitFor()
      continue
    }
    await rows(page).first().waitFor()
    if (rule.light) {
      const lights = await page.locator(`[data-row="case"] ${byTest('case-deadline')}`).evaluateAll((els) => els.map((e) => e.dataset.light))
      assert.ok(lights.every((l) => rule.light.includes(l)), `${view}: lights ${lights}`)
    }
    const statuses = await texts(page.locator(`[data-row="case"] ${byTest('case-status')}`))
    if (rule.status) assert.ok(statuses.every((s) => rule.status.includes(s)), `${view}: statuses ${statuses}`)
    await shot(`case-list-02-view-${view}`)
  }
  await page.locator(byTest('view-all')).click()
  await totalIs(page, cases.length)

  // A Chinese word finds every case holding it in title, content, address or 工单编号.
  const word = '占道'
  await search(page, word)
  const withWord = cases.filter((c) => searchText(c).includes(word))
  assert.ok(withWord.length > 0 && withWord.length < cases.length)
  await totalIs(page, withWord.length)
  const shown = await rowIds(page)
  assert.ok(shown.every((id) => withWord.some((c) => c.id === id)))
  await shot('case-list-03-search-word')

  // Pinyin initials find the caller; a 保密件 caller stays hidden.
  const caller = cases.find((c) => c.callerName && !c.confidential && initials(c.callerName).length >= 2)
  const letters = initials(caller.callerName)
  await search(page, letters)
  const byInitials = cases.filter((c) => (!c.confidential && c.callerName && initials(c.callerName).startsWith(letters)) || searchText(c).includes(letters))
  await totalIs(page, byInitials.length)
  const found = await rowIds(page)
  assert.ok(found.length > 0 && found.every((id) => byInitials.some((c) => c.id === id)), `${caller.callerName} (${letters})`)
  await shot('case-list-04-search-pinyin')
  await search(page, '没有这样的诉求')
  await totalIs(page, 0)
  await page.locator(byTest('case-empty')).getByText('没有符合条件的工单').waitFor()
  await shot('case-list-04b-empty')
  await search(page, '')
  await totalIs(page, cases.length)

  // Filter by grid: only its cases, and the grid column says so.
  const grid = (await storedRows(page, 'grid')).find((g) => g.name === '第一网格')
  await page.locator(byTest('toggle-filters')).click()
  await pick(page, 'filter-grid', grid.name)
  await totalIs(page, cases.filter((c) => c.gridId === grid.id).length)
  const gridColumn = await texts(page.locator('[data-row="case"] > span:nth-child(5)'))
  assert.ok(gridColumn.length > 0 && gridColumn.every((g) => g === grid.name), gridColumn.join(','))
  await shot('case-list-05-filter-grid')
  const inGrid = cases.filter((c) => c.gridId === grid.id).length
  await page.locator(byTest('select-all')).click()
  await page.locator(byTest('case-selected-count'), { hasText: `已选 ${inGrid} 件` }).waitFor()
  await page.locator(byTest('batch-clear')).click()

  // Batch 签收: up to two 待签收 cases and one already in hand; the one in hand is refused by name.
  await page.locator(byTest('clear-filters')).click()
  await totalIs(page, cases.length)
  await pick(page, 'filter-status', '待签收')
  await pick(page, 'filter-status', '办理中')
  await page.locator(byTest('case-sort-status')).click()
  const listed = await rowIds(page)
  const toSign = listed.filter((id) => cases.find((c) => c.id === id).status === '待签收').slice(0, 2)
  const inHand = cases.find((c) => c.id === listed.find((id) => cases.find((x) => x.id === id).status === '办理中'))
  assert.ok(toSign.length >= 1 && inHand, 'the demo has cases waiting to be signed and cases in hand')
  for (const id of [...toSign, inHand.id]) await page.locator(`${byTest(`case-row-${id}`)} ${byTest('case-select')}`).click()
  await page.locator(byTest('case-selected-count'), { hasText: `已选 ${toSign.length + 1} 件` }).waitFor()
  await shot('case-list-06-selected')
  await page.locator(byTest('batch-sign')).click()
  const refusals = page.locator(byTest('batch-refusals'))
  await refusals.waitFor()
  assert.match(await refusals.innerText(), new RegExp(`签收完成 ${toSign.length} 件，1 件未能办理`))
  assert.match(await refusals.innerText(), new RegExp(`${inHand.orderNo || inHand.title}：当前状态为“办理中”，不能签收。可执行的操作：联系、反馈`))
  await shot('case-list-07-sign-refusal')
  await page.locator('.el-message-box__btns button', { hasText: '确定' }).click()
  const after = await storedRows(page, 'case')
  assert.deepEqual(toSign.map((id) => after.find((c) => c.id === id).status), toSign.map(() => '办理中'))
  // the signed cases left the selection; the refused one stays for the clerk to deal with
  await page.locator(byTest('case-selected-count'), { hasText: '已选 1 件' }).waitFor()
  await page.locator(byTest('batch-clear')).click()
  await pick(page, 'filter-status', '办理中')
  await totalIs(page, cases.filter((c) => c.status === '待签收').length - toSign.length)

  // Export two cases: a download in web mode, UTF-8 with BOM, callers masked.
  await page.locator(byTest('clear-filters')).click()
  await page.locator(byTest('case-sort-receivedAt')).click()
  await totalIs(page, cases.length)
  const withPhone = (await rowIds(page)).filter((id) => cases.find((c) => c.id === id)?.callerPhone).slice(0, 2)
  for (const id of withPhone) await page.locator(`${byTest(`case-row-${id}`)} ${byTest('case-select')}`).click()
  await page.locator(byTest('batch-export')).click()
  await page.locator(byTest('export-format-csv')).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(byTest('export-start')).click()])
  assert.match(download.suggestedFilename(), /^工单导出-\d{4}-\d{2}-\d{2}\.csv$/)
  const bytes = await readFile(await download.path())
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
  const csv = bytes.toString('utf8').slice(1)
  const lines = csv.trim().split('\r\n')
  assert.equal(lines.length, 3)
  assert.match(lines[0], /^工单编号,来源,诉求类型,问题分类,标题/)
  for (const id of withPhone) {
    const c = cases.find((x) => x.id === id)
    assert.ok(!csv.includes(c.callerPhone), 'no full phone number in the file')
    if (c.callerName && c.callerName.length > 1) assert.ok(!csv.includes(c.callerName), 'no full caller name in the file')
  }
  assert.match(csv, /\*\*\*\*/)
  await page.locator('.el-message', { hasText: '已导出 2 件工单' }).waitFor()
  await shot('case-list-08-exported')

  // A row opens its case.
  await page.locator(byTest(`case-row-${withPhone[0]}`)).click()
  await page.waitForURL(new RegExp(`#/cases/${withPhone[0]}$`))
  assert.deepEqual(errors, [])
  await context.close()
})
