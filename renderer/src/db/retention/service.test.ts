import { describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/domain/calendar'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import { caseWorld } from '../cases/fixture'
import { createAuditService } from '../audit/service'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { createRetentionService } from './service'

const HOUR = 3_600_000

async function world() {
  const db = freshDb()
  const w = await caseWorld(db)
  const retention = createRetentionService(db)
  const closedCase = async (title: string) => {
    const c = await w.services.cases.intake(w.communityId, w.intake({ title }), ctxAt(T0))
    await w.services.cases.act(c.id, { type: 'sign' }, ctxAt(T0 + HOUR))
    await w.services.cases.act(c.id, { type: 'reply', reply: '已协调清理' }, ctxAt(T0 + 2 * HOUR))
    return w.services.cases.act(c.id, { type: 'close' }, ctxAt(T0 + 3 * HOUR))
  }
  const old = await closedCase('小区东门外占道经营')
  const open = await w.services.cases.intake(w.communityId, w.intake({ title: '楼道堆物' }), ctxAt(T0))
  await retention.setDays(180, ctxAt(T0))
  return { db, w, retention, old, open }
}

const LATER = T0 + 200 * DAY_MS

describe('retention service', () => {
  it('lists nothing while the data is kept for ever', async () => {
    const { retention } = await world()
    await retention.setDays(null, ctxAt(T0))
    expect(await retention.review('any', LATER)).toEqual({ days: null, cutoff: null, cases: [] })
  })

  it('lists closed cases past the days that still hold personal data', async () => {
    const { w, retention, old } = await world()
    expect((await retention.review(w.communityId, T0 + 100 * DAY_MS)).cases).toEqual([])
    const review = await retention.review(w.communityId, LATER)
    expect(review.cases.map((c) => c.id)).toEqual([old.id])
    expect(old.status).toBe('已办结')
  })

  it('purges name, phone and hash in the case and its events, with outbox entries, audited, and keeps the rollups', async () => {
    const { db, w, retention, old } = await world()
    const rollupsBefore = await db.table('rollup').toArray()
    const outboxBefore = await db.outbox.count()
    expect(await retention.purge(w.communityId, [old.id], '超过保存期限，按规定清除', ctxAt(LATER))).toBe(1)
    const row = (await db.case.get(old.id))!
    expect(row).toMatchObject({ callerName: '已脱敏', callerPhone: '已脱敏', status: '已办结', title: '小区东门外占道经营' })
    expect(row.callerPhoneHash).toBeUndefined()
    const events = await db.caseEvent.where('caseId').equals(old.id).toArray()
    expect(JSON.stringify(events)).not.toMatch(/王秀英|1381234|138 1234/)
    expect(await db.outbox.count()).toBeGreaterThan(outboxBefore)
    expect(await db.table('rollup').toArray()).toEqual(rollupsBefore)
    expect((await retention.review(w.communityId, LATER)).cases).toEqual([])
    const [entry] = await createAuditService(db).list(w.communityId, { action: 'purge' })
    expect(entry).toMatchObject({ reason: '超过保存期限，按规定清除' })
    expect(entry.target).toContain('1 件')
  })

  it('refuses a purge without a reason, or of a case not past retention, writing nothing', async () => {
    const { db, w, retention, old, open } = await world()
    const before = await counts(db, 'outbox', 'auditEntry')
    await expect(retention.purge(w.communityId, [old.id], ' ', ctxAt(LATER))).rejects.toBeInstanceOf(ValidationError)
    await expect(retention.purge(w.communityId, [old.id, open.id], '清除', ctxAt(LATER))).rejects.toBeInstanceOf(RefusedError)
    await expect(retention.purge(w.communityId, [old.id], '清除', ctxAt(T0 + 10 * DAY_MS))).rejects.toThrow('未到保存期限')
    expect(await counts(db, 'outbox', 'auditEntry')).toEqual(before)
    expect((await db.case.get(old.id))!.callerName).toBe('王秀英')
  })

  it('refuses retention days outside the limits', async () => {
    const { retention } = await world()
    await expect(retention.setDays(7, ctxAt(T0))).rejects.toThrow('保存期限须为 30 到 3650')
    expect(await retention.days()).toBe(180)
  })
})
