import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeskDB } from '../database'
import { loadDemoCommunity } from '../setup'
import { T0, ctxAt, freshDb } from '../testing'
import { createMeetingService } from './service'

let db: DeskDB
let communityId: string
beforeAll(async () => {
  db = freshDb()
  communityId = (await loadDemoCommunity(db, { now: T0 })).id
}, 60_000)
afterAll(() => db.delete())

describe('the demo community’s 议事协商', () => {
  it('loads meetings, topics, votes and resolutions that the service reads, with their outbox entries', async () => {
    const service = createMeetingService(db)
    const meetings = await service.meetings(communityId)
    expect(meetings.length).toBeGreaterThan(48)
    expect(await db.outbox.where('table').equals('meeting').count()).toBe(meetings.length)
    const overdue = await service.overdueActions(communityId, T0)
    expect(overdue.length).toBeGreaterThanOrEqual(2)
    expect(overdue.length).toBeLessThanOrEqual(3)
    const pool = await service.proposals(communityId)
    expect(pool.filter((p) => p.status === '待筛选').length).toBeGreaterThan(0)
    expect((await service.allResolutions(communityId)).length).toBeGreaterThan(50)
  })

  it('lets a demo topic that came from a case close that case through a follow-up action', async () => {
    const service = createMeetingService(db)
    const rows = await service.allResolutions(communityId)
    const open = rows.find(({ resolution }) => resolution.caseIds.length > 0 && resolution.actions.some((a) => a.status !== '已完成' && a.status !== '已终止'))
    expect(open).toBeDefined()
    const { resolution } = open!
    const action = resolution.actions.find((a) => a.status !== '已完成' && a.status !== '已终止')!
    const result = await service.completeAction(resolution.id, action.id, { closeCases: true }, ctxAt(T0 + 60_000))
    expect(result.closedCaseIds.length + result.skipped.length).toBe(resolution.caseIds.length)
    for (const id of result.closedCaseIds) expect((await db.case.get(id))!.status).toBe('已办结')
  })
})
