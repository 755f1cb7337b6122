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

const HOUR = 3_600_000
const TABLES = ['case', 'caseEvent', 'callback', 'outbox']

/** A case taken to 已反馈 at `repliedAt`. */
async function replied(title: string, repliedAt: number) {
  const { id } = await w.services.cases.intake(w.communityId, w.intake({ title }), ctxAt(T0))
  await w.services.cases.act(id, { type: 'sign' }, ctxAt(T0 + 1000))
  return w.services.cases.act(id, { type: 'reply', reply: '已协调清理' }, ctxAt(repliedAt))
}

describe('callbackService', () => {
  it('queues replied cases without a callback, oldest reply first', async () => {
    const later = await replied('后反馈的工单', T0 + 5 * HOUR)
    const earlier = await replied('先反馈的工单', T0 + 2 * HOUR)
    await w.services.cases.intake(w.communityId, w.intake({ title: '未反馈的工单' }), ctxAt(T0))
    const queue = await w.services.callbacks.queue(w.communityId)
    expect(queue.map((q) => q.case.id)).toEqual([earlier.id, later.id])
    expect(queue[0].callback).toBeUndefined()
  })

  it('records attempts in time order, refused on a case not yet replied', async () => {
    const row = await replied('占道经营', T0 + HOUR)
    await w.services.callbacks.recordAttempt(row.id, { at: T0 + 3 * HOUR, channel: '电话', reached: true }, ctxAt(T0 + 3 * HOUR))
    const cb = await w.services.callbacks.recordAttempt(row.id, { at: T0 + 2 * HOUR, channel: '短信', reached: false, note: '无人接听' }, ctxAt(T0 + 3 * HOUR))
    expect(cb.attempts.map((a) => a.channel)).toEqual(['短信', '电话'])
    expect(cb).toMatchObject({ caseId: row.id, origin: 'local' })
    expect(await db.callback.count()).toBe(1)
    const fresh = await w.services.cases.intake(w.communityId, w.intake(), ctxAt(T0))
    await expect(w.services.callbacks.recordAttempt(fresh.id, { at: T0, channel: '电话', reached: true }, ctxAt(T0))).rejects.toThrow(RefusedError)
    await expect(w.services.callbacks.recordAttempt(row.id, { at: T0 + 9 * HOUR, channel: '电话', reached: true }, ctxAt(T0 + 3 * HOUR))).rejects.toThrow('回访时间不能晚于现在')
  })

  it('writes the result and the case callback event together; 不满意 makes the case reopenable', async () => {
    const row = await replied('占道经营', T0 + HOUR)
    const { callback, case: after } = await w.services.callbacks.recordResult(
      row.id,
      { valid: true, contacted: true, resolved: false, satisfaction: '不满意', summary: '商贩仍在' },
      ctxAt(T0 + 4 * HOUR)
    )
    expect(callback).toMatchObject({ valid: true, contacted: true, resolved: false, firstSatisfaction: '不满意', finalSatisfaction: '不满意', completedAt: T0 + 4 * HOUR })
    expect(after).toMatchObject({ reopenable: true, callbackSummary: '商贩仍在', callback: { satisfaction: '不满意' } })
    expect(after.callbackDue).toBeUndefined()
    expect(await w.services.callbacks.queue(w.communityId)).toEqual([])
    expect((await w.services.cases.events(row.id)).at(-1)?.type).toBe('callback')

    // 重办, a new reply: back in the queue; the second result keeps the first satisfaction
    await w.services.cases.act(row.id, { type: 'reopen', reason: '来电人不满意' }, ctxAt(T0 + 5 * HOUR))
    await w.services.cases.act(row.id, { type: 'reply', reply: '执法队已取缔摊点' }, ctxAt(T0 + 8 * HOUR))
    expect((await w.services.callbacks.queue(w.communityId)).map((q) => q.case.id)).toEqual([row.id])
    const second = await w.services.callbacks.recordResult(row.id, { valid: true, contacted: true, resolved: true, satisfaction: '满意' }, ctxAt(T0 + 9 * HOUR))
    expect(second.callback).toMatchObject({ firstSatisfaction: '不满意', finalSatisfaction: '满意', resolved: true })
    expect(second.case.reopenable).toBe(false)
  })

  it('refuses a result the case state or the form does not allow, writing nothing', async () => {
    const fresh = await w.services.cases.intake(w.communityId, w.intake(), ctxAt(T0))
    const before = await counts(db, ...TABLES)
    await expect(w.services.callbacks.recordResult(fresh.id, { valid: true, contacted: true, resolved: true, satisfaction: '满意' }, ctxAt(T0 + HOUR))).rejects.toThrow(
      '当前状态为“待签收”，不能回访'
    )
    const row = await replied('占道经营', T0 + HOUR)
    const mid = await counts(db, ...TABLES)
    const err = await w.services.callbacks.recordResult(row.id, { valid: true, contacted: true, resolved: true }, ctxAt(T0 + 2 * HOUR)).catch((e: unknown) => e)
    expect((err as ValidationError).issues).toEqual([{ field: 'satisfaction', message: '有效回访须选择满意度（满意、基本满意或不满意）' }])
    expect(await counts(db, ...TABLES)).toEqual(mid)
    // The caller may say nobody contacted them and still be satisfied with the result.
    const notContacted = await w.services.callbacks.recordResult(row.id, { valid: true, contacted: false, resolved: true, satisfaction: '满意' }, ctxAt(T0 + 3 * HOUR))
    expect(notContacted.case.callback).toMatchObject({ contacted: false, satisfaction: '满意' })
    expect(mid.callback).toBe(before.callback)
  })
})
