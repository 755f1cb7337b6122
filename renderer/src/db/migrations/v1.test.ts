import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoCommunity } from '@shared/demo'
import { openAtVersion, openDesk, type DeskDB } from '../database'
import { LATEST_VERSION } from '../schema'
import { T0, ctxAt } from '../testing'
import { createRepositories } from '../repositories'

/**
 * The migration-test pattern. To add version 2: append `{ version: 2, stores, upgrade }` to SCHEMA,
 * copy this file to v2.test.ts, write version-1-shaped rows through `openAtVersion(name, 1)`,
 * close, open with `openAtVersion(name, 2)` and assert what the upgrade made of them.
 */

const opened: DeskDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
const track = (db: DeskDB) => (opened.push(db), db)
const uniqueName = () => `desk-migration-v1-${Math.random().toString(36).slice(2)}`

describe('schema version 1', () => {
  it('creates every table with its indexes on an empty database', async () => {
    const db = track(openAtVersion(uniqueName(), 1))
    await db.open()
    expect(db.verno).toBe(1)
    expect(db.tables.map((t) => t.name).sort()).toContain('case')
    expect(db.tables).toHaveLength(30)
    expect(db.table('grid').schema.idxByName['[communityId+code]']).toBeDefined()
    expect(db.table('case').schema.idxByName.orderNo.unique).toBe(true)
    expect(db.table('outbox').schema.primKey.auto).toBe(true)
  })

  it('keeps version-1 data readable and writable by the current code', async () => {
    const name = uniqueName()
    const demo = generateDemoCommunity({ seed: 11, now: T0 })
    const v1 = openAtVersion(name, 1)
    await v1.transaction('rw', v1.tables, async () => {
      for (const [table, rows] of Object.entries(demo)) await v1.table(table).bulkAdd(rows)
    })
    v1.close()

    const db = track(openDesk(name))
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    const communityId = demo.community[0].id
    const repos = createRepositories(db)
    expect(await repos.person.list(communityId)).toHaveLength(60)
    const grid = demo.grid[0]
    expect(await db.grid.where('[communityId+code]').equals([communityId, grid.code]).first()).toEqual(grid)
    await repos.place.create(communityId, { kind: '公共空间', name: '新建口袋公园', gridId: grid.id }, ctxAt(T0 + 1))
    expect(await db.place.where('gridId').equals(grid.id).count()).toBe(6)
  })

  it('accepts cases without an order number under the unique index', async () => {
    const db = track(openAtVersion(uniqueName(), 1))
    const base = { communityId: 'C1', createdAt: T0, updatedAt: T0, hlc: 'h' }
    await db.table('case').bulkAdd([{ id: 'A', ...base }, { id: 'B', ...base }, { id: 'C', orderNo: '2603091234567', ...base }])
    await expect(db.table('case').add({ id: 'D', orderNo: '2603091234567', ...base })).rejects.toThrow()
    expect(await db.table('case').count()).toBe(3)
  })
})
