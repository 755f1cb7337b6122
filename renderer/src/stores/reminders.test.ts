import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeskDB } from '../db'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { ctxAt, freshDb } from '../db/testing'
import { useRemindersStore } from './reminders'
import { signInForTest } from './testing'

// The store's default database and services, sent to a fresh test database; notifications recorded.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null, notes: [] as { title: string; body?: string }[] }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  const services = () => real.createCaseServices(holder.db as DeskDB)
  return { ...real, repos: () => real.repositoriesFor(holder.db as DeskDB), caseService: () => services().cases, whistleService: () => services().whistles }
})
vi.mock('../platform', () => ({ platform: { notify: async (n: { title: string; body?: string }) => (holder.notes.push(n), { shown: true }) } }))

const MIN = 60_000
const DAY = 86_400_000
let w: CaseWorld

beforeEach(async () => {
  holder.db = freshDb()
  holder.notes = []
  localStorage.clear()
  w = await caseWorld(holder.db)
  signInForTest(w.communityId)
})
afterEach(() => holder.db?.delete())

describe('useRemindersStore', () => {
  it('notifies an overdue case and a unit past its arrival deadline once, from the real services', async () => {
    const now = Date.now()
    const received = now - 30 * DAY
    await w.services.cases.intake(w.communityId, w.intake({ title: '东门占道经营', receivedAt: received }), ctxAt(received + MIN))
    await w.services.whistles.create(
      w.communityId,
      { type: '综合执法', issue: '东门占道经营', caseIds: [], at: now - 40 * MIN, unitIds: [w.units[0].id], arrivalMinutes: 30 },
      ctxAt(now - 40 * MIN)
    )
    const store = useRemindersStore()
    store.start()
    await vi.waitFor(() => expect(holder.notes).toHaveLength(2))
    expect(holder.notes.map((n) => n.title).sort()).toEqual(['工单已超时', '报到单位未按时到场'])
    expect(holder.notes.find((n) => n.title === '报到单位未按时到场')?.body).toMatch(/^安和市场监管所 应于 .+ 前到场，已超时 10分（东门占道经营）$/)
    expect(store.recent).toHaveLength(2)

    store.start()
    await store.check()
    expect(holder.notes).toHaveLength(2)
  })
})
