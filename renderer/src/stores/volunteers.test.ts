import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { User } from '@shared/domain/org'
import type { DeskDB } from '../db'
import { createAuditService } from '../db/audit/service'
import { createMeetingService } from '../db/meetings/service'
import { counts, freshDb } from '../db/testing'
import { volunteerWorld } from '../db/volunteers/fixture'
import { weekStartOf } from '../features/volunteers/weekGrid'
import { useSessionStore } from './session'
import { signInForTest } from './testing'
import { useVolunteersStore } from './volunteers'

// The store's default database and services, sent to a fresh test database.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  return { ...real, db: () => holder.db as DeskDB, repos: () => real.repositoriesFor(holder.db as DeskDB) }
})
vi.mock('../db/volunteers', async () => {
  const real = await vi.importActual<typeof import('../db/volunteers/service')>('../db/volunteers/service')
  return { volunteerService: () => real.createVolunteerService(holder.db as DeskDB) }
})

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 3000) throw new Error('the live list did not catch up')
    await new Promise((r) => setTimeout(r, 10))
  }
}

const H = 3_600_000
let w: Awaited<ReturnType<typeof volunteerWorld>>

beforeEach(async () => {
  holder.db = freshDb()
  w = await volunteerWorld(holder.db)
  signInForTest(w.communityId)
})
afterEach(() => holder.db?.delete())

const actAs = (roles: User['roles']) => (useSessionStore().user = { id: 'U2', name: '王芳', roles } as unknown as User)

