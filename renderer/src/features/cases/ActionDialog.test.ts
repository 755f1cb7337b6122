import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import type { CaseActionType } from '@shared/domain/caseMachine'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import { i18n } from '../../i18n'
import ActionDialog from './ActionDialog.vue'

enableAutoUnmount(afterEach)

const row = { flags: [], handlerId: undefined, unitId: undefined, result: undefined }

async function openDialog(type: CaseActionType, act: (a: unknown) => Promise<unknown>, extra = {}) {
  const wrapper = mount(ActionDialog, {
    props: { modelValue: false, type, row, users: [], units: [], act, ...extra },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body
  })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

const $ = (selector: string) => document.body.querySelector(selector)
const type = async (selector: string, value: string) => {
  const el = $(selector) as HTMLInputElement | HTMLTextAreaElement
  el.value = value
  el.dispatchEvent(new Event('input'))
  await flushPromises()
}
const submit = async () => {
  ;($('[data-test="action-submit"]') as HTMLButtonElement).click()
  await flushPromises()
  // form items show a message after a short debounce
  await new Promise((r) => setTimeout(r, 150))
}

describe('ActionDialog', () => {
  it('keeps the dialog open with the refusal and what was typed', async () => {
    const act = vi.fn(() => Promise.reject(new RefusedError('当前状态为“已反馈”，不能挂账。可执行的操作：办结、重办')))
    const dialog = await openDialog('park', act)
    await type('textarea[data-test="action-reason"]', '等待产权单位答复')
    await submit()
    expect(act).toHaveBeenCalledWith({ type: 'park', reason: '等待产权单位答复' })
    expect($('[data-test="action-refusal"]')?.textContent).toContain('不能挂账。可执行的操作：办结、重办')
    expect(dialog.emitted('update:modelValue')).toBeUndefined()
    expect(($('textarea[data-test="action-reason"]') as HTMLTextAreaElement).value).toBe('等待产权单位答复')
  })

  it('asks for a required reason at its field without calling the service', async () => {
    const act = vi.fn(() => Promise.resolve())
    await openDialog('return', act)
    await submit()
    expect(act).not.toHaveBeenCalled()
    expect($('.el-form-item__error')?.textContent).toContain('请填写原因')
  })

  it('shows a service field issue at its field and closes once the action is taken', async () => {
    const act = vi
      .fn()
      .mockRejectedValueOnce(new ValidationError([{ field: 'reply', message: '答复内容不能超过 2000 个字' }]))
      .mockResolvedValueOnce(undefined)
    const dialog = await openDialog('reply', act)
    await type('textarea[data-test="action-reply"]', '已协调物业修复')
    await submit()
    expect($('.el-form-item__error')?.textContent).toContain('答复内容不能超过 2000 个字')
    expect(dialog.emitted('update:modelValue')).toBeUndefined()
    await submit()
    expect(act).toHaveBeenLastCalledWith({ type: 'reply', reply: '已协调物业修复', result: undefined })
    expect(dialog.emitted('update:modelValue')).toEqual([[false]])
  })

  it('shows the extension asked for when approving it', async () => {
    const act = vi.fn(() => Promise.resolve())
    const pending = { amount: 3, unit: 'work_day', reason: '需联合执法', requestedAt: 0 }
    await openDialog('approveExtension', act, { pending })
    expect($('[data-test="action-pending"]')?.textContent).toContain('申请延期 3个工作日，理由：需联合执法')
    await submit()
    expect(act).toHaveBeenCalledWith({ type: 'approveExtension' })
  })
})
