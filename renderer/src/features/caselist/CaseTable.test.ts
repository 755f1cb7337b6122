import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia } from 'pinia'
import type { CaseListItem } from '@shared/search'
import { i18n } from '../../i18n'
import CaseTable from './CaseTable.vue'

enableAutoUnmount(afterEach)

const NOW = Date.UTC(2026, 10, 25, 6, 30)
const HOUR = 3_600_000
const item = (i: number): CaseListItem => ({
  id: `k${i}`,
  orderNo: i % 2 ? `20261125${String(i).padStart(6, '0')}` : undefined,
  title: `工单 ${i}`,
  status: '办理中',
  level: '7天',
  source: '来访',
  type: '投诉',
  flags: i === 0 ? ['督办'] : [],
  receivedAt: NOW - i * HOUR,
  finishDeadline: NOW + (i === 0 ? -2 * HOUR : 30 * HOUR),
  confidential: false,
  light: i === 0 ? 'red' : 'green'
})

const mountTable = (total: number, loaded = total) =>
  mount(CaseTable, {
    props: {
      total,
      rowAt: (i: number) => (i < loaded ? item(i) : undefined),
      now: NOW,
      sort: { field: 'receivedAt', dir: 'desc' },
      selected: new Map([['k1', '工单 1']])
    },
    global: { plugins: [ElementPlus, i18n, createPinia()] }
  })

describe('CaseTable', () => {
  it('renders only a window of a long list and asks for that window', () => {
    const table = mountTable(300_000)
    const rows = table.findAll('[data-row="case"]')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(60)
    const [first, last] = table.emitted('range')!.at(-1) as [number, number]
    expect(first).toBe(0)
    expect(last).toBe(rows.length - 1)
    expect(table.find('.case-table__spacer').attributes('style')).toContain(`height: ${300_000 * 44}px`)
  })

  it('shows the light and the time left or overdue, and a placeholder for rows still coming', () => {
    const table = mountTable(20, 2)
    const deadlines = table.findAll('[data-test="case-deadline"]')
    expect(deadlines[0].attributes('data-light')).toBe('red')
    expect(deadlines[0].text()).toBe('超时 2小时')
    expect(deadlines[1].text()).toBe('剩 1天6小时')
    expect(table.find('[data-row="case"]').text()).toContain('（来访）')
    expect(table.find('.case-table__placeholder').text()).toContain('加载中')
  })

  it('opens a row, toggles its checkbox without opening it, and sorts by a header', async () => {
    const table = mountTable(3)
    expect(table.find('[data-test="case-row-k1"]').classes()).toContain('case-table__item--selected')
    await table.find('[data-test="case-row-k2"]').trigger('click')
    expect(table.emitted('open')).toEqual([['k2']])
    await table.find('[data-test="case-row-k2"] input[type="checkbox"]').setValue(true)
    expect(table.emitted('toggle')?.[0]?.[1]).toBe(true)
    expect(table.emitted('open')).toHaveLength(1)
    await table.find('[data-test="case-sort-deadline"]').trigger('click')
    await table.find('[data-test="case-sort-title"]').trigger('click')
    expect(table.emitted('sort')).toEqual([['finishDeadline']])
  })
})
