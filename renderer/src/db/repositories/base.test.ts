import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecordNotFoundError, ValidationError } from '@shared/domain/errors'
import { compareHlc } from '@shared/sync/hlc'
import type { DeskDB } from '../database'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { createRepositories, type Repositories } from './index'

let db: DeskDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db)
})
afterEach(() => db.delete())

const unit = { kind: '物业', name: '安和物业服务有限公司', contact: '周明', phone: '010-64012345' } as const

describe('generic repository (units)', () => {
  it('creates with a ULID, stamps and one outbox entry', async () => {
    const row = await repos.unit.create('C1', unit, ctxAt())
    expect(row.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(row).toMatchObject({ ...unit, communityId: 'C1', createdAt: T0, updatedAt: T0 })
    expect(row.hlc).toMatch(/-devA$/)
    expect(row.fieldClocks).toEqual({ kind: row.hlc, name: row.hlc, contact: row.hlc, phone: row.hlc })
    const outbox = await db.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ table: 'unit', recordId: row.id, op: 'put', hlc: row.hlc, at: T0 })
    expect(outbox[0].change).toMatchObject({ name: unit.name, communityId: 'C1' })
  })

  it('keeps an id the caller gives', async () => {
    const row = await repos.unit.create('C1', { ...unit, id: 'U-fixed' }, ctxAt())
    expect(await repos.unit.get('U-fixed')).toEqual(row)
  })

  it('lists a community’s live rows only, oldest first', async () => {
    const a = await repos.unit.create('C1', unit, ctxAt())
    const b = await repos.unit.create('C1', { ...unit, name: '安和派出所', kind: '职能部门' }, ctxAt(T0 + 1))
    await repos.unit.create('C2', unit, ctxAt())
    expect((await repos.unit.list('C1')).map((u) => u.id)).toEqual([a.id, b.id])
    await repos.unit.remove(a.id, ctxAt(T0 + 2))
    expect((await repos.unit.list('C1')).map((u) => u.id)).toEqual([b.id])
  })

  it('updates only changed fields, with a later hlc and one outbox entry', async () => {
    const row = await repos.unit.create('C1', unit, ctxAt())
    // The wall clock went back: the hlc must still move forward.
    const next = await repos.unit.update(row.id, { contact: '刘洋', name: unit.name }, ctxAt(T0 - 60_000))
    expect(compareHlc(next.hlc, row.hlc)).toBe(1)
    expect(next.contact).toBe('刘洋')
    expect(next.fieldClocks).toMatchObject({ contact: next.hlc, name: row.hlc })
    const outbox = await db.outbox.orderBy('seq').toArray()
    expect(outbox).toHaveLength(2)
    expect(outbox[1].change).toEqual({ contact: '刘洋', updatedAt: T0 - 60_000 })
  })

  it('writes nothing for a patch that changes nothing', async () => {
    const row = await repos.unit.create('C1', unit, ctxAt())
    expect(await repos.unit.update(row.id, { name: unit.name }, ctxAt(T0 + 1))).toEqual(row)
    expect(await db.outbox.count()).toBe(1)
  })

  it('tombstones on remove: get hides it, the row stays', async () => {
    const row = await repos.unit.create('C1', unit, ctxAt())
    await repos.unit.remove(row.id, ctxAt(T0 + 5))
    expect(await repos.unit.get(row.id)).toBeUndefined()
    const stored = await db.unit.get(row.id)
    expect(stored?.deletedAt).toBe(T0 + 5)
    const last = await db.outbox.orderBy('seq').last()
    expect(last).toMatchObject({ op: 'delete', recordId: row.id, change: { deletedAt: T0 + 5 } })
    expect(compareHlc(stored!.hlc, row.hlc)).toBe(1)
  })

  it('refuses updating or removing what is gone', async () => {
    const row = await repos.unit.create('C1', unit, ctxAt())
    await repos.unit.remove(row.id, ctxAt())
    await expect(repos.unit.update(row.id, { contact: '刘洋' }, ctxAt())).rejects.toBeInstanceOf(RecordNotFoundError)
    await expect(repos.unit.remove('nope', ctxAt())).rejects.toThrow('找不到这条记录')
  })

  it('refuses invalid input and leaves the tables untouched', async () => {
    const row = await repos.unit.create('C1', unit, ctxAt())
    const before = await counts(db, 'unit', 'outbox')
    await expect(repos.unit.create('C1', { ...unit, name: ' ' }, ctxAt())).rejects.toBeInstanceOf(ValidationError)
    await expect(repos.unit.update(row.id, { phone: '12' }, ctxAt())).rejects.toThrow('联系电话格式不对')
    expect(await counts(db, 'unit', 'outbox')).toEqual(before)
    expect(await repos.unit.get(row.id)).toEqual(row)
  })

  it('serves tables without rules too (SLA rules)', async () => {
    const rule = await repos.slaRule.create(
      'C1',
      { name: '一般诉求', level: '7天', priority: 0, enabled: true, clocks: { sign: { amount: 2, unit: 'hour' }, contact: { amount: 24, unit: 'hour' }, finish: { amount: 7, unit: 'work_day' } } },
      ctxAt()
    )
    expect(await repos.slaRule.list('C1')).toEqual([rule])
  })
})
