import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { byTest, closeAll, field, openApp, SHOTS, signIn, tableCounts } from './harness.mjs'

after(closeAll)

// The demo 12345 export from 下载示例文件, as a district's clerk would meet it: 主要内容 is named 诉求正文 here,
// and three bad rows sit at the end (a bad date, an empty 诉求正文, a repeated 工单编号).
async function adaptSample(path) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  const sheet = book.worksheets[0]
  const header = sheet.getRow(2).values.slice(1)
  const col = (name) => header.indexOf(name) + 1
  assert.equal(sheet.getRow(1).getCell(1).value, '12345市民服务热线工单明细')
  const rows = []
  // exceljs leaves holes for empty cells
  for (let n = 3; n <= sheet.rowCount; n++) rows.push(Array.from(sheet.getRow(n).values.slice(1), (v) => v ?? ''))
  const cell = (row, name) => String(row[col(name) - 1] ?? '')
  sheet.getRow(2).getCell(col('主要内容')).value = '诉求正文'
  const bad = (values) => {
    const row = [...rows[0]]
    for (const [name, value] of Object.entries(values)) row[col(name) - 1] = value
    sheet.addRow(row)
  }
  bad({ 工单编号: 'RT261199', 来电时间: '2026/13/40' })
  bad({ 工单编号: 'RT261198', 主要内容: '' })
  bad({})
  const dir = await mkdtemp(join(tmpdir(), 'desk-roundtrip-'))
  const file = join(dir, '12345工单导出.xlsx')
  await writeFile(file, Buffer.from(await book.xlsx.writeBuffer()))
  // a closed work order the centre called back on, answered 已联系 / 已解决: its whole story comes in
  const story = rows.find((r) => cell(r, '工单状态') === '已办结' && cell(r, '办结时间') && cell(r, '是否联系') === '是' && cell(r, '是否解决') === '是' && cell(r, '是否满意'))
  assert.ok(story, 'the sample has a closed, called-back work order')
  const pick = (r) => ({ orderNo: cell(r, '工单编号'), type: cell(r, '工单类型'), path: cell(r, '问题分类'), caller: cell(r, '来电人') })
  return { file, orderNos: rows.map((r) => cell(r, '工单编号')), story: pick(story) }
}

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

test('import the sample 12345 file, export the list, back up, wipe, restore from the first-run page: every record is back', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor({ timeout: 60_000 })
  await page.goto(page.url().replace(/#.*$/, '#/data'))

  // 下载示例文件 gives this community's sample export; the clerk's district renames one column and adds bad rows.
  await page.locator(byTest('import-sample')).click()
  await page.locator(`${byTest('import-sample-xlsx')}:visible`).waitFor()
  await shot('roundtrip-00-sample-menu')
  const sample = await download(page, 'roundtrip-sample.xlsx', () => page.locator(`${byTest('import-sample-xlsx')}:visible`).click())
  assert.match(sample.name, /^12345工单示例-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const { file, orderNos, story } = await adaptSample(sample.path)
  const GOOD = orderNos.length
  assert.ok(GOOD >= 20, `${GOOD} rows in the sample`)

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
  assert.deepEqual([await count('new'), await count('updated'), await count('unchanged'), await count('rejected')], [String(GOOD), '0', '0', '3'])
  // nothing to create: the sample uses the community's own category tree
  assert.equal(await page.locator(byTest('import-unknown')).count(), 0)
  const rejected = await page.locator(`${byTest('import-rejected')} tbody tr`).allInnerTexts()
  // Excel rows: the title, the header, the sample's rows, then the three bad ones
  assert.match(rejected[0], new RegExp(`^${GOOD + 3}\\s+来电时间\\s+日期“2026/13/40”无法识别`))
  assert.match(rejected[1], new RegExp(`^${GOOD + 4}\\s+诉求正文\\s+主要内容为空`))
  assert.match(rejected[2], new RegExp(`^${GOOD + 5}\\s+工单编号\\s+.*与第 3 行重复`))
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
  assert.ok(numbers.includes(story.orderNo))
  const status = sheet.getRow(numbers.indexOf(story.orderNo) + 2).getCell(14).value
  assert.equal(status, '已办结')
  const csv = await exportList(page, 'csv', 'roundtrip-export.csv')
  const bytes = await readFile(csv.path)
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  assert.equal(text.slice(1).trim().split('\r\n').length, total + 1)
  assert.ok(text.includes(`${story.orderNo},12345派单,${story.type},${story.path}`), story.orderNo)
  const sampled = new Set(orderNos)
  assert.equal(text.split('\r\n').filter((line) => sampled.has(line.split(',')[0])).length, GOOD)
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
  await field(page, 'case-search').fill(story.orderNo)
  const row = page.locator('[data-row="case"]', { hasText: story.orderNo })
  await row.waitFor()
  await row.locator(byTest('case-select')).click()
  await page.locator(byTest('batch-print')).click()
  await page.locator(byTest('case-sheet')).waitFor()
  assert.equal(await page.locator(byTest('case-sheet')).count(), 1)
  assert.match(await page.locator(byTest('case-sheet-no')).innerText(), new RegExp(story.orderNo))
  const timeline = await page.locator(`${byTest('case-sheet-timeline')} tbody tr`).allInnerTexts()
  assert.deepEqual(timeline.map((line) => line.split('\t')[1]), ['受理', '签收', '联系', '反馈', '办结', '回访'])
  // the name masked: its first character, then one * per other character
  assert.ok((await page.locator(byTest('case-sheet-caller')).innerText()).includes(`${[...story.caller][0]}${'*'.repeat([...story.caller].length - 1)}`))
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
