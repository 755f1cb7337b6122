import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { RefusedError } from '@shared/domain/errors'
import { caseService, db, loadDemoCommunity } from '../db'
import { useCaseDetailStore } from './caseDetail'
import { useSessionStore } from './session'
import { signInStored } from './testing'

const NOW = Date.UTC(2026, 2, 9, 1, 30)
let caseId = ''

beforeAll(async () => {
  const community = await loadDemoCommunity(db(), { now: NOW })
  const saved = await caseService().intake(
    community.id,
    { source: '来访', type: '求助', title: '楼道灯不亮', content: '5号楼3单元楼道灯坏了一周', confidential: false, receivedAt: NOW },
    { now: NOW, deviceId: 'devA', actor: 'system' }
  )
  caseId = saved.id
})

async function openCase(id: string) {
  setActivePinia(createPinia())
  await signInStored()
  const detail = useCaseDetailStore()
  detail.open(id)
  return detail
}

describe('the case page store', () => {
  it('follows the row and its timeline live as actions are taken', async () => {
    const detail = await openCase(caseId)
    expect(detail.row).toBeNull()
    await vi.waitFor(() => expect(detail.row?.status).toBe('待签收'))
    expect(detail.events.map((e) => e.type)).toEqual(['intake'])

    await detail.act({ type: 'sign' })
    await vi.waitFor(() => expect(detail.row?.status).toBe('办理中'))
    await vi.waitFor(() => expect(detail.events.map((e) => e.type)).toEqual(['intake', 'sign']))
    expect(detail.userName(detail.events[1].actor)).toBe(useSessionStore().user?.name)
  })

  it('passes a refusal through untouched, in Chinese, and writes nothing', async () => {
    const detail = await openCase(caseId)
    await vi.waitFor(() => expect(detail.row?.status).toBe('办理中'))
    const count = detail.events.length
    await expect(detail.act({ type: 'close' })).rejects.toThrow(RefusedError)
    await expect(detail.act({ type: 'close' })).rejects.toThrow(/不能办结。可执行的操作：联系、反馈/)
    expect((await caseService().events(caseId)).length).toBe(count)
  })

  it('says when there is no such case', async () => {
    const detail = await openCase('no-such-case')
    await vi.waitFor(() => expect(detail.row).toBeUndefined())
    expect(detail.events).toEqual([])
  })
})
