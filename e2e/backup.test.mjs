import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { byTest, closeAll, field, openApp, SHOTS, tableCounts } from './harness.mjs'

after(closeAll)

/** A new case straight into the database, as any write after the backup would leave one. */
const addCase = (page) =>
  page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('community-desk')
    req.onsuccess = () => {
      const idb = req.result
      const tx = idb.transaction('case', 'readwrite')
      const store = tx.objectStore('case')
      const first = store.openCursor()
      first.onsuccess = () => {
        const row = first.result.value
        store.add({ ...row, id: 'after-backup', orderNo: '2099010100001', title: '备份之后新增的工单' })
      }
      tx.oncomplete = () => { idb.close(); resolve(undefined) }
      tx.onerror = () => reject(tx.error)
    }
  }))


// Saved under a name of the test's own: two backups on one day share the suggested name.
async function download(page, as, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = resolve(SHOTS, as)
  await file.saveAs(path)
  return { name: file.suggestedFilename(), path }
}

async function pickFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(byTest('backup-pick')).click()])
  await chooser.setFiles(path)
  await page.locator(byTest('backup-file')).waitFor()
}

test('a backup restores every demo record; damaged and wrongly locked files are refused untouched', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
  await page.goto(page.url().replace(/#.*$/, '#/data/backup'))
  await page.locator(byTest('backup-page')).waitFor()
  const demo = await tableCounts(page)
  assert.ok(demo.case > 1000, `demo cases: ${demo.case}`)
  await shot('backup-01-page')

  const plain = await download(page, 'plain.cdbak', () => page.locator(byTest('backup-now')).click())
  assert.match(plain.name, /^社区接诉即办-备份-\d{4}-\d{2}-\d{2}\.cdbak$/)
  assert.match(readFileSync(plain.path).subarray(0, 6).toString(), /^CDBAK /)

  // Passphrases that differ are caught at the field; a matching pair makes an encrypted file.
  await field(page, 'backup-passphrase').fill('和平里2026')
  await field(page, 'backup-passphrase2').fill('和平里2025')
  await page.locator(byTest('backup-now')).click()
  await page.locator('.el-form-item__error', { hasText: '两次输入的密码不一致' }).waitFor()
  await field(page, 'backup-passphrase2').fill('和平里2026')
  const sealed = await download(page, 'sealed.cdbak', () => page.locator(byTest('backup-now')).click())
  assert.doesNotMatch(readFileSync(sealed.path).toString('utf8'), /和平里社区.*工单编号|"orderNo"/)

  await addCase(page)
  const changed = await tableCounts(page)
  assert.equal(changed.case, demo.case + 1)

  // One flipped byte: refused, nothing changed.
  const bytes = readFileSync(plain.path)
  bytes[Math.floor(bytes.length / 2)] ^= 0x04
  const damagedPath = resolve(SHOTS, 'damaged.cdbak')
  writeFileSync(damagedPath, bytes)
  await pickFile(page, damagedPath)
  await page.locator(byTest('backup-restore-run')).click()
  await page.locator(byTest('backup-error'), { hasText: /^备份文件已损坏：表 \w+（[^）]+）的校验值不符$/ }).waitFor()
  await shot('backup-02-damaged')
  assert.deepEqual(await tableCounts(page), changed)

  // The encrypted file shows what it holds, and a wrong passphrase is refused.
  await pickFile(page, sealed.path)
  await page.locator(byTest('backup-summary')).getByText('已加密').waitFor()
  await field(page, 'restore-passphrase').fill('错误的密码')
  await page.locator(byTest('backup-restore-run')).click()
  await page.locator(byTest('backup-error'), { hasText: '密码不正确，无法解密备份' }).waitFor()
  assert.deepEqual(await tableCounts(page), changed)

  // The good file: summary, confirm, the current data saved first, then the restore.
  await pickFile(page, plain.path)
  const summary = await page.locator(byTest('backup-summary')).innerText()
  assert.match(summary, /未加密/)
  assert.match(summary, new RegExp(`合计 ${Object.values(demo).reduce((a, b) => a + b, 0)} 条记录`))
  assert.match(await page.locator(byTest('backup-tables')).innerText(), new RegExp(`工单\\s+${demo.case}`))
  await shot('backup-03-summary')
  await page.locator(byTest('backup-restore-run')).click()
  const box = page.locator('.el-message-box')
  await box.getByText('备份文件已校验通过').waitFor()
  await shot('backup-04-confirm')
  const previous = await download(page, 'previous.cdbak', () => box.getByRole('button', { name: '恢复' }).click())
  assert.match(previous.name, /^社区接诉即办-恢复前备份-/)
  await page.locator('.el-message', { hasText: /已恢复 \d+ 条记录/ }).waitFor()
  await page.waitForEvent('load')
  await page.locator(byTest('backup-page')).waitFor()

  const restored = await tableCounts(page)
  // the restore itself is appended to the restored audit log, with its outbox change
  assert.deepEqual(restored, { ...demo, auditEntry: demo.auditEntry + 1, outbox: demo.outbox + 1 })
  await page.locator(byTest('nav-cases')).click()
  await page.waitForURL(/#\/cases/)
  await page.waitForLoadState('networkidle')
  assert.doesNotMatch(await page.locator('main').innerText(), /备份之后新增的工单/)
  await shot('backup-05-after-restore')
  assert.deepEqual(errors, [])
  await context.close()
})
