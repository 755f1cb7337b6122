import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseBase, projectCaseRow } from '@shared/domain/caseRow'
import { sortCaseEvents } from '@shared/domain/caseProjection'
import { phoneHash } from '@shared/domain/phone'
import type { DeskDB } from '../database'
import { loadDemoCommunity } from '../setup'
import { T0, ctxAt, freshDb } from '../testing'
import { createCaseServices } from './index'

let db: DeskDB
let communityId: string
let loadMs: number
beforeAll(async () => {
  db = freshDb()
  const started = performance.now()
  communityId = (await loadDemoCommunity(db, { now: T0 })).id
  loadMs = performance.now() - started
}, 60_000)
afterAll(() => db.delete())

describe('loadDemoCommunity with demo cases', () => {
  it('writes two years of cases, events, callbacks and whistles, each with its outbox entry', async () => {
    // the load time is reported, never asserted: timing belongs in benchmarks
    console.info(`演示社区载入（fake-indexeddb）：${Math.round(loadMs)} ms`)
    const n = { case: await db.case.count(), caseEvent: await db.caseEvent.count(), callback: await db.callback.count(), whistle: await db.whistle.count(), report: await db.whistleReport.count() }
    expect(n.case).toBeGreaterThan(1300)
    expect(n.caseEvent).toBeGreaterThan(n.case * 5)
    expect(n.callback).toBeGreaterThan(n.case * 0.8)
    expect(n.whistle).toBeGreaterThanOrEqual(38)
    expect(await db.outbox.where('table').equals('caseEvent').count()).toBe(n.caseEvent)
  })

  it('hashes callers with this install’s salt, so repeat callers are found', async () => {
    const salt = (await db.setting.get('phoneSalt'))!.value as string
    const sample = (await db.case.where('communityId').equals(communityId).filter((c) => c.callerPhone !== undefined).first())!
    expect(sample.callerPhoneHash).toBe(phoneHash(sample.callerPhone!, salt))
    const services = createCaseServices(db)
    const found = await services.cases.suggestDuplicates(communityId, { callerPhone: sample.callerPhone, receivedAt: T0 }, T0)
    expect(found.some((s) => s.case.id === sample.id)).toBe(true)
  })

  it('gives rows the services keep working on: an open case re-projects to the same row, and takes the next action', async () => {
    const services = createCaseServices(db)
    const open = await services.cases.openCases(communityId)
    const target = open.find((c) => c.status === '办理中')!
    const events = await services.cases.events(target.id)
    expect(events).toEqual(sortCaseEvents(events))
    expect(target).toMatchObject(projectCaseRow(caseBase(target), events, { now: T0 }))
    const replied = await services.cases.act(target.id, { type: 'reply', reply: '已处理完毕' }, ctxAt(T0 + 60_000))
    expect(replied.status).toBe('已反馈')
    expect((await services.callbacks.queue(communityId)).map((q) => q.case.id)).toContain(target.id)
    expect((await services.whistles.list(communityId, { open: true })).length).toBeGreaterThanOrEqual(1)
    expect((await services.whistles.lateReports(communityId, T0)).length).toBeGreaterThanOrEqual(1)
  })
})
