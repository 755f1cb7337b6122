import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { nextTick } from 'vue'
import { i18n } from '../../i18n'
import type { ImportPlan } from '../../db/import'
import { useImportStore } from '../../stores/import'
import ImportPreview from './ImportPreview.vue'

enableAutoUnmount(afterEach)

const plan = { rows: [], rejected: [], unknownCategories: [], statusNotes: [], counts: { new: 60, updated: 0, unchanged: 0, rejected: 0 } } as ImportPlan

describe('ImportPreview', () => {
  it('shows the commit as a progress bar with a cancel button in place of the buttons', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const store = useImportStore()
    store.plan = plan
    store.phase = 'preview'
    const cancelCommit = vi.spyOn(store, 'cancelCommit').mockImplementation(() => {})
    const wrapper = mount(ImportPreview, { global: { plugins: [ElementPlus, i18n, pinia] } })
    expect(wrapper.find('[data-test="import-committing"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="import-commit"]').exists()).toBe(true)

    store.phase = 'committing'
    store.committed = { done: 30, total: 60 }
    await nextTick()
    const progress = wrapper.find('[data-test="import-committing"]')
    expect(progress.text()).toContain('正在写入工单：30 / 60')
    expect(progress.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('50')
    expect(wrapper.find('[data-test="import-commit"]').exists()).toBe(false)
    await wrapper.find('[data-test="import-commit-cancel"]').trigger('click')
    expect(cancelCommit).toHaveBeenCalled()
  })
})
