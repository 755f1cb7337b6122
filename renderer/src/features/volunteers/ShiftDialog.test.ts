import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import type { Shift } from '@shared/domain/volunteers'
import type { DeskDB } from '../../db'
import { ctxAt, freshDb } from '../../db/testing'
import { H, volunteerWorld } from '../../db/volunteers/fixture'
import { i18n } from '../../i18n'
import { signInForTest } from '../../stores/testing'
import ShiftDialog from './ShiftDialog.vue'

// The store's default database and services, sent to a fresh test database.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../../db', async () => {
  const real = await vi.importActual<typeof import('../../db')>('../../db')
  return { ...real, db: () => holder.db as DeskDB, repos: () => real.repositoriesFor(holder.db as DeskDB) }
})
vi.mock('../../db/volunteers', async () => {
  const real = await vi.importActual<typeof import('../../db/volunteers/service')>('../../db/volunteers/service')
  return { volunteerService: () => real.createVolunteerService(holder.db as DeskDB) }
})

enableAutoUnmount(afterEach)

let w: Awaited<ReturnType<typeof volunteerWorld>>
let shift: Shift

beforeEach(async () => {
  holder.db = freshDb()
  w = await volunteerWorld(holder.db)
  signInForTest(w.communityId)
  const start = Date.now() + 48 * H
  shift = await w.service.addShift(w.communityId, { placeId: w.places[0].id, start, end: start + 2 * H, needed: 3, note: '早高峰' }, ctxAt())
  await w.service.assign(shift.id, w.zhang.id, '指派', ctxAt())
  shift = await w.service.assign(shift.id, w.li.id, '指派', ctxAt())
})
afterEach(() => holder.db?.delete())

async function openOn(editing: Shift) {
  const dialog = mount(ShiftDialog, { props: { modelValue: false, shift: editing }, global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
  await dialog.setProps({ modelValue: true })
  await flushPromises()
  return dialog
}

async function setNeeded(n: number): Promise<void> {
  const input = document.body.querySelector<HTMLInputElement>('[data-test="shift-needed"] input')!
  input.value = String(n)
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

const save = () => document.body.querySelector<HTMLButtonElement>('[data-test="shift-dialog-save"]')!.click()

async function until<T>(read: () => T | Promise<T>): Promise<T> {
  for (let waited = 0; ; waited += 20) {
    const value = await read()
    if (value || waited > 3000) return value
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('ShiftDialog editing a shift', () => {
  it('opens on the shift as it is and saves the change through updateShift', async () => {
    await openOn(shift)
    expect(document.body.querySelector('.el-dialog__title')?.textContent).toBe('修改班次')
    expect(document.body.querySelector<HTMLInputElement>('[data-test="shift-needed"] input')!.value).toBe('3')
    await setNeeded(4)
    save()
    const saved = await until(async () => {
      const row = await holder.db!.shift.get(shift.id)
      return row?.needed === 4 ? row : undefined
    })
    expect(saved).toMatchObject({ needed: 4, placeId: w.places[0].id, start: shift.start, end: shift.end, note: '早高峰' })
    expect(saved!.signups).toHaveLength(2)
    expect(await holder.db!.shift.count()).toBe(1)
  })

  it('shows a refusal in Chinese beside the field and changes nothing', async () => {
    await openOn(shift)
    await setNeeded(1)
    save()
    const error = await until(() => document.body.querySelector('[data-test="shift-dialog"] .el-form-item.is-error .el-form-item__error'))
    expect(error?.textContent?.trim()).toBe('已有 2 人在这个班次上，需要人数不能少于 2')
    expect((await holder.db!.shift.get(shift.id))!.needed).toBe(3)
  })
})
