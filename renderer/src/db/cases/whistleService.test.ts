import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from './fixture'

let db: DeskDB
let w: CaseWorld
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
})
afterEach(() => db.delete())

const MIN = 60_000
const TABLES = ['whistle', 'whistleReport', 'case', 'caseEvent', 'outbox']

async function blow(minutes?: number) {
  const c = await w.services.cases.intake(w.communityId, w.intake(), ctxAt(T0))
  const input = { type: '群众诉求' as const, issue: '安和里小区东门占道经营', placeId: w.places[0].id, caseIds: [c.id], at: T0 + MIN, unitIds: w.units.map((u) => u.id), arrivalMinutes: minutes }
  return { caseId: c.id, ...(await w.services.whistles.create(w.communityId, input, ctxAt(T0 + MIN))) }
}

describe('whistleService', () => {
  it('creates the whistle, one report per unit with its deadline, and links the case', async () => {
    const { whistle, reports, caseId } = await blow()
    expect(whistle).toMatchObject({ status: '已吹哨', arrivalMinutes: 30, actor: 'tester' })
    expect(reports.map((r) => r.arrivalDeadline)).toEqual([T0 + 31 * MIN, T0 + 31 * MIN])
    const row = (await w.services.cases.get(caseId))!
    expect(row.whistleId).toBe(whistle.id)
    expect((await w.services.cases.events(caseId)).map((e) => e.type)).toEqual(['intake', 'whistle'])
    // the link survives a later re-projection
    expect((await w.services.cases.act(caseId, { type: 'sign' }, ctxAt(T0 + 2 * MIN))).whistleId).toBe(whistle.id)
    expect((await w.services.whistles.list(w.communityId, { open: true })).map((x) => x.id)).toEqual([whistle.id])
  })

  it('refuses a whistle without units or with a zero deadline, writing nothing', async () => {
    const before = await counts(db, ...TABLES)
    const err = await w.services.whistles
      .create(w.communityId, { type: '群众诉求', issue: '', caseIds: [], at: T0, unitIds: [], arrivalMinutes: 0 }, ctxAt(T0))
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).issues.map((i) => i.field)).toEqual(['issue', 'arrivalMinutes', 'unitIds'])
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('refuses a whistle dated before the case it answers was received', async () => {
    const c = await w.services.cases.intake(w.communityId, w.intake(), ctxAt(T0))
    const before = await counts(db, ...TABLES)
    const input = { type: '群众诉求' as const, issue: '东门占道', caseIds: [c.id], at: c.receivedAt - MIN, unitIds: [w.units[0].id] }
    const err = await w.services.whistles.create(w.communityId, input, ctxAt(T0 + MIN)).catch((e: unknown) => e)
    expect((err as ValidationError).issues).toEqual([{ field: 'at', message: expect.stringMatching(/^吹哨时间早于所关联工单的受理时间/) }])
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('records on-time and late arrivals; the first arrival moves the whistle to 处置中', async () => {
    const { whistle, reports } = await blow()
    const first = await w.services.whistles.arrive(reports[0].id, { arrivedAt: T0 + 20 * MIN, peopleSent: 3 }, ctxAt(T0 + 20 * MIN))
    expect(first).toMatchObject({ onTime: true, peopleSent: 3 })
    expect((await w.services.whistles.get(whistle.id))!.whistle.status).toBe('处置中')
    expect((await w.services.whistles.lateReports(w.communityId, T0 + 40 * MIN)).map((l) => l.report.id)).toEqual([reports[1].id])
    const late = await w.services.whistles.arrive(reports[1].id, { arrivedAt: T0 + 45 * MIN }, ctxAt(T0 + 45 * MIN))
    expect(late.onTime).toBe(false)
    expect((await w.services.whistles.lateReports(w.communityId, T0 + 50 * MIN)).map((l) => l.report.id)).toEqual([reports[1].id])
    await expect(w.services.whistles.arrive(reports[1].id, { arrivedAt: T0 + 46 * MIN }, ctxAt(T0 + 46 * MIN))).rejects.toThrow('该单位已登记报到')
  })

  it('completes only when every unit has arrived and reported a result', async () => {
    const { whistle, reports } = await blow()
    await w.services.whistles.arrive(reports[0].id, { arrivedAt: T0 + 10 * MIN }, ctxAt(T0 + 10 * MIN))
    await w.services.whistles.report(reports[0].id, { actions: '现场劝离摊贩', result: '已清理', rating: '好' }, ctxAt(T0 + 60 * MIN))
    await expect(w.services.whistles.complete(whistle.id, '已处置', ctxAt(T0 + 61 * MIN))).rejects.toThrow('尚未报到：安和物业服务有限公司')
    await expect(w.services.whistles.report(reports[1].id, { result: '已处理' }, ctxAt(T0 + 61 * MIN))).rejects.toThrow('尚未报到')
    await w.services.whistles.arrive(reports[1].id, { arrivedAt: T0 + 50 * MIN }, ctxAt(T0 + 62 * MIN))
    await expect(w.services.whistles.complete(whistle.id, '已处置', ctxAt(T0 + 63 * MIN))).rejects.toThrow('尚未填写处置结果：安和物业服务有限公司')
    await w.services.whistles.report(reports[1].id, { result: '已安排保安值守' }, ctxAt(T0 + 64 * MIN))
    const done = await w.services.whistles.complete(whistle.id, '摊点已取缔，物业每日巡查', ctxAt(T0 + 65 * MIN))
    expect(done).toMatchObject({ status: '已完成', summary: '摊点已取缔，物业每日巡查' })
    await expect(w.services.whistles.cancel(whistle.id, '误报', ctxAt(T0 + 66 * MIN))).rejects.toThrow(RefusedError)
    expect(await w.services.whistles.list(w.communityId, { open: true })).toEqual([])
  })

  it('cancels an open whistle with a reason', async () => {
    const { whistle } = await blow(15)
    await expect(w.services.whistles.cancel(whistle.id, ' ', ctxAt(T0 + 2 * MIN))).rejects.toThrow('撤销吹哨须填写原因')
    const cancelled = await w.services.whistles.cancel(whistle.id, '问题已由物业自行解决', ctxAt(T0 + 2 * MIN))
    expect(cancelled.status).toBe('已撤销')
  })
})