describe('useVolunteersStore', () => {
  it('refuses every write to an account without 小巷管家管理, and writes nothing', async () => {
    actAs(['clerk'])
    const store = useVolunteersStore()
    const before = await counts(holder.db!, 'volunteer', 'person', 'shift', 'patrol', 'pointsEntry', 'setting', 'outbox')
    const refusal = /当前账号（接诉即办专员）没有“小巷管家管理”权限/
    await expect(store.register({ person: { name: '赵敏' }, placeIds: [], skills: [], since: '2026-03-01', status: '在岗' })).rejects.toThrow(refusal)
    await expect(store.updateVolunteer(w.zhang.id, { status: '退出' })).rejects.toThrow(refusal)
    await expect(store.addShift({ placeId: w.places[0].id, start: Date.now(), end: Date.now() + H, needed: 1 })).rejects.toThrow(refusal)
    await expect(store.award({ volunteerId: w.zhang.id, points: 10, reason: '扫雪' })).rejects.toThrow(refusal)
    await expect(store.saveChecklist(['无占道经营'])).rejects.toThrow(refusal)
    expect(await counts(holder.db!, 'volunteer', 'person', 'shift', 'patrol', 'pointsEntry', 'setting', 'outbox')).toEqual(before)
  })

  it('lets a 志愿者协调员 register a volunteer, and the coverage follows at once', async () => {
    actAs(['coordinator'])
    const store = useVolunteersStore()
    const square = w.places[2]
    await until(() => store.coverage.places.length === 3)
    expect(store.coverage.places.find((p) => p.placeId === square.id)?.volunteerIds).toEqual([])

    const made = await store.register({ person: { name: '赵敏', phone: '13700001111' }, placeIds: [square.id, w.places[0].id], skills: ['文明劝导'], since: '2026-03-01', status: '在岗' })
    await until(() => store.volunteers.length === 3)
    await until(() => (store.coverage.places.find((p) => p.placeId === square.id)?.volunteerIds.length ?? 0) > 0)
    expect(store.coverage.places.find((p) => p.placeId === square.id)?.volunteerIds).toEqual([made.id])
  })

  it('shows the week on screen with its gaps closing as people are assigned, and refuses a double booking', async () => {
    const store = useVolunteersStore()
    const now = Date.now()
    store.weekStart = weekStartOf(now)
    const start = store.weekStart + 2 * 24 * H + 8 * H
    const shift = await store.addShift({ placeId: w.places[0].id, start, end: start + 2 * H, needed: 2 })
    await until(() => store.week.length === 1)
    expect(store.week[0].gap).toBe(2)

    await store.assign(shift.id, w.zhang.id, '指派')
    await store.assign(shift.id, w.li.id, '报名')
    await until(() => store.week[0]?.gap === 0)
    expect(store.week[0].filled).toBe(2)

    const other = await store.addShift({ placeId: w.places[1].id, start: start + H, end: start + 3 * H, needed: 1 })
    await expect(store.assign(other.id, w.zhang.id, '指派')).rejects.toThrow(/张秀英已排在.*时间重叠/)

    store.weekStart += 7 * 24 * H
    await until(() => store.week.length === 0)
  })

  it('lists a patrol with the state of the case its finding became', async () => {
    const store = useVolunteersStore()
    const end = Date.now() - 10 * 60_000
    const patrol = await store.recordPatrol({
      volunteerId: w.zhang.id,
      placeId: w.places[0].id,
      startedAt: end - 2 * H,
      endedAt: end,
      checklist: { 无占道经营: false },
      findings: [{ type: '占道经营', text: '东门早点摊占用人行道', handling: '待处理' }]
    })
    const intake = await store.findingIntake(patrol.id, patrol.findings[0].id)
    expect(intake.source).toBe('小巷管家上报')
    const { case: made } = await store.findingToCase(patrol.id, patrol.findings[0].id, intake)
    await until(() => store.patrols.cases[made.id] !== undefined)
    expect(store.patrols.patrols[0].findings[0]).toMatchObject({ handling: '转为工单', caseId: made.id })
    expect(store.patrols.cases[made.id].status).toBe(made.status)

    const ledger = await store.ledger(w.zhang.id)
    expect(ledger.map((e) => e.rule).sort()).toEqual(['巡查时长', '有效发现'])
  })

  it('credits a volunteer signed in at a meeting when the points are settled, with the line in the ledger', async () => {
    const store = useVolunteersStore()
    const meetings = createMeetingService(holder.db!)
    const at = Date.now() - 2 * H
    const ctx = { now: at, deviceId: 'devA', actor: 'U1' }
    const meeting = await meetings.create(w.communityId, { type: '小院议事厅', title: '银杏胡同停车议事', at, location: '社区小院', invitees: [] }, ctx)
    await meetings.signIn(meeting.id, { name: '张秀英', role: '志愿者', personId: w.zhang.personId, at }, ctx)
    await until(() => store.volunteers.length === 2)
    expect(await store.ledger(w.zhang.id)).toEqual([])

    await store.settleMeetings()
    await store.settleMeetings()
    const ledger = await store.ledger(w.zhang.id)
    expect(ledger.map((e) => [e.rule, e.points, e.note, e.sourceId])).toEqual([['参加议事', 3, '银杏胡同停车议事', meeting.id]])
    await until(() => store.volunteers.find((v) => v.volunteer.id === w.zhang.id)?.points === 3)
    expect(await store.ledger(w.li.id)).toEqual([])
  })

  it('writes a deleted shift and a place taken off a volunteer to the audit log, under the signed-in account', async () => {
    const store = useVolunteersStore()
    store.weekStart = weekStartOf(Date.now())
    const start = store.weekStart + 3 * 24 * H + 14 * H
    const shift = await store.addShift({ placeId: w.places[2].id, start, end: start + 2 * H, needed: 1 })
    await store.removeShift(shift.id)
    await store.updateVolunteer(w.li.id, { placeIds: [] })
    const log = await createAuditService(holder.db!).list(w.communityId, { action: 'delete' })
    expect(log.map((e) => [e.target.split(' ')[0], e.reason, e.actor])).toEqual([
      ['小巷管家', '移出负责点位：银杏胡同', 'U1'],
      ['班次', '删除班次', 'U1']
    ])
    expect(log[1].target).toMatch(/^班次 安和广场 \d{4}-\d{2}-\d{2} 14:00–16:00$/)
  })
})
