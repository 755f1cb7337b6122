import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DeskDB } from './database'
import { counts, ctxAt, freshDb } from './testing'
import { createRepositories, type Repositories } from './repositories'

let db: DeskDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db)
})
afterEach(() => db.delete())

const ctx = ctxAt()

describe('a write spanning several repositories', () => {
  it('is all or nothing: a refused step undoes the steps before it', async () => {
    const kept = await repos.grid.create('C1', { code: 'WG-01', name: '第一网格', gridWorkers: [] }, ctx)
    const before = await counts(db, 'grid', 'place', 'outbox')
    const attempt = db.transaction('rw', db.grid, db.place, db.outbox, async () => {
      const g = await repos.grid.create('C1', { code: 'WG-02', name: '第二网格', gridWorkers: [] }, ctx)
      await repos.place.create('C1', { kind: '街巷', name: '槐树胡同', gridId: g.id }, ctx)
      await repos.grid.update(kept.id, { name: '改名' }, ctx)
      await repos.place.create('C1', { kind: '街巷', name: '无主胡同', gridId: 'missing' }, ctx)
    })
    await expect(attempt).rejects.toThrow('所选网格不存在')
    expect(await counts(db, 'grid', 'place', 'outbox')).toEqual(before)
    expect(await repos.grid.get(kept.id)).toEqual(kept)
  })

  it('leaves data as it was when the code around the writes fails', async () => {
    const attempt = db.transaction('rw', db.unit, db.outbox, async () => {
      await repos.unit.create('C1', { kind: '物业', name: '安和物业' }, ctx)
      throw new Error('断电')
    })
    await expect(attempt).rejects.toThrow('断电')
    expect(await counts(db, 'unit', 'outbox')).toEqual({ unit: 0, outbox: 0 })
  })
})
