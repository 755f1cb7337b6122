import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { ValidationError } from '@shared/domain/errors'
import { caseService, db, loadDemoCommunity, repos } from '../db'
import { DRAFT_SAVE_DELAY, draftKey, useCaseIntakeStore } from './caseIntake'
import { useOrgStore } from './org'
import { signInStored } from './testing'

// China time is UTC+8: Beijing wall-clock instants as epoch ms.
const beijing = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min)
const NOW = beijing(2026, 3, 9, 9, 30)
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

let communityId = ''
beforeAll(async () => {
  communityId = (await loadDemoCommunity(db(), { now: NOW })).id
})

async function freshStore() {
  setActivePinia(createPinia())
  await signInStored()
  const intake = useCaseIntakeStore()
  const org = useOrgStore()
  await vi.waitFor(() => {
    expect(intake.rules.length).toBeGreaterThan(0)
    expect(org.places.length).toBeGreaterThan(0)
    expect(org.categories.length).toBeGreaterThan(0)
  })
  intake.open(NOW)
  return { intake, org }
}

const categoryId = (org: ReturnType<typeof useOrgStore>, name: string) => org.categories.find((c) => c.name === name)!.id

beforeEach(() => localStorage.clear())

describe('the intake draft', () => {
  it('is saved shortly after each change and restored when the form opens again', async () => {
    const { intake } = await freshStore()
    expect(intake.restored).toBe(false)
    Object.assign(intake.draft, { source: '来访', title: '楼道堆物', callerPhone: '13812345678', confidential: true })
    await nextTick()
    expect(localStorage.getItem(draftKey(communityId))).toBeNull()
    await wait(DRAFT_SAVE_DELAY + 100)
    expect(JSON.parse(localStorage.getItem(draftKey(communityId))!)).toMatchObject({ source: '来访', title: '楼道堆物' })

    const again = await freshStore()
    expect(again.intake.restored).toBe(true)
    expect(again.intake.draft).toMatchObject({ source: '来访', title: '楼道堆物', callerPhone: '13812345678', confidential: true })
  })

  it('ignores a stored draft it cannot read and starts blank', async () => {
    localStorage.setItem(draftKey(communityId), '{"source":"传真","title":42')
    const { intake } = await freshStore()
    expect(intake.restored).toBe(false)
    expect(intake.draft).toMatchObject({ source: '12345派单', title: '', receivedAt: NOW })
  })

  it('is cleared once the case is saved', async () => {
    const { intake, org } = await freshStore()
    const place = org.places[0]
    Object.assign(intake.draft, {
      orderNo: '2026030900017', title: '井盖缺失', content: '小区东门井盖缺失，夜间有人踩空。', placeId: place.id,
      categoryId: categoryId(org, '井盖缺损'), receivedAt: NOW - 60_000
    })
    await nextTick()
    // picking a place brings its grid and, with no address typed, the place as the address
    expect(intake.draft.gridId).toBe(place.gridId)
    expect(intake.draft.address).toBe(place.address ?? place.name)
    intake.flush()
    expect(localStorage.getItem(draftKey(communityId))).not.toBeNull()

    const saved = await intake.save()
    expect(saved).toMatchObject({ orderNo: '2026030900017', status: '待签收', gridId: place.gridId })
    expect(localStorage.getItem(draftKey(communityId))).toBeNull()
    expect(intake.isEmpty).toBe(true)
  })
})

