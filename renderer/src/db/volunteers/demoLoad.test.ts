import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { periodOf, shiftPeriod } from '@shared/domain/period'
import type { DeskDB } from '../database'
import { loadDemoCommunity } from '../setup'
import { T0, ctxAt, freshDb } from '../testing'
import { MONDAY } from './fixture'
import { createVolunteerService } from './service'

let db: DeskDB
let communityId: string
beforeAll(async () => {
  db = freshDb()
  communityId = (await loadDemoCommunity(db, { now: T0 })).id
}, 60_000)
afterAll(() => db.delete())

describe('the demo community\'s 小巷管家', () => {
  it('shows 40 volunteers with their points, and four uncovered places', async () => {
    const service = createVolunteerService(db)
    const views = await service.volunteers(communityId)
    expect(views).toHaveLength(40)
    expect(views.filter((v) => v.points > 0).length).toBeGreaterThan(30)
    const cov = await service.coverage(communityId)
    expect(cov.grids.reduce((n, g) => n + g.uncoveredPlaceIds.length, 0)).toBe(4)
    expect(await service.teams(communityId)).toHaveLength(4)
    expect(await service.partyMembers(communityId)).toHaveLength(10)
  })

  it('has a week with gaps, and a ledger already settled for every past shift', async () => {
    const service = createVolunteerService(db)
    const week = await service.week(communityId, MONDAY)
    expect(week).toHaveLength(8)
    expect(week.some((s) => s.gap > 0)).toBe(true)
    expect(await service.settleShifts(communityId, ctxAt(T0))).toEqual([])
    const stars = await service.monthlyStars(communityId, shiftPeriod(periodOf(T0), -1))
    expect(stars.length).toBeGreaterThan(3)
    expect(stars[0].stars).toBeGreaterThanOrEqual(4)
  })

  it('links findings to the demo\'s own 小巷管家上报 cases and can turn a waiting one into a case', async () => {
    const service = createVolunteerService(db)
    const patrols = await service.patrols(communityId)
    const turned = patrols.flatMap((p) => p.findings).filter((f) => f.caseId)
    const linked = await db.case.bulkGet(turned.map((f) => f.caseId!))
    expect(linked.every((c) => c?.source === '小巷管家上报')).toBe(true)
    const waiting = patrols.find((p) => p.findings.some((f) => f.handling === '待处理'))!
    const finding = waiting.findings.find((f) => f.handling === '待处理')!
    const intake = await service.findingIntake(waiting.id, finding.id)
    const { case: made } = await service.findingToCase(waiting.id, finding.id, intake, ctxAt(T0 + 60_000))
    expect(made).toMatchObject({ source: '小巷管家上报', placeId: intake.placeId, status: '待签收' })
  })
})
