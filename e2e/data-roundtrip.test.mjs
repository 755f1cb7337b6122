import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { SHOTS, byTest, closeAll, field, openApp, signIn } from './harness.mjs'

after(closeAll)

const pad = (n) => String(n).padStart(2, '0')
const stamp = (ms) => {
  const d = new Date(ms + 8 * 3600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
const DAY = 86_400_000
const GOOD = 24

// The 12345 export a clerk downloads: a title row, the platform's headers except 主要内容 (named 诉求正文
// in this district), statuses and 办结时间 for the closed ones, and three bad rows at the end.
async function exportFile() {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('工单明细')
  sheet.addRow(['12345市民服务热线工单明细'])
  sheet.addRow(['工单编号', '来电时间', '工单类型', '问题分类', '标题', '诉求正文', '来电人', '来电人电话', '工单状态', '办结时间', '是否联系', '是否解决', '是否满意'])
  const places = ['东门', '西门', '南门', '北门']
  for (let i = 1; i <= GOOD; i++) {
    const received = Date.now() - (10 + i) * DAY
    const closed = i % 3 === 0
    sheet.addRow([
      `RT2611${pad(i)}0001`, stamp(received), '投诉', '城乡建设/市容环卫/占道经营', `${places[i % 4]}早市占道（${i}）`,
      `${places[i % 4]}外早市商贩占道摆摊，早高峰堵路（第 ${i} 件）`, '赵凤兰', `1380000${String(1000 + i)}`,
      closed ? '已办结' : '办理中', closed ? stamp(received + 2 * DAY) : '', closed ? '是' : '', closed ? '是' : '', closed ? '满意' : ''
    ])
  }
  const at = stamp(Date.now() - 3 * DAY)
  sheet.addRow(['RT261199', '2026/13/40', '投诉', '城乡建设/市容环卫/暴露垃圾', '垃圾未清运', '垃圾桶满溢无人清运', '吴刚', '', '办理中', '', '', '', ''])
  sheet.addRow(['RT261198', at, '投诉', '城乡建设/市容环卫/小广告', '楼道小广告', '', '郑丽', '', '办理中', '', '', '', ''])
  sheet.addRow(['RT2611010001', at, '投诉', '城乡建设/市容环卫/占道经营', '重复的工单', '重复一行', '赵凤兰', '', '办理中', '', '', '', ''])
  sheet.getColumn(1).numFmt = '@'
  const dir = await mkdtemp(join(tmpdir(), 'desk-roundtrip-'))
  const file = join(dir, '12345工单导出.xlsx')
  await writeFile(file, Buffer.from(await book.xlsx.writeBuffer()))
  return file
}

/** Row counts of every table, read straight from IndexedDB. */
const tableCounts = (page) =>
  page.evaluate(() => new Promise((done, fail) => {
    const req = indexedDB.open('community-desk')
    req.onerror = () => fail(req.error)
    req.onsuccess = () => {
      const idb = req.result
      const names = [...idb.objectStoreNames]
      const tx = idb.transaction(names)
      const out = {}
      for (const name of names) tx.objectStore(name).count().onsuccess = (e) => (out[name] = e.target.result)
      tx.oncomplete = () => (idb.close(), done(out))
    }
  }))

async function download(page, as, click) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()])
  const path = resolve(SHOTS, as)
  await file.saveAs(path)
  return { name: file.suggestedFilename(), path }
}

async function exportList(page, format, as) {
  await page.locator(byTest('list-export')).click()
  const dialog = page.locator(`${byTest('export-dialog')}:visible`)
  await dialog.waitFor()
  await dialog.locator(byTest(`export-format-${format}`)).click()
  const file = await download(page, as, () => dialog.locator(byTest('export-start')).click())
  await dialog.waitFor({ state: 'hidden' })
  return file
}

