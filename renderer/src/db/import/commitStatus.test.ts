import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mapWorkOrderSheet } from '@shared/io/import12345'
import type { DeskDB } from '../database'
import { T0, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from '../cases/fixture'
import { commitImport, planImport } from './index'

let db: DeskDB
let w: CaseWorld
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
})
afterEach(() => db.delete())

const H = 3_600_000
const HEADER = ['工单编号', '来电时间', '主要内容', '工单状态', '签收时间', '办结时间', '回复内容', '办理结果', '是否联系', '是否解决', '是否满意']
const stamp = (ms: number) => new Date(ms + 8 * H).toISOString().slice(0, 16).replace('T', ' ')
const RECEIVED = T0 - 50 * H
const row = (no: string, status: string, more: { signed?: number; closed?: number; callback?: string[] } = {}) => [
  no, stamp(RECEIVED), '西门路灯不亮', status, more.signed ? stamp(more.signed) : '', more.closed ? stamp(more.closed) : '',
  more.closed ? '已更换灯泡' : '', more.closed ? '已解决' : '', ...(more.callback ?? ['', '', ''])
]
const sheet = (rows: unknown[][]) => mapWorkOrderSheet([HEADER, ...rows], { now: T0 })

async function existing(no: string) {
  const ctx = ctxAt(RECEIVED + H)
  return w.services.cases.intake(w.communityId, w.intake({ source: '12345派单', orderNo: no, content: '西门路灯不亮', receivedAt: RECEIVED }, RECEIVED + H), ctx)
}

describe('12345 import of the platform’s 工单状态', () => {
  it('a new case imported as 已办结 gets sign → reply → close at the file’s times, then its callback', async () => {
    const result = await commitImport(db, w.communityId, sheet([row('GD1', '已办结', { signed: RECEIVED + H, closed: RECEIVED + 30 * H, callback: ['是', '是', '满意'] })]), ctxAt(T0))
    const id = result.created[0]
    const events = await w.services.cases.events(id)
    expect(events.map((e) => [e.type, e.at])).toEqual([
      ['intake', RECEIVED], ['sign', RECEIVED + H], ['contact', RECEIVED + H], ['reply', RECEIVED + 30 * H], ['close', RECEIVED + 30 * H], ['callback', T0]
    ])
    expect(await w.services.cases.get(id)).toMatchObject({ status: '已办结', signedAt: RECEIVED + H, closedAt: RECEIVED + 30 * H, reply: '已更换灯泡', result: '已解决' })
  })

  it('an update whose status moved forward appends the missing events after an import event', async () => {
    const old = await existing('GD2')
    const before = await w.services.cases.events(old.id)
    const plan = await planImport(db, w.communityId, sheet([row('GD2', '已办结', { closed: T0 - 2 * H })]), T0)
    expect(plan.rows[0]).toMatchObject({ kind: 'updated', changes: ['工单状态'], status: 'forward' })
    expect(plan.statusNotes[0].note).toContain('待签收 → 已办结')
    await commitImport(db, w.communityId, sheet([row('GD2', '已办结', { closed: T0 - 2 * H })]), ctxAt(T0))
    const events = await w.services.cases.events(old.id)
    expect(events.slice(0, before.length).map((e) => e.id)).toEqual(before.map((e) => e.id))
    expect(events.slice(before.length).map((e) => e.type)).toEqual(['import', 'sign', 'reply', 'close'])
    expect(events[before.length].payload).toMatchObject({ changed: ['工单状态'], status: ['待签收', '已办结'] })
    expect(await w.services.cases.get(old.id)).toMatchObject({ status: '已办结', closedAt: T0 - 2 * H })
  })

  it('never moves a case backwards: the local later state wins and the preview says so', async () => {
    const old = await existing('GD3')
    await w.services.cases.act(old.id, { type: 'sign' }, ctxAt(RECEIVED + 2 * H))
    await w.services.cases.act(old.id, { type: 'reply', reply: '已修复' }, ctxAt(RECEIVED + 3 * H))
    const plan = await planImport(db, w.communityId, sheet([row('GD3', '办理中')]), T0)
    expect(plan.counts).toMatchObject({ updated: 0, unchanged: 1 })
    expect(plan.statusNotes).toEqual([{ row: 2, orderNo: 'GD3', kind: 'behind', note: expect.stringContaining('以本地为准') }])
    const eventsBefore = await w.services.cases.events(old.id)
    await commitImport(db, w.communityId, sheet([row('GD3', '办理中')]), ctxAt(T0))
    expect(await w.services.cases.events(old.id)).toHaveLength(eventsBefore.length)
    expect((await w.services.cases.get(old.id))?.status).toBe('已反馈')
  })

  it('a status the case machine cannot reach from the local one is a conflict, and the rest still imports', async () => {
    const old = await existing('GD4')
    await w.services.cases.act(old.id, { type: 'sign' }, ctxAt(RECEIVED + 2 * H))
    await w.services.cases.act(old.id, { type: 'reply', reply: '已修复' }, ctxAt(RECEIVED + 3 * H))
    const rows = [row('GD4', '退单'), row('GD5', '办理中', { signed: RECEIVED + 4 * H })]
    const plan = await planImport(db, w.communityId, sheet(rows), T0)
    expect(plan.statusNotes.map((n) => [n.orderNo, n.kind])).toEqual([['GD4', 'blocked']])
    const result = await commitImport(db, w.communityId, sheet(rows), ctxAt(T0))
    expect((await w.services.cases.get(old.id))?.status).toBe('已反馈')
    expect(await w.services.cases.get(result.created[0])).toMatchObject({ status: '办理中', signedAt: RECEIVED + 4 * H })
  })
})
