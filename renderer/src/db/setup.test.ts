import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import type { DeskDB } from './database'
import { T0, counts, ctxAt, freshDb } from './testing'
import { createCommunity, currentCommunity, getDeviceId, isSetUp, loadDemoCommunity, repositoriesFor } from './index'

let db: DeskDB
beforeEach(() => {
  db = freshDb()
})
afterEach(() => db.delete())

const ctx = ctxAt()
const form = {
  community: { name: '银杏里社区', township: '安和街道', district: '东城区', population: '12000' },
  grids: [
    { code: 'WG-01', name: '第一网格' },
    { code: 'WG-02', name: '第二网格' }
  ]
}
const TABLES = ['community', 'grid', 'category', 'slaRule', 'setting', 'outbox']

describe('createCommunity', () => {
  it('writes the community, grids, categories and SLA rules and makes it current', async () => {
    expect(await isSetUp(db)).toBe(false)
    const { community, grids } = await createCommunity(db, form, ctx)
    expect(community).toMatchObject({ name: '银杏里社区', population: 12000, mode: 'community', id: community.communityId })
    expect(grids.map((g) => g.code)).toEqual(['WG-01', 'WG-02'])
    expect(await currentCommunity(db)).toEqual(community)
    const categories = await repositoriesFor(db).category.list(community.id)
    expect(categories.filter((c) => c.level === 1)).toHaveLength(19)
    expect(categories.every((c) => c.hlc.endsWith('-devA'))).toBe(true)
    expect(await db.slaRule.count()).toBe(4)
    // One outbox entry per row written; the current-community setting stays on this device.
    expect(await db.outbox.count()).toBe(1 + 2 + categories.length + 4)
  })

  it('reports every form problem at once, by field path, and writes nothing', async () => {
    const bad = {
      community: { ...form.community, name: '', population: '一万二' },
      grids: [{ code: 'WG-01', name: '第一网格' }, { code: 'WG 2', name: '' }, { code: 'WG-01', name: '第三网格' }]
    }
    const err = await createCommunity(db, bad, ctx).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).issues.map((i) => i.field)).toEqual([
      'community.name',
      'community.population',
      'grids.1.code',
      'grids.1.name',
      'grids.2.code'
    ])
    expect((err as ValidationError).issues[4].message).toBe('网格编号 WG-01 与第 1 个网格重复')
    expect(Object.values(await counts(db, ...TABLES)).every((n) => n === 0)).toBe(true)
  })

  it('rolls back everything when a later step is refused', async () => {
    await createCommunity(db, form, ctx)
    const before = await counts(db, ...TABLES)
    await expect(createCommunity(db, { ...form, community: { ...form.community, name: '青年湖社区' } }, ctxAt(T0 + 1))).rejects.toThrow(
      RefusedError
    )
    expect(await counts(db, ...TABLES)).toEqual(before)
  })
})

describe('loadDemoCommunity', () => {
  it('loads the demo once and makes it current', async () => {
    const community = await loadDemoCommunity(db, { seed: 3, now: T0 })
    expect(await currentCommunity(db)).toEqual(community)
    expect(await counts(db, 'grid', 'place', 'person', 'user')).toEqual({ grid: 8, place: 40, person: 87, user: 6 })
    const deviceId = await getDeviceId(db)
    expect(community.hlc.endsWith(`-${deviceId}`)).toBe(true)
    await expect(loadDemoCommunity(db, { seed: 3, now: T0 })).rejects.toThrow('本机已有社区数据')
    expect(await db.grid.count()).toBe(8)
  })

  it('gives a working dataset: the repositories accept edits to it', async () => {
    const community = await loadDemoCommunity(db, { now: T0 })
    const repos = repositoriesFor(db)
    const [grid] = await repos.grid.list(community.id)
    await expect(repos.grid.create(community.id, { code: grid.code, name: '重复', gridWorkers: [] }, ctx)).rejects.toThrow('已存在')
    await expect(repos.grid.remove(grid.id, ctx)).rejects.toThrow('个点位')
  })
})

describe('getDeviceId', () => {
  it('is made once and kept', async () => {
    const id = await getDeviceId(db, T0)
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/)
    expect(await getDeviceId(db, T0 + 1000)).toBe(id)
    expect(await db.outbox.count()).toBe(0)
  })
})
