import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import type { User } from '@shared/domain/org'
import type { NewRecord } from '@shared/domain/record'
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

const ctx = ctxAt()
const community = { name: '银杏里社区', township: '安和街道', district: '东城区', population: 12000, mode: 'community' } as const
const grid = { code: 'WG-01', name: '第一网格', gridWorkers: ['王芳'] }

async function issue(promise: Promise<unknown>): Promise<{ field: string; message: string }> {
  const err = await promise.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(ValidationError)
  return (err as ValidationError).issues[0]
}

describe('community', () => {
  it('is its own scope and validates', async () => {
    const row = await repos.community.create('C1', { ...community, population: ' 12000 ' as unknown as number }, ctx)
    expect(row).toMatchObject({ id: 'C1', communityId: 'C1', population: 12000 })
    expect(await issue(repos.community.update('C1', { population: -3 }, ctx))).toEqual({
      field: 'population',
      message: '常住人口须为不小于 0 的整数，例如 12000'
    })
  })

  it('holds one community per install in community mode', async () => {
    await repos.community.create('C1', community, ctx)
    await expect(repos.community.create('C2', { ...community, name: '青年湖社区' }, ctx)).rejects.toThrow(RefusedError)
    await expect(repos.community.create('C3', { ...community, mode: 'township' }, ctx)).rejects.toThrow('社区模式下只能有一个社区')
    expect(await counts(db, 'community', 'outbox')).toEqual({ community: 1, outbox: 1 })
  })

  it('lets a township install hold several', async () => {
    await repos.community.create('C1', { ...community, mode: 'township' }, ctx)
    await repos.community.create('C2', { ...community, name: '青年湖社区', mode: 'township' }, ctx)
    expect(await db.community.count()).toBe(2)
  })
})

describe('grid', () => {
  it('refuses a code already used in the community, also on update', async () => {
    await repos.grid.create('C1', grid, ctx)
    const second = await repos.grid.create('C1', { ...grid, code: 'WG-02' }, ctx)
    expect(await issue(repos.grid.create('C1', { ...grid, name: '另一个' }, ctx))).toEqual({
      field: 'code',
      message: '网格编号 WG-01 已存在，请换一个编号'
    })
    expect((await issue(repos.grid.update(second.id, { code: 'WG-01' }, ctx))).field).toBe('code')
    expect(await counts(db, 'grid', 'outbox')).toEqual({ grid: 2, outbox: 2 })
  })

  it('allows the same code in another community and after the old grid is deleted', async () => {
    const first = await repos.grid.create('C1', grid, ctx)
    await repos.grid.create('C2', grid, ctx)
    await repos.grid.remove(first.id, ctx)
    await repos.grid.create('C1', grid, ctx)
    expect(await repos.grid.list('C1')).toHaveLength(1)
  })

  it('refuses deleting a grid that still has places', async () => {
    const g = await repos.grid.create('C1', grid, ctx)
    const place = await repos.place.create('C1', { kind: '街巷', name: '银杏胡同', gridId: g.id }, ctx)
    await expect(repos.grid.remove(g.id, ctx)).rejects.toThrow('网格「第一网格」下还有 1 个点位')
    expect(await repos.grid.get(g.id)).toBeDefined()
    await repos.place.remove(place.id, ctx)
    await repos.grid.remove(g.id, ctx)
    expect(await repos.grid.get(g.id)).toBeUndefined()
  })
})

describe('place and person', () => {
  it('needs a live grid of the same community', async () => {
    const g = await repos.grid.create('C1', grid, ctx)
    const place = { kind: '小区', name: '安和里小区', gridId: g.id } as const
    expect(await issue(repos.place.create('C2', place, ctx))).toEqual({ field: 'gridId', message: '所选网格不存在或已删除，请重新选择' })
    expect((await issue(repos.place.create('C1', { ...place, gridId: 'gone' }, ctx))).field).toBe('gridId')
    expect(await repos.place.create('C1', place, ctx)).toMatchObject({ gridId: g.id })
  })

  it('keeps a person without a grid, but not with a missing one', async () => {
    const p = await repos.person.create('C1', { name: '张伟', phone: '13812345678', tags: ['居民'] }, ctx)
    expect(p.gridId).toBeUndefined()
    expect((await issue(repos.person.update(p.id, { gridId: 'nowhere' }, ctx))).field).toBe('gridId')
    expect(await issue(repos.person.create('C1', { name: '', tags: [] }, ctx))).toEqual({ field: 'name', message: '姓名不能为空' })
  })
})

describe('user', () => {
  const admin: NewRecord<User> = { name: '管理员', username: 'admin', roles: ['admin'], disabled: false }

  it('keeps login names unique regardless of case', async () => {
    await repos.user.create('C1', admin, ctx)
    expect(await issue(repos.user.create('C1', { ...admin, name: '李娜', username: 'ADMIN', roles: ['clerk'] }, ctx))).toEqual({
      field: 'username',
      message: '登录名 ADMIN 已被使用，请换一个'
    })
  })

  it('keeps the last active administrator', async () => {
    const a = await repos.user.create('C1', admin, ctx)
    await expect(repos.user.remove(a.id, ctx)).rejects.toThrow('最后一个可用的管理员')
    await expect(repos.user.update(a.id, { disabled: true }, ctx)).rejects.toThrow(RefusedError)
    await repos.user.create('C1', { ...admin, name: '王主任', username: 'wang' }, ctx)
    await repos.user.update(a.id, { roles: ['clerk'] }, ctx)
    expect((await repos.user.get(a.id))?.roles).toEqual(['clerk'])
  })
})

describe('setting', () => {
  it('stores typed values and syncs only shared keys', async () => {
    expect(await repos.setting.getOr('assessment.k', 0.9)).toBe(0.9)
    await repos.setting.set('assessment.k', 0.8, ctx)
    await repos.setting.set('currentCommunityId', 'C1', ctxAt(T0 + 1))
    expect(await repos.setting.get('assessment.k')).toBe(0.8)
    expect(await repos.setting.get('currentCommunityId')).toBe('C1')
    const outbox = await db.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ table: 'setting', recordId: 'assessment.k', change: { value: 0.8 } })
  })
})
