import { describe, expect, it } from 'vitest'
import { GENESIS_HASH } from '@shared/domain/audit'
import { ValidationError } from '@shared/domain/errors'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { repositoriesFor } from '../repositories'
import { createAuditService } from './service'

async function logOf(n: number) {
  const db = freshDb()
  const audit = createAuditService(db)
  for (let i = 0; i < n; i++) {
    await audit.record('C1', { action: i % 2 ? 'unmask' : 'signIn', target: `case:${i}`, reason: i % 2 ? '回访需要' : undefined }, ctxAt(T0 + i * 1000, 'devA', i % 2 ? 'U2' : 'U1'))
  }
  return { db, audit }
}

describe('audit service', () => {
  it('links each entry to the one before it and writes an outbox change with it', async () => {
    const { db, audit } = await logOf(3)
    const rows = await db.auditEntry.orderBy('seq').toArray()
    expect(rows[0].prevHash).toBe(GENESIS_HASH)
    expect(rows[1].prevHash).toBe(rows[0].hash)
    expect(rows[2].prevHash).toBe(rows[1].hash)
    expect(await counts(db, 'auditEntry', 'outbox')).toEqual({ auditEntry: 3, outbox: 3 })
    expect(await audit.verify('C1')).toEqual({ ok: true, count: 3 })
  })

  it('keeps one chain per community', async () => {
    const { audit } = await logOf(2)
    const other = await audit.record('C2', { action: 'signIn', target: 'user:U9' }, ctxAt(T0))
    expect(other.prevHash).toBe(GENESIS_HASH)
    expect(await audit.verify('C2')).toEqual({ ok: true, count: 1 })
  })

  it('names the tampered entry when one field of it was changed', async () => {
    const { db, audit } = await logOf(4)
    const second = (await db.auditEntry.orderBy('seq').toArray())[1]
    await db.auditEntry.update(second.seq, { reason: '随便看看' })
    const verdict = await audit.verify('C1')
    expect(verdict).toMatchObject({ ok: false, brokenSeq: second.seq })
    expect(verdict.ok === false && verdict.message).toContain(`第 ${second.seq} 条`)
  })

  it('names the entry after a deleted one', async () => {
    const { db, audit } = await logOf(4)
    const rows = await db.auditEntry.orderBy('seq').toArray()
    await db.auditEntry.delete(rows[1].seq)
    expect(await audit.verify('C1')).toMatchObject({ ok: false, brokenSeq: rows[2].seq })
  })

  it('lists newest first and filters by time, actor and action', async () => {
    const { audit } = await logOf(5)
    expect((await audit.list('C1')).map((e) => e.target)).toEqual(['case:4', 'case:3', 'case:2', 'case:1', 'case:0'])
    expect((await audit.list('C1', { actor: 'U2' })).map((e) => e.target)).toEqual(['case:3', 'case:1'])
    expect((await audit.list('C1', { action: 'signIn', from: T0 + 1000, to: T0 + 4000 })).map((e) => e.target)).toEqual(['case:2'])
  })

  it('refuses an entry without action or target and writes nothing', async () => {
    const { db, audit } = await logOf(0)
    await expect(audit.record('C1', { action: ' ', target: 'x' }, ctxAt())).rejects.toBeInstanceOf(ValidationError)
    expect(await counts(db, 'auditEntry', 'outbox')).toEqual({ auditEntry: 0, outbox: 0 })
  })

  it('writes a change and its entry together, and neither when the entry cannot be written', async () => {
    const { db, audit } = await logOf(0)
    const setting = repositoriesFor(db).setting
    const set = (minutes: number, target: string) =>
      audit.recordWith(['setting'], ctxAt(), async () => {
        await setting.set('security.idleLockMinutes', minutes, ctxAt())
        return { result: minutes, audit: { communityId: 'C1', action: 'settings', target } }
      })
    expect(await set(5, 'setting:security.idleLockMinutes')).toBe(5)
    expect(await audit.list('C1')).toMatchObject([{ action: 'settings', target: 'setting:security.idleLockMinutes' }])

    await expect(set(9, ' ')).rejects.toBeInstanceOf(ValidationError)
    expect(await setting.getOr('security.idleLockMinutes', 0)).toBe(5)
    expect(await counts(db, 'auditEntry')).toEqual({ auditEntry: 1 })
  })

  it('writes no entry for a change that says there is nothing to record', async () => {
    const { db, audit } = await logOf(0)
    expect(await audit.recordWith(['setting'], ctxAt(), async () => ({ result: 'same', audit: null }))).toBe('same')
    expect(await counts(db, 'auditEntry')).toEqual({ auditEntry: 0 })
  })
})
