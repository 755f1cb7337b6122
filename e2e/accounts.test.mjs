import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { byTest, closeAll, field, openApp, signIn, signOut, storedRows } from './harness.mjs'

after(closeAll)

/** Changes one field of one audit entry behind the app's back, as someone editing the database file would. */
const tamper = (page, seq, reason) =>
  page.evaluate(
    ({ seq, reason }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('community-desk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('auditEntry', 'readwrite')
          const store = tx.objectStore('auditEntry')
          const read = store.get(seq)
          read.onsuccess = () => store.put({ ...read.result, reason })
          tx.oncomplete = () => (open.result.close(), resolve(undefined))
          tx.onerror = () => reject(tx.error)
        }
      }),
    { seq, reason }
  )

const openCase = async (page, id) => {
  await page.goto(page.url().replace(/#.*$/, `#/cases/${id}`))
  await page.locator(byTest('case-facts')).waitFor()
}

test('accounts: lockout, a grid worker sees callers masked, an admin unmasks with a reason, and the audit chain catches a tampered entry', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor({ timeout: 60_000 })
  assert.match(await page.locator(byTest('current-user')).innerText(), /管理员/)

  // Signed out, the desk shows only the sign-in page, with the demo's accounts for a newcomer.
  await signOut(page)
  await page.locator(byTest('signin-demo')).getByText('grid').first().waitFor()
  assert.match(await page.locator(byTest('signin-demo')).innerText(), /demo1234/)
  await page.goto(page.url().replace(/#.*$/, '#/cases'))
  await page.locator(byTest('signin')).waitFor()
  await shot('accounts-01-signin')

  // Five wrong passwords lock the account; then even the right one is refused.
  for (let i = 1; i <= 4; i++) assert.match(await signIn(page, 'leader', 'wrong-pass', { expectError: true }), new RegExp(`再错 ${5 - i} 次`))
  assert.match(await signIn(page, 'leader', 'wrong-pass', { expectError: true }), /账号已锁定，请 15 分钟后再试/)
  assert.match(await signIn(page, 'leader', 'demo1234', { expectError: true }), /账号已锁定/)
  await shot('accounts-02-locked')

  // A grid worker sees a caller's phone masked and may not unmask it.
  const cases = await storedRows(page, 'case', { deleted: true })
  const target = cases.find((c) => !c.confidential && /^1\d{10}$/.test(c.callerPhone ?? '') && c.callerName)
  assert.ok(target, 'the demo has a case with a mobile caller')
  const masked = `${target.callerPhone.slice(0, 3)}****${target.callerPhone.slice(-4)}`
  await signIn(page, 'grid')
  assert.match(await page.locator(byTest('current-user')).innerText(), /网格员/)
  await openCase(page, target.id)
  assert.equal(await page.locator(byTest('fact-phone')).innerText(), masked)
  await page.locator(byTest('unmask')).click()
  await page.locator('.el-message--error', { hasText: '没有“查看完整个人信息”权限' }).waitFor()
  assert.equal(await page.locator(byTest('fact-phone')).innerText(), masked)
  // assigning is not for a grid worker: the button is not there
  assert.equal(await page.locator(byTest('action-assign')).count(), 0)
  await shot('accounts-03-grid-refused')

  // The administrator unmasks with a reason and sees the full phone, on this page only.
  await signOut(page)
  await signIn(page, 'admin')
  await openCase(page, target.id)
  assert.equal(await page.locator(byTest('fact-phone')).innerText(), masked)
  await page.locator(byTest('unmask')).click()
  const prompt = page.locator('.el-message-box')
  await prompt.waitFor()
  await prompt.locator('input').fill('回访需要联系来电人核实办理结果')
  await shot('accounts-04-unmask-reason')
  await prompt.locator('.el-button--primary').click()
  await page.locator(byTest('fact-phone'), { hasText: target.callerPhone }).waitFor()
  await shot('accounts-05-unmasked')

  // Locking the desk masks the caller again; after unlocking it stays masked until asked again.
  await page.locator(byTest('account-menu')).click()
  await page.locator(`${byTest('account-lock')}:visible`).click()
  await page.locator(byTest('idle-lock')).waitFor()
  await field(page, 'lock-password').fill('demo1234')
  await page.locator(byTest('lock-submit')).click()
  await page.locator(byTest('idle-lock')).waitFor({ state: 'detached' })
  assert.equal(await page.locator(byTest('fact-phone')).innerText(), masked)

  // The audit log lists the unmask with its reason, and the chain holds.
  await page.goto(page.url().replace(/#.*$/, '#/settings/audit'))
  const table = page.locator(byTest('audit-table'))
  const row = table.locator('.el-table__row', { hasText: '回访需要联系来电人核实办理结果' })
  await row.waitFor()
  assert.match(await row.innerText(), /查看完整个人信息/)
  assert.match(await row.innerText(), new RegExp(`工单 ${target.id}`))
  await page.locator(byTest('audit-verify')).click()
  await page.locator(byTest('audit-verdict'), { hasText: '校验通过' }).waitFor()
  await shot('accounts-06-audit-verified')

  // Someone edits one entry in the database: 校验链 names it.
  const entries = await storedRows(page, 'auditEntry', { deleted: true })
  const unmask = entries.find((e) => e.action === 'unmask')
  await tamper(page, unmask.seq, '随便看看')
  await page.locator(byTest('audit-verify')).click()
  const verdict = page.locator(byTest('audit-verdict'), { hasText: `第 ${unmask.seq} 条` })
  await verdict.waitFor()
  assert.match(await verdict.innerText(), /已被改动/)
  await shot('accounts-07-audit-broken')

  assert.deepEqual(errors, [])
  await context.close()
})

test('an administrator manages accounts and purges callers past the retention period', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor({ timeout: 60_000 })

  // 账号与权限: a new 网格员 account; a weak password is refused at the field.
  await page.goto(page.url().replace(/#.*$/, '#/settings/users'))
  await page.locator(byTest('users-table')).getByText('steward').waitFor()
  await page.locator(byTest('permission-matrix')).getByText('查看完整个人信息').waitFor()
  await page.locator(byTest('user-add')).click()
  const dialog = page.locator('.el-dialog:visible', { hasText: '新增账号' })
  await field(page, 'user-name').fill('钱多多')
  await field(page, 'user-username').fill('qian')
  await field(page, 'user-password').fill('short')
  await field(page, 'user-confirm').fill('short')
  await dialog.locator(byTest('user-dialog-save')).click()
  await dialog.locator('.el-form-item__error', { hasText: '至少 8 位' }).waitFor()
  await field(page, 'user-password').fill('qian2026ok')
  await field(page, 'user-confirm').fill('qian2026ok')
  await dialog.locator(byTest('user-dialog-save')).click()
  await page.locator(byTest('users-table')).getByText('钱多多').waitFor()
  await shot('accounts-08-users')

  // 个人信息保护: keep callers one year after closing, then purge two cases with a reason.
  await page.locator('.el-tabs__item', { hasText: '个人信息保护' }).click()
  await page.locator(byTest('retention-limited')).click()
  await field(page, 'retention-days').fill('365')
  await page.locator(byTest('retention-save')).click()
  const count = page.locator(byTest('retention-count'))
  await count.waitFor()
  const before = Number((await count.innerText()).match(/(\d+) 件/)[1])
  assert.ok(before > 2, `cases past a year: ${before}`)
  const rows = page.locator(`${byTest('retention-table')} .el-table__body tr`)
  const orderNo = (await rows.nth(0).locator('td').nth(1).innerText()).trim()
  await rows.nth(0).locator(byTest('retention-select')).click()
  await rows.nth(1).locator(byTest('retention-select')).click()
  await page.locator(byTest('retention-purge')).click()
  const prompt = page.locator('.el-message-box')
  await prompt.locator('input').fill('超过保存期限，按规定清除')
  await shot('accounts-09-purge-reason')
  await prompt.locator('.el-button--primary').click()
  await page.locator(byTest('retention-count'), { hasText: `${before - 2} 件` }).waitFor()
  await shot('accounts-10-purged')

  const cases = await storedRows(page, 'case', { deleted: true })
  const purged = cases.find((c) => c.orderNo === orderNo)
  assert.equal(purged.callerName === undefined || purged.callerName === '已脱敏', true)
  assert.notEqual(purged.callerPhone && purged.callerPhone !== '已脱敏', true)
  assert.equal(purged.callerPhoneHash, undefined)
  assert.equal(purged.status, '已办结')

  await page.locator('.el-tabs__item', { hasText: '审计日志' }).click()
  await page.locator(byTest('audit-table')).getByText('超过保存期限，按规定清除').waitFor()
  // the change of the period is in the log too, old → new
  const change = page.locator(`${byTest('audit-table')} .el-table__row`, { hasText: '长期保存 → 办结后保存 365 天' })
  assert.match(await change.innerText(), /修改系统设置[\s\S]*设置 个人信息保存期限/)
  assert.deepEqual(errors, [])
  await context.close()
})
