import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/domain/errors'
import type { Category } from '@shared/domain/org'
import type { DeskDB } from '../database'
import { counts, ctxAt, freshDb } from '../testing'
import { createRepositories, type Repositories } from './index'

let db: DeskDB
let repos: Repositories
let top: Category
let second: Category
let third: Category
const ctx = ctxAt()

beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  top = await repos.category.create('C1', { name: '城乡建设', level: 1, order: 1 }, ctx)
  second = await repos.category.create('C1', { name: '市容环卫', level: 2, parentId: top.id, order: 1 }, ctx)
  third = await repos.category.create('C1', { name: '占道经营', level: 3, parentId: second.id, order: 1 }, ctx)
})
afterEach(() => db.delete())

async function issue(promise: Promise<unknown>) {
  const err = await promise.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(ValidationError)
  return (err as ValidationError).issues[0]
}

describe('category', () => {
  it('needs an existing parent', async () => {
    expect(await issue(repos.category.create('C1', { name: '违法建设', level: 2, parentId: 'gone', order: 2 }, ctx))).toEqual({
      field: 'parentId',
      message: '上级分类不存在或已删除，请重新选择'
    })
  })

  it('stops at the third level', async () => {
    const found = await issue(repos.category.create('C1', { name: '早市', level: 3, parentId: third.id, order: 1 }, ctx))
    expect(found).toEqual({ field: 'parentId', message: '分类最多 3 级，「占道经营」下不能再建子分类' })
  })

  it('checks the level against the parent', async () => {
    expect((await issue(repos.category.create('C1', { name: '违法建设', level: 3, parentId: top.id, order: 2 }, ctx))).field).toBe('level')
    expect((await issue(repos.category.create('C1', { name: '供暖', level: 2, order: 2 }, ctx))).message).toBe('没有上级的分类应为第 1 级')
  })

  it('keeps names unique among siblings only', async () => {
    const found = await issue(repos.category.create('C1', { name: '市容环卫', level: 2, parentId: top.id, order: 2 }, ctx))
    expect(found).toEqual({ field: 'name', message: '同一上级下已有分类「市容环卫」，请换一个名称' })
    await repos.category.create('C1', { name: '市容环卫', level: 3, parentId: second.id, order: 2 }, ctx)
    expect(await issue(repos.category.create('C1', { name: '城乡建设', level: 1, order: 9 }, ctx))).toMatchObject({ field: 'name' })
  })

  it('refuses deleting or moving a category with children', async () => {
    const before = await counts(db, 'category', 'outbox')
    await expect(repos.category.remove(second.id, ctx)).rejects.toThrow('分类「市容环卫」下还有 1 个子分类，请先删除子分类')
    const other = await repos.category.create('C1', { name: '环境保护', level: 1, order: 2 }, ctx)
    expect((await issue(repos.category.update(second.id, { parentId: other.id }, ctx))).field).toBe('parentId')
    expect(await db.category.get(second.id)).toEqual(second)
    expect(await counts(db, 'category', 'outbox')).toEqual({ category: before.category + 1, outbox: before.outbox + 1 })
  })

  it('renames and deletes leaves', async () => {
    expect((await repos.category.update(third.id, { name: '流动摊贩' }, ctx)).name).toBe('流动摊贩')
    await repos.category.remove(third.id, ctx)
    await repos.category.remove(second.id, ctx)
    expect((await repos.category.list('C1')).map((c) => c.name)).toEqual(['城乡建设'])
  })
})
