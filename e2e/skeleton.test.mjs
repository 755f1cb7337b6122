import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { byTest, closeAll, field as input, noEnglish, openApp } from './harness.mjs'

after(closeAll)

// Lists fill in from live queries, so wait for the figure rather than read it once.
const statIs = (page, key, value) =>
  page.locator(`${byTest(`stat-${key}`)} .stat__value`, { hasText: new RegExp(`^${value}$`) }).waitFor()

const fieldError = (page, label) =>
  page.locator('.el-form-item').filter({ has: page.locator('label', { hasText: label }) }).locator('.el-form-item__error')

test('a new user sets up a community; bad input is refused and nothing is saved', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-create')).waitFor()

  await page.locator(byTest('setup-create')).click()
  await assert.doesNotReject(fieldError(page, '社区名称').waitFor())
  assert.match(await fieldError(page, '社区名称').innerText(), /社区名称/)

  await input(page, 'setup-name').fill('和平里社区')
  await input(page, 'setup-township').fill('和平里街道')
  await input(page, 'setup-district').fill('东城区')
  await input(page, 'setup-population').fill('一万二')
  await page.locator(byTest('setup-add-grid')).click()
  await page.locator(`${byTest('setup-grid-0')} input`).nth(1).fill('第一网格')
  await page.locator(`${byTest('setup-grid-1')} input`).nth(0).fill('WG-01')
  await page.locator(`${byTest('setup-grid-1')} input`).nth(1).fill('第二网格')
  await input(page, 'setup-admin-password').fill('short')
  await page.locator(byTest('setup-create')).click()
  await fieldError(page, '常住人口').waitFor()
  assert.match(await fieldError(page, '常住人口').innerText(), /常住人口/)
  assert.match(await fieldError(page, '密码').first().innerText(), /至少 8 位/)
  await shot('01-setup-errors')

  // Nothing half-saved: a reload still shows the setup screen, with no community behind it.
  await page.reload()
  await page.locator(byTest('setup-create')).waitFor()
  assert.equal(await input(page, 'setup-name').inputValue(), '')

  await input(page, 'setup-name').fill('和平里社区')
  await input(page, 'setup-township').fill('和平里街道')
  await input(page, 'setup-district').fill('东城区')
  await input(page, 'setup-population').fill('12000')
  await page.locator(byTest('setup-add-grid')).click()
  await page.locator(`${byTest('setup-grid-0')} input`).nth(1).fill('第一网格')
  await page.locator(`${byTest('setup-grid-1')} input`).nth(0).fill('WG-01')
  await page.locator(`${byTest('setup-grid-1')} input`).nth(1).fill('第二网格')
  await input(page, 'setup-admin-name').fill('李娜')
  await input(page, 'setup-admin-password').fill('heping2026')
  await input(page, 'setup-admin-confirm').fill('heping2026')
  await page.locator(byTest('setup-create')).click()
  await page.locator('.el-form-item__error', { hasText: 'WG-01' }).first().waitFor()
  await shot('02-setup-duplicate-grid')

  await page.locator(`${byTest('setup-grid-1')} input`).nth(0).fill('WG-02')
  await page.locator(byTest('setup-create')).click()
  await page.locator(byTest('home')).waitFor()
  assert.match(await page.locator(byTest('community-name')).innerText(), /和平里社区/)
  // the administrator made with the community is the one signed in
  assert.match(await page.locator(byTest('current-user')).innerText(), /李娜/)
  await statIs(page, 'grids', '2')
  await shot('03-home-new-community')
  assert.deepEqual(errors, [])
  await context.close()
})

test('the demo community loads, every area opens in Chinese, and a grid is edited', async () => {
  const { page, context, errors, shot } = await openApp('/')
  await page.locator(byTest('setup-demo')).click()
  await page.locator(byTest('home')).waitFor()
  await statIs(page, 'grids', '8')
  // 60 residents, plus the volunteers and 双报到 party members the 小巷管家 demo adds to the registry
  await statIs(page, 'people', '87')
  const places = Number(await page.locator(`${byTest('stat-places')} .stat__value`).innerText())
  assert.ok(places >= 30 && places <= 50, `about 40 places, got ${places}`)
  await shot('04-home-demo')

  // Every area opens from the navigation and speaks Chinese; areas still to come say what they will hold.
  const areas = ['cases', 'whistles', 'proactive', 'meetings', 'volunteers', 'dashboard', 'data']
  for (const area of areas) {
    await page.locator(byTest(`nav-${area}`)).click()
    await page.waitForURL(new RegExp(`#/${area}`))
    await page.locator('main h1').first().waitFor()
    await page.waitForLoadState('networkidle')
    await noEnglish(page, area)
    await shot(`05-area-${area}`)
  }

  await page.locator(byTest('nav-settings')).click()
  await page.locator(byTest('community-form')).waitFor()
  await shot('06-settings-community')
  await page.locator('.el-tabs__item', { hasText: '网格与点位' }).click()
  await page.locator(byTest('grid-edit-WG-01')).click()
  await input(page, 'grid-name').fill('和平一网格')
  await page.locator(byTest('grid-dialog-save')).click()
  await page.locator(byTest('grids-table')).getByText('和平一网格').waitFor()

  // A duplicate code is refused at the field and the dialog keeps the draft.
  await page.locator(byTest('grid-edit-WG-02')).click()
  await input(page, 'grid-code').fill('WG-01')
  await page.locator(byTest('grid-dialog-save')).click()
  await page.locator(`${byTest('grid-dialog')} .el-form-item__error`, { hasText: 'WG-01' }).waitFor()
  assert.equal(await input(page, 'grid-code').inputValue(), 'WG-01')
  await shot('07-settings-grid-duplicate')
  await page.keyboard.press('Escape')

  await page.locator('.el-tabs__item', { hasText: '问题分类' }).click()
  await page.locator(byTest('categories-panel')).getByText('城乡建设').waitFor()
  await shot('08-settings-categories')
  assert.deepEqual(errors, [])
  await context.close()
})
