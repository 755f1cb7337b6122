import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { caseService, createCommunity, db, DeskDB, repos } from '../db'
import type { CaseIntakeInput } from '../db/cases/contract'
import { ctxAt } from '../db/testing'
import { startCaseIndexInProcess } from '../workers/caseIndexClient'
import { useCaseListStore, useCaseIndexStarter } from './caseList'
import { signInStored } from './testing'

const HOUR = 3_600_000
const now = Date.now()
let communityId = ''
let clerkId = ''

const intake = (fields: Partial<CaseIntakeInput>): CaseIntakeInput => ({
  source: '来电',
  type: '投诉',
  title: '反映问题',
  content: '居民来电反映问题',
  confidential: false,
  receivedAt: now - HOUR,
  ...fields
})

beforeAll(async () => {
  const ctx = ctxAt(now - 2 * HOUR)
  const { community } = await createCommunity(
    db(),
    { community: { name: '银杏里社区', township: '安和街道', district: '东城区', population: 12000, mode: 'community' }, grids: [{ code: 'WG-01', name: '第一网格', gridWorkers: [] }] },
    ctx
  )
  communityId = community.id
  clerkId = (await repos().user.create(communityId, { name: '王芳', username: 'wangfang', roles: ['admin'], disabled: false }, ctx)).id
  const at = ctxAt(now - HOUR)
  await caseService().intake(communityId, intake({ title: '早市占道经营', callerName: '张三', callerPhone: '13812345678', handlerId: clerkId }), at)
  await caseService().intake(communityId, intake({ title: '楼道堆物', receivedAt: now - 2 * HOUR }), at)
  await caseService().intake(communityId, intake({ title: '噪声扰民', callerName: '李四', confidential: true, handlerId: clerkId, receivedAt: now - 1.5 * HOUR }), at)
  setActivePinia(createPinia())
  useCaseIndexStarter(() => startCaseIndexInProcess((name) => new DeskDB(name)))
  await signInStored()
})
afterAll(() => useCaseListStore().stop())

const titles = () => {
  const list = useCaseListStore()
  return Array.from({ length: list.total }, (_, i) => list.rowAt(i)?.title)
}

describe('case list store', () => {
  it('opens the index and shows the first window with every view counted', async () => {
    const list = useCaseListStore()
    await list.start()
    expect(list.state).toBe('ready')
    expect(list.total).toBe(3)
    // newest first
    expect(titles()).toEqual(['早市占道经营', '噪声扰民', '楼道堆物'])
    expect(list.counts).toMatchObject({ all: 3, mine: 2, overdue: 0, callback: 0 })
  })

  it('searches by a Chinese word and by pinyin initials, never a 保密件 caller', async () => {
    const list = useCaseListStore()
    await list.setSearch('占道')
    expect(titles()).toEqual(['早市占道经营'])
    await list.setSearch('zs')
    expect(titles()).toEqual(['早市占道经营'])
    await list.setSearch('ls')
    expect(list.total).toBe(0)
    await list.setSearch('')
    expect(list.total).toBe(3)
  })

  it('a saved view narrows the list and brings its own order', async () => {
    const list = useCaseListStore()
    await list.setView('mine')
    expect(list.sort).toEqual({ field: 'finishDeadline', dir: 'asc' })
    expect(new Set(titles())).toEqual(new Set(['早市占道经营', '噪声扰民']))
    await list.setView('all')
    expect(list.sort).toEqual({ field: 'receivedAt', dir: 'desc' })
    expect(titles().at(-1)).toBe('楼道堆物')
  })

  it('batch 签收 signs the selected cases; the list shows it at once; a second 签收 is refused by name', async () => {
    const list = useCaseListStore()
    const rows = [0, 1, 2].map((i) => list.rowAt(i)!)
    list.toggle(rows[0], true)
    list.toggle(rows[1], true)
    expect(list.selectedCount).toBe(2)
    const first = await list.act({ type: 'sign' })
    expect(first.result.done).toHaveLength(2)
    expect(list.selectedCount).toBe(0)
    expect([0, 1, 2].map((i) => list.rowAt(i)!.status).sort()).toEqual(['办理中', '办理中', '待签收'])

    list.toggle(list.rowAt(0)!, true)
    const again = await list.act({ type: 'sign' })
    expect(again.result.refused).toHaveLength(1)
    expect(again.label(again.result.refused[0].id)).toBe(list.rowAt(0)!.title)
    expect(again.result.refused[0].message).toMatch(/当前状态为“办理中”，不能签收/)
    expect(list.selectedCount).toBe(1)
    list.clearSelection()
  })

  it('select-all takes the current result, and the export reads the stored cases', async () => {
    const list = useCaseListStore()
    await list.setFilters({ status: ['办理中'] })
    expect(await list.selectAll()).toBe(false)
    expect(list.selectedCount).toBe(2)
    const cases = await list.selectedCases()
    expect(cases.map((c) => c.status)).toEqual(['办理中', '办理中'])
    list.clearSelection()
    await list.setFilters({})
  })
})
