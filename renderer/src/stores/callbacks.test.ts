import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeskDB } from '../db'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { ctxAt, freshDb } from '../db/testing'
import { useCallbacksStore } from './callbacks'
import { signInForTest } from './testing'

// The store's default database and services, sent to a fresh test database.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  const services = () => real.createCaseServices(holder.db as DeskDB)
  return { ...real, caseService: () => services().cases, callbackService: () => services().callbacks }
})

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 2000) throw new Error('the queue did not catch up')
    await new Promise((r) => setTimeout(r, 10))
  }
}

const MIN = 60_000
let w: CaseWorld

/** A case answered an hour ago, waiting for its callback. */
async function repliedCase(title: string, minutesAgo: number) {
  const now = Date.now() - minutesAgo * MIN
  const row = await w.services.cases.intake(w.communityId, w.intake({ title }, now - 60 * MIN), ctxAt(now - 60 * MIN))
  await w.services.cases.act(row.id, { type: 'sign' }, ctxAt(now - 50 * MIN))
  return w.services.cases.act(row.id, { type: 'reply', reply: '已协调城管清理摊位' }, ctxAt(now))
}

beforeEach(async () => {
  holder.db = freshDb()
  w = await caseWorld(holder.db)
  signInForTest(w.communityId)
})
afterEach(() => holder.db?.delete())

describe('useCallbacksStore', () => {
  it('lists answered cases oldest first and keeps the panel on a case after it leaves the queue', async () => {
    const older = await repliedCase('东门占道经营', 120)
    const newer = await repliedCase('楼道堆物', 30)
    const store = useCallbacksStore()
    await until(() => store.queue.length === 2)
    expect(store.queue.map((e) => e.case.id)).toEqual([older.id, newer.id])

    store.select(older.id)
    await until(() => store.selected?.case.id === older.id)
    await store.recordAttempt(older.id, { at: Date.now() - 5 * MIN, channel: '电话', reached: false, note: '无人接听' })
    await store.recordAttempt(older.id, { at: Date.now(), channel: '电话', reached: true })
    await until(() => store.selected?.callback?.attempts.length === 2)
    await until(() => store.queue[0]?.callback?.attempts.length === 2)

    await store.recordResult(older.id, { valid: true, contacted: true, resolved: false, satisfaction: '不满意', summary: '摊位又回来了' })
    await until(() => store.queue.length === 1)
    expect(store.selected?.case).toMatchObject({ id: older.id, reopenable: true, callbackSummary: '摊位又回来了' })

    await store.reopen(older.id, '摊位又回来了')
    await until(() => store.selected?.case.status === '办理中')
    expect(store.selected?.case.reopenable).toBe(false)
  })

  it('refuses 重办 unless the caller was not satisfied', async () => {
    const row = await repliedCase('噪音扰民', 10)
    const store = useCallbacksStore()
    await expect(store.reopen(row.id, '想再看看')).rejects.toThrow('回访结果为“不满意”的工单才能重办')
  })
})
