import { describe, expect, it } from 'vitest'
import type { BaseRecord } from '../domain/record'
import { changeOf, stampCreate, stampRemove, stampUpdate } from './stamp'

interface Note extends BaseRecord {
  title: string
  tags: string[]
  body?: string
}

const created = stampCreate<Note>({ title: '楼道灯不亮', tags: ['照明'], body: undefined }, 'N1', 'C1', { now: 1000, hlc: 'h1' })

describe('stamp', () => {
  it('stamps a new record and clocks every given field', () => {
    expect(created).toMatchObject({ id: 'N1', communityId: 'C1', createdAt: 1000, updatedAt: 1000, hlc: 'h1' })
    expect(created.fieldClocks).toEqual({ title: 'h1', tags: 'h1' })
  })

  it('clocks only the fields that changed', () => {
    const { next, changed } = stampUpdate(created, { title: '楼道灯不亮', tags: ['照明', '物业'], body: '3 号楼' }, { now: 2000, hlc: 'h2' })
    expect(changed).toEqual(['tags', 'body'])
    expect(next.fieldClocks).toEqual({ title: 'h1', tags: 'h2', body: 'h2' })
    expect(next).toMatchObject({ createdAt: 1000, updatedAt: 2000, hlc: 'h2', body: '3 号楼' })
  })

  it('never patches base fields and unsets a field given as undefined', () => {
    const withBody = stampUpdate(created, { body: '3 号楼' }, { now: 2000, hlc: 'h2' }).next
    const patch = { id: 'X', communityId: 'C9', body: undefined } as Partial<Note>
    const { next, changed } = stampUpdate(withBody, patch, { now: 3000, hlc: 'h3' })
    expect(changed).toEqual(['body'])
    expect(next.id).toBe('N1')
    expect('body' in next).toBe(false)
    expect(changeOf(next, changed)).toEqual({ body: null, updatedAt: 3000 })
  })

  it('tombstones instead of deleting', () => {
    const removed = stampRemove(created, { now: 5000, hlc: 'h5' })
    expect(removed).toMatchObject({ deletedAt: 5000, updatedAt: 5000, hlc: 'h5', title: '楼道灯不亮' })
    expect(removed.fieldClocks?.deletedAt).toBe('h5')
  })

  it('carries the whole record as the change of a create, without the clocks map', () => {
    const change = changeOf(created)
    expect(change).toMatchObject({ id: 'N1', title: '楼道灯不亮', hlc: 'h1' })
    expect(change).not.toHaveProperty('fieldClocks')
  })
})
