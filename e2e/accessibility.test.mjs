// axe-core over every page a clerk reaches: the first-run page, each page of the left menu (as found on
// screen, so pages added later are covered), a case page with its unmask-reason prompt, every settings panel,
// the backup page, the idle-lock screen and the sign-in page.
// Prints a table of violations by impact; any serious or critical violation fails the run.
import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import * as harness from './harness.mjs'

const { byTest, closeAll, field, openApp, settled, storedRows } = harness

after(closeAll)

const AXE = resolve('node_modules/axe-core/axe.min.js')
const IMPACTS = ['critical', 'serious', 'moderate', 'minor']
const BLOCKING = ['critical', 'serious']

/**
 * Violations inside Element Plus's own markup that our templates cannot reach, each excluded for exactly one
 * rule on the elements matching `selector` (checked with Element.matches on the element axe names).
 */
const EXCLUDED = []

/** Runs axe (WCAG 2 A and AA) on the page as it is now; returns the violations left after EXCLUDED. */
async function audit(page) {
  await page.waitForLoadState('networkidle')
  // Judged once loaded: a loading mask over a half-drawn list is not what the clerk works with.
  await page.waitForFunction(() => ![...document.querySelectorAll('.el-loading-mask')].some((mask) => mask.checkVisibility()), null, { timeout: 60_000 })
  // Toasts leave and animations settle first: a half-faded element is judged on its colours mid-fade.
  await settled(page)
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  return page.evaluate(async (excluded) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations']
    })
    const elementOf = (target) => (target.length === 1 ? document.querySelector(target[0]) : null)
    const excludedNode = (rule, target) => excluded.some((x) => x.rule === rule && elementOf(target)?.matches(x.selector))
    // The nearest data-test around an element says which of our components it sits in.
    const near = (target) => elementOf(target)?.closest('[data-test]')?.getAttribute('data-test') ?? ''
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .filter((n) => !excludedNode(v.id, n.target))
          .map((n) => ({ target: n.target.join(' '), near: near(n.target), html: n.html.slice(0, 200), why: n.failureSummary }))
      }))
      .filter((v) => v.nodes.length > 0)
  }, EXCLUDED)
}

const results = []

async function check(page, name) {
  const violations = await audit(page)
  results.push({ name, violations })
  for (const v of violations.filter((x) => BLOCKING.includes(x.impact))) {
    console.log(`\n[${name}] ${v.impact} ${v.id}: ${v.help}`)
    for (const node of v.nodes.slice(0, 6)) {
      console.log(`  ${node.target}${node.near ? ` (in [data-test="${node.near}"])` : ''}\n    ${node.html}\n    ${node.why?.replace(/\n/g, ' | ')}`)
    }
  }
}

function printTable() {
  const header = ['page', ...IMPACTS, 'rules']
  const rows = results.map(({ name, violations }) => [
    name,
    ...IMPACTS.map((impact) => String(violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0))),
    violations.map((v) => v.id).join(', ') || '—'
  ])
  // Chinese characters take two columns in a terminal.
  const width = (text) => [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]))))
  const line = (row) => row.map((cell, i) => cell + ' '.repeat(widths[i] - width(cell))).join('  ').trimEnd()
  console.log(['', 'axe-core (wcag2a, wcag2aa): elements in violation, by impact', line(header), ...rows.map(line)].join('\n'))
}

/** Loads the demo; when the desk then asks who is working, the demo administrator signs in. */
async function loadDemo(page) {
  await page.locator(byTest('setup-demo')).click()
  await page.locator(`${byTest('home')}, ${byTest('signin')}`).first().waitFor({ timeout: 120_000 })
  if (await page.locator(byTest('signin')).isVisible()) {
    await check(page, '登录')
    await harness.signIn(page, 'admin')
  }
}

test('every main page has no serious or critical accessibility violation', { timeout: 600_000 }, async () => {
  const { page, context, errors, shot } = await openApp('/')
  try {
    // The app's CSP allows no inline script, so the axe script tag needs CSP bypassed for this test page only.
    await (await context.newCDPSession(page)).send('Page.setBypassCSP', { enabled: true })
    await page.reload()
    await page.locator(byTest('setup-demo')).waitFor()
    await check(page, '首次使用')
    await loadDemo(page)

    const nav = page.locator('nav a[data-test^="nav-"]')
    const count = await nav.count()
    assert.ok(count >= 8, `menu entries: ${count}`)
    for (let i = 0; i < count; i++) {
      const link = nav.nth(i)
      const label = (await link.innerText()).trim()
      await link.click()
      await page.waitForLoadState('networkidle')
      await check(page, label)
    }

    await page.locator(byTest('nav-cases')).click()
    const row = page.locator('[data-test^="case-row-"]').first()
    await row.waitFor()
    await row.click()
    await page.waitForURL(/#\/cases\/[^/?]+$/)
    await check(page, '工单详情')
    await shot('a11y-case-detail')

    await page.locator(byTest('nav-settings')).click()
    const tabs = page.locator(`${byTest('settings')} [role="tab"]`)
    await tabs.first().waitFor()
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = tabs.nth(i)
      const label = (await tab.innerText()).trim()
      await tab.click()
      await check(page, `系统设置 · ${label}`)
    }

    await page.goto(page.url().replace(/#.*$/, '#/data/backup'))
    await page.locator(byTest('backup-page')).waitFor()
    await check(page, '备份与恢复')
    await shot('a11y-backup')

    // The administrator asks to see a caller in full: the prompt for the reason, then cancelled.
    const target = (await storedRows(page, 'case')).find((c) => !c.confidential && c.callerName && c.callerPhone)
    assert.ok(target, 'the demo has a case with a caller')
    await page.goto(page.url().replace(/#.*$/, `#/cases/${target.id}`))
    await page.locator(byTest('unmask')).first().click()
    const prompt = page.locator('.el-message-box')
    await prompt.locator('input').waitFor()
    await check(page, '查看原因提示')
    await shot('a11y-unmask-prompt')
    await prompt.locator('.el-button:not(.el-button--primary)').click()
    await prompt.waitFor({ state: 'detached' })

    // The lock screen, as the idle lock shows it; the password brings the desk back.
    await page.locator(byTest('account-menu')).click()
    await page.locator(`${byTest('account-lock')}:visible`).click()
    await page.locator(byTest('idle-lock')).waitFor()
    await check(page, '锁屏')
    await shot('a11y-idle-lock')
    await field(page, 'lock-password').fill(harness.DEMO_PASSWORD)
    await page.locator(byTest('lock-submit')).click()
    await page.locator(byTest('idle-lock')).waitFor({ state: 'detached' })

    await harness.signOut(page)
    if (!results.some((r) => r.name === '登录')) await check(page, '登录')
    await shot('a11y-signin')
  } finally {
    printTable()
    await context.close()
  }

  const blocking = results.flatMap(({ name, violations }) => violations.filter((v) => BLOCKING.includes(v.impact)).map((v) => `${name}: ${v.id}`))
  assert.deepEqual(blocking, [], 'serious or critical violations')
  assert.deepEqual(errors, [])
})