test('import a 12345 file, export the list, back up, wipe, restore from the first-run page: every record is back', async () => {
  const file = await exportFile()
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor({ timeout: 60_000 })
  await page.goto(page.url().replace(/#.*$/, '#/data'))

  // Import: the renamed column is asked for, then the preview names every bad row.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(byTest('import-pick')).click()])
  await chooser.setFiles(file)
  await page.locator(byTest('import-mapping')).waitFor()
  await page.locator(byTest('map-诉求正文')).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: /^主要内容$/ }).click()
  await shot('roundtrip-01-mapping')
  await page.locator(byTest('import-apply-mapping')).click()
  await page.locator(byTest('import-preview')).waitFor()
  const count = async (key) => (await page.locator(`${byTest(`import-count-${key}`)} .stat-value`).innerText()).trim()
  assert.deepEqual([await count('new'), await count('updated'), await count('rejected')], [String(GOOD), '0', '3'])
  const rejected = await page.locator(`${byTest('import-rejected')} tbody tr`).allInnerTexts()
  assert.match(rejected[0], /^27\s+来电时间\s+日期“2026\/13\/40”无法识别/)
  assert.match(rejected[1], /^28\s+诉求正文\s+主要内容为空/)
  assert.match(rejected[2], /^29\s+工单编号\s+.*与第 3 行重复/)
  assert.match(await page.locator(byTest('import-caught-up')).innerText(), new RegExp(`有 ${GOOD} 件将按平台状态补记`))
  await shot('roundtrip-02-preview')
  await page.locator(byTest('import-commit')).click()
  await page.locator(byTest('import-result')).waitFor()
  assert.match(await page.locator(byTest('import-summary')).innerText(), new RegExp(`新增 ${GOOD} 件，更新 0 件，未变 0 件，拒绝 3 行`))

  // Export the whole list, as xlsx and as csv, and read both files back.
  await page.locator(byTest('import-to-cases')).click()
  // the list counts once its index has loaded
  await page.locator(byTest('case-total'), { hasText: /[1-9]/ }).waitFor()
  const totalText = await page.locator(byTest('case-total')).innerText()
  const total = Number(totalText.replace(/\D/g, ''))
  assert.ok(total > GOOD, totalText)
  await page.locator(byTest('list-export')).click()
  await page.locator(`${byTest('export-dialog')}:visible ${byTest('export-count')}`).waitFor()
  await page.waitForFunction(() => !document.querySelector('.dialog-fade-enter-active'))
  await shot('roundtrip-03-export-dialog')
  await page.locator(`${byTest('export-dialog')}:visible ${byTest('export-cancel')}`).click()
  const xlsx = await exportList(page, 'xlsx', 'roundtrip-export.xlsx')
  assert.match(xlsx.name, /^工单导出-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await readFile(xlsx.path))
  const sheet = book.worksheets[0]
  assert.equal(sheet.rowCount, total + 1)
  assert.equal(sheet.getRow(1).getCell(1).value, '工单编号')
  const numbers = sheet.getColumn(1).values.slice(2)
  assert.ok(numbers.includes('RT2611030001'))
  const status = sheet.getRow(numbers.indexOf('RT2611030001') + 2).getCell(14).value
  assert.equal(status, '已办结')
  const csv = await exportList(page, 'csv', 'roundtrip-export.csv')
  const bytes = await readFile(csv.path)
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  assert.equal(text.slice(1).trim().split('\r\n').length, total + 1)
  assert.match(text, /RT2611030001,12345派单,投诉,城乡建设\/市容环卫\/占道经营/)
  assert.equal((text.match(/^RT2611\d{6},/gm) ?? []).length, GOOD)
  await shot('roundtrip-04-list')

  // Back up everything, then wipe the desk the way a new computer starts: no database at all.
  await page.goto(page.url().replace(/#.*$/, '#/data/backup'))
  await page.locator(byTest('backup-page')).waitFor()
  const before = await tableCounts(page)
  assert.equal(before.case, total)
  const backup = await download(page, 'roundtrip.cdbak', () => page.locator(byTest('backup-now')).click())
  await page.evaluate(() => new Promise((done, fail) => {
    const req = indexedDB.deleteDatabase('community-desk')
    req.onsuccess = () => done(undefined)
    req.onerror = () => fail(req.error)
  }))
  await page.reload()
  await page.locator(byTest('setup-restore')).waitFor()
  await shot('roundtrip-05-first-run')

  // Restore on the first-run page: the file is read, verified and put back; the clerk signs in as before.
  const [restoreChooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(byTest('setup-restore-pick')).click()])
  await restoreChooser.setFiles(backup.path)
  await page.locator(byTest('setup-restore-summary')).waitFor()
  const expected = Object.values(before).reduce((n, c) => n + c, 0)
  assert.equal(Number(await page.locator(byTest('setup-restore-total')).innerText()), expected)
  await shot('roundtrip-06-restore')
  await page.locator(byTest('setup-restore-run')).click()
  await page.locator(byTest('signin')).waitFor({ timeout: 60_000 })
  assert.deepEqual(await tableCounts(page), before)
  await signIn(page, 'admin')
  await page.goto(page.url().replace(/#.*$/, '#/cases'))
  await page.locator(byTest('case-total'), { hasText: totalText }).waitFor()
  await shot('roundtrip-07-restored')

  // The restored case prints as its A4 办理单, from the list's selection and from the case page.
  await field(page, 'case-search').fill('RT2611030001')
  const row = page.locator('[data-row="case"]', { hasText: 'RT2611030001' })
  await row.waitFor()
  await row.locator(byTest('case-select')).click()
  await page.locator(byTest('batch-print')).click()
  await page.locator(byTest('case-sheet')).waitFor()
  assert.equal(await page.locator(byTest('case-sheet')).count(), 1)
  assert.match(await page.locator(byTest('case-sheet-no')).innerText(), /RT2611030001/)
  const timeline = await page.locator(`${byTest('case-sheet-timeline')} tbody tr`).allInnerTexts()
  assert.deepEqual(timeline.map((line) => line.split('\t')[1]), ['受理', '签收', '联系', '反馈', '办结', '回访'])
  assert.match(await page.locator(byTest('case-sheet-caller')).innerText(), /赵\*\*/)
  await shot('roundtrip-08-case-sheet')
  await page.locator(byTest('case-sheet')).screenshot({ path: resolve(SHOTS, 'roundtrip-09-case-sheet-a4.png') })

  // The 回访 queue goes out as a workbook too, callers masked.
  await page.goto(page.url().replace(/#.*$/, '#/cases/callbacks'))
  // the queue fills from a live query: wait for its rows before reading its count
  await page.locator(`${byTest('callback-queue')} tbody tr`).first().waitFor()
  const queueSize = Number((await page.locator(byTest('queue-count')).innerText()).replace(/\D/g, ''))
  await page.locator(byTest('callbacks-export')).click()
  const queue = await download(page, 'roundtrip-callbacks.xlsx', () => page.locator(`${byTest('callbacks-export-xlsx')}:visible`).click())
  const queueBook = new ExcelJS.Workbook()
  await queueBook.xlsx.load(await readFile(queue.path))
  assert.equal(queueBook.worksheets[0].rowCount, queueSize + 1)
  const phones = queueBook.worksheets[0].getColumn(4).values.slice(2).map(String)
  assert.ok(phones.every((p) => !/\d{7,}/.test(p)), 'no full phone number in the file')
  assert.ok(phones.some((p) => p.includes('****')))
  await shot('roundtrip-10-callbacks')
  assert.deepEqual(errors, [])
  await context.close()
})