describe('saving', () => {
  it('puts every problem at its field, keeps the draft and writes nothing', async () => {
    const { intake } = await freshStore()
    const before = await db().case.count()
    Object.assign(intake.draft, { source: '12345派单', orderNo: '', title: '', callerPhone: '12345abc', receivedAt: Date.now() + 3_600_000 })
    await expect(intake.save()).rejects.toBeInstanceOf(ValidationError)
    expect(intake.errors).toMatchObject({
      orderNo: '12345派单须填写工单编号',
      title: '标题不能为空',
      content: '诉求内容不能为空',
      receivedAt: '受理时间不能晚于现在'
    })
    expect(intake.errors.callerPhone).toMatch(/电话号码/)
    expect(intake.draft.callerPhone).toBe('12345abc')
    expect(await db().case.count()).toBe(before)

    // editing a field takes its message away
    intake.draft.title = '路灯不亮'
    await nextTick()
    expect(intake.errors.title).toBeUndefined()
    expect(intake.errors.orderNo).toBeDefined()
  })

  it('checks the phone when the field is left', async () => {
    const { intake } = await freshStore()
    intake.draft.callerPhone = '1381234567'
    expect(intake.checkPhone()).toBe(false)
    expect(intake.errors.callerPhone).toBe('手机号应为 11 位（如 13812345678），这里是 10 位')
    intake.draft.callerPhone = '010-6512 3456'
    expect(intake.checkPhone()).toBe(true)
    expect(intake.errors.callerPhone).toBeUndefined()
  })

  it('saves a duplicate and links it to the original in one go', async () => {
    const { intake } = await freshStore()
    const original = await caseService().intake(
      communityId,
      { source: '来电', type: '投诉', title: '夜间施工噪声', content: '工地夜里十二点还在施工', callerPhone: '13900001111', confidential: false, receivedAt: NOW - 86_400_000 },
      { now: NOW, deviceId: 'devA', actor: 'system' }
    )
    Object.assign(intake.draft, { source: '来电', title: '又在夜间施工', content: '工地夜里还在施工', callerPhone: '139 0000 1111', receivedAt: NOW - 60_000 })
    await intake.suggest(NOW)
    expect(intake.suggestions.map((s) => s.case.id)).toContain(original.id)
    expect(intake.suggestions.find((s) => s.case.id === original.id)?.reasons).toContain('samePhone')

    const { case: copy, linkError } = await intake.saveAsDuplicate(original.id)
    expect(linkError).toBeUndefined()
    expect(copy).toMatchObject({ status: '已撤销', duplicateOf: original.id, assessment: { included: false, exclusionReason: '重复件' } })
  })
})

describe('the deadline preview', () => {
  it('follows the draft: its rule, its level and the three deadlines on the holiday calendar', async () => {
    const { intake, org } = await freshStore()
    // Friday before the 2026 Spring Festival: 02-14 is a working Saturday, 02-15 … 02-23 are holidays, 02-28 is worked
    Object.assign(intake.draft, { type: '投诉', title: '楼道小广告', content: '单元门口贴满小广告', receivedAt: beijing(2026, 2, 13, 10) })
    await nextTick()
    expect(intake.preview?.match).toMatchObject({ level: '7天', name: '一般诉求' })
    expect(intake.preview?.deadlines).toEqual({
      sign: beijing(2026, 2, 13, 12),
      contact: beijing(2026, 2, 14, 10),
      finish: beijing(2026, 3, 3)
    })

    // a utility category (by its parent 供暖) answers within 24 hours; a danger keyword within 2
    intake.draft.categoryId = categoryId(org, '暖气不热')
    await nextTick()
    expect(intake.preview?.match.level).toBe('24小时')
    expect(intake.preview?.deadlines.finish).toBe(beijing(2026, 2, 17))
    intake.draft.content = '楼道里有煤气味，怀疑燃气泄漏'
    await nextTick()
    expect(intake.preview?.match).toMatchObject({ level: '2小时', name: '紧急/危及安全' })
    expect(intake.preview?.deadlines.sign).toBe(beijing(2026, 2, 13, 11))

    intake.draft.receivedAt = null
    await nextTick()
    expect(intake.preview).toBeNull()
  })

  it('uses the community calendar edits from settings', async () => {
    const { intake } = await freshStore()
    await repos().holiday.create(communityId, { day: '2026-03-10', kind: 'holiday', name: '社区调整' } as never, { now: NOW, deviceId: 'devA', actor: 'system' })
    Object.assign(intake.draft, { title: '路灯不亮', content: '小区路灯不亮', receivedAt: beijing(2026, 3, 9, 10) })
    // Monday 03-09 + 7 working days, one of them now a holiday: Thursday 03-19 instead of Wednesday 03-18
    await vi.waitFor(() => expect(intake.preview?.deadlines.finish).toBe(beijing(2026, 3, 20)))
  })
})
