import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { CASE_STATUSES, type CaseStatus } from '@shared/domain/case'
import { allowedActions } from '@shared/domain/caseMachine'
import { RefusedError } from '@shared/domain/errors'
import { i18n } from '../../i18n'
import CaseActionBar from './CaseActionBar.vue'

enableAutoUnmount(afterEach)

const row = (status: CaseStatus, reopenable = false) => ({ status, flags: [], handlerId: undefined, unitId: undefined, result: undefined, reopenable })
const mountBar = (status: CaseStatus, act = vi.fn(() => Promise.resolve()), reopenable = false) =>
  mount(CaseActionBar, {
    props: { row: row(status, reopenable), users: [], units: [], act },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body
  })

describe('CaseActionBar', () => {
  it.each(CASE_STATUSES)('offers exactly the actions %s allows', (status) => {
    const bar = mountBar(status)
    const offered = bar.findAll('[data-test^="action-"]').map((b) => b.attributes('data-test')!.slice('action-'.length))
    const terminal = status === '退单' || status === '已撤销'
    expect(offered).toEqual([...allowedActions(status).filter((a) => a !== 'reopen'), ...(terminal ? [] : ['whistle'])])
  })

  it('offers 重办 only after a 不满意 callback not yet acted on', () => {
    const offered = (reopenable: boolean) =>
      mountBar('已办结', undefined, reopenable).findAll('[data-test^="action-"]').map((b) => b.attributes('data-test'))
    expect(offered(false)).not.toContain('action-reopen')
    expect(offered(true)).toContain('action-reopen')
  })

  it('takes 签收 at once and asks for a 退单 reason first', async () => {
    const act = vi.fn(() => Promise.resolve())
    const bar = mountBar('待签收', act)
    await bar.get('[data-test="action-sign"]').trigger('click')
    await flushPromises()
    expect(act).toHaveBeenCalledWith({ type: 'sign' })
    await bar.get('[data-test="action-return"]').trigger('click')
    await flushPromises()
    expect(act).toHaveBeenCalledTimes(1)
    expect(document.body.querySelector('[data-test="action-reason"]')).not.toBeNull()
  })

  it('sends 回访 and 吹哨 to their pages', async () => {
    const bar = mountBar('已反馈')
    await bar.get('[data-test="action-callback"]').trigger('click')
    await bar.get('[data-test="action-whistle"]').trigger('click')
    expect(bar.emitted('callback')).toHaveLength(1)
    expect(bar.emitted('whistle')).toHaveLength(1)
  })

  it('shows the refusal of an immediate action and stays as it was', async () => {
    const act = vi.fn(() => Promise.reject(new RefusedError('当前状态为“办理中”，不能签收。可执行的操作：联系')))
    const bar = mountBar('待签收', act)
    await bar.get('[data-test="action-sign"]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('不能签收')
    expect(bar.get('[data-test="action-sign"]').attributes('disabled')).toBeUndefined()
  })
})
