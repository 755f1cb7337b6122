import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeskDB } from '../db'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { freshDb } from '../db/testing'
import { useWhistlesStore } from './whistles'
import { signInForTest } from './testing'

// The store's default database and services, sent to a fresh test database.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  const services = () => real.createCaseServices(holder.db as DeskDB)
  return { ...real, repos: () => real.repositoriesFor(holder.db as DeskDB), whistleService: () => services().whistles, caseService: () => services().cases }
})

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 2000) throw new Error('the board did not catch up')
    await new Promise((r) => setTimeout(r, 10))
  }
}

const MIN = 60_000
let w: CaseWorld

beforeEach(async () => {
  holder.db = freshDb()
  w = await caseWorld(holder.db)
  signInForTest(w.communityId)
})
afterEach(() => holder.db?.delete())

describe('useWhistlesStore', () => {
  it('shows a new whistle on the board and follows each unit from summons to result', async () => {
    const store = useWhistlesStore()
    const blown = Date.now() - 40 * MIN
    const [market, property] = w.units
    await store.create({ type: '综合执法', issue: '东门占道经营', caseIds: [], at: blown, unitIds: [market.id, property.id], arrivalMinutes: 30 })
    await until(() => store.board.length === 1)
    const [first, second] = store.board[0].reports
    expect(store.board[0].reports.map((r) => r.unitId)).toEqual([market.id, property.id])
    expect(first.arrivalDeadline).toBe(blown + 30 * MIN)

    await store.arrive(first.id, Date.now(), 4)
    await store.arrive(second.id, blown + 20 * MIN)
    await until(() => store.board[0].reports.every((r) => r.arrivedAt !== undefined))
    expect(store.board[0].reports.map((r) => r.onTime)).toEqual([false, true])
    expect(store.board[0].reports[0].peopleSent).toBe(4)
    expect(store.board[0].whistle.status).toBe('处置中')

    await expect(store.complete(store.board[0].whistle.id, '已清理')).rejects.toThrow(/尚未填写处置结果/)
    await store.report(first.id, { result: '摊位已清理', rating: '一般' })
    await store.report(second.id, { result: '设置隔离桩', rating: '好' })
    await store.complete(store.board[0].whistle.id, '占道问题已解决')
    await until(() => store.board.length === 0)

    store.showHistory = true
    await until(() => store.history.length === 1)
    expect(store.history[0].whistle.status).toBe('已完成')
    expect(store.history[0].reports.map((r) => r.result)).toEqual(['摊位已清理', '设置隔离桩'])
  })

  it('takes a cancelled whistle off the board with its reason', async () => {
    const store = useWhistlesStore()
    const { whistle } = await store.create({ type: '应急处置', issue: '管道爆裂', caseIds: [], at: Date.now() - MIN, unitIds: [w.units[1].id] })
    await until(() => store.board.length === 1)
    await store.cancel(whistle.id, '误报')
    await until(() => store.board.length === 0)
    expect((await store.get(whistle.id))?.whistle).toMatchObject({ status: '已撤销', summary: '撤销原因：误报' })
  })
})
