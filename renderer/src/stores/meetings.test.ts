import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { User } from '@shared/domain/org'
import type { DeskDB } from '../db'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { createAuditService } from '../db/audit/service'
import { createMeetingService } from '../db/meetings/service'
import { freshDb } from '../db/testing'
import { useMeetingsStore } from './meetings'
import { useSessionStore } from './session'
import { signInForTest } from './testing'

// The store's default database and services, sent to a fresh test database.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  return { ...real, repos: () => real.repositoriesFor(holder.db as DeskDB), caseService: () => real.createCaseServices(holder.db as DeskDB).cases }
})
vi.mock('../db/meetings', async () => {
  const real = await vi.importActual<typeof import('../db/meetings')>('../db/meetings')
  return { ...real, meetingService: () => createMeetingService(holder.db as DeskDB) }
})

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 2000) throw new Error('the live list did not catch up')
    await new Promise((r) => setTimeout(r, 10))
  }
}

let w: CaseWorld
const micro = { source: '微提案' as const, title: '3号楼南侧增设车棚', content: '电动车无处停放，建议在南侧空地增设车棚。', proposerName: '赵淑兰', budget: 28000 }

beforeEach(async () => {
  holder.db = freshDb()
  w = await caseWorld(holder.db)
  signInForTest(w.communityId)
})
afterEach(() => holder.db?.delete())

describe('useMeetingsStore', () => {
  it('shows a new 微提案 in the pool, screens it and puts it on a meeting agenda', async () => {
    const store = useMeetingsStore()
    const p = await store.propose(micro)
    await until(() => store.proposals.length === 1)
    expect(store.proposals[0]).toMatchObject({ title: '3号楼南侧增设车棚', status: '待筛选', source: '微提案' })

    await store.screen(p.id, { accept: true })
    const meeting = await store.create({ type: '小院议事厅', title: '车棚议事会', at: Date.now() + 86_400_000, location: '3号楼前', invitees: [] })
    await store.setAgenda(meeting.id, [{ proposalId: p.id, minutes: 20 }])
    store.open(meeting.id)
    await until(() => store.meeting?.agenda.length === 1 && store.proposals[0].status === '已上会')
    expect(store.meeting?.agenda[0]).toMatchObject({ title: '3号楼南侧增设车棚', minutes: 20, proposalId: p.id })
    await until(() => store.meetings.length === 1)
  })

  it('refuses every write, in Chinese and before anything is saved, for an account without 议事协商管理', async () => {
    const store = useMeetingsStore()
    const session = useSessionStore()
    session.user = { id: 'U2', name: '周敏', roles: ['clerk'] } as unknown as User
    expect(store.canEdit()).toBe(false)
    await expect(store.propose(micro)).rejects.toThrow('当前账号（接诉即办专员）没有“议事协商管理”权限，请联系管理员')
    await expect(store.create({ type: '居民恳谈会', title: '恳谈会', at: Date.now(), location: '活动室', invitees: [] })).rejects.toThrow(/议事协商管理/)
    await expect(store.proposeFromCase('any')).rejects.toThrow(/议事协商管理/)
    expect(await createMeetingService(holder.db as DeskDB).proposals(w.communityId)).toEqual([])
    expect(await createMeetingService(holder.db as DeskDB).meetings(w.communityId)).toEqual([])

    // the facilitator role may
    session.user = { id: 'U3', name: '刘厅长', roles: ['facilitator'] } as unknown as User
    await store.propose(micro)
    expect(await createMeetingService(holder.db as DeskDB).proposals(w.communityId)).toHaveLength(1)
  })

  it('writes a deleted sign-in to the audit log, with the name masked, and nothing when the deletion is refused', async () => {
    const store = useMeetingsStore()
    const log = () => createAuditService(holder.db as DeskDB).list(w.communityId)
    const meeting = await store.create({ type: '居民恳谈会', title: '车棚恳谈会', at: Date.now(), location: '活动室', invitees: [] })
    const signed = await store.signIn(meeting.id, { name: '王秀英', role: '居民代表', at: Date.now() })
    const line = signed.attendance[0]

    await expect(store.removeAttendance(meeting.id, 'no-such-line')).rejects.toThrow('找不到这条签到记录')
    expect(await log()).toEqual([])

    expect((await store.removeAttendance(meeting.id, line.id)).attendance).toEqual([])
    expect(await log()).toMatchObject([
      { action: 'delete', target: `meeting:${meeting.id}`, reason: '删除“车棚恳谈会”的签到记录：王**（居民代表）', actor: 'U1' }
    ])
  })
})
