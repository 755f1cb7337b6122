import { CATEGORY_MAX_LEVEL, type Category } from '@shared/domain/org'
import { categorySchema } from '@shared/domain/orgSchemas'
import { RefusedError, fieldError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { createRepository, isLive } from './base'
import type { Writer } from './writer'

const liveChildren = (db: DeskDB, id: string) => db.category.where('parentId').equals(id).filter(isLive)

async function checkPlacement(db: DeskDB, next: Category): Promise<void> {
  if (next.parentId === undefined) {
    if (next.level !== 1) throw fieldError('level', '没有上级的分类应为第 1 级')
    return
  }
  const parent = await db.category.get(next.parentId)
  if (!isLive(parent) || parent?.communityId !== next.communityId) throw fieldError('parentId', '上级分类不存在或已删除，请重新选择')
  if (parent.level >= CATEGORY_MAX_LEVEL) throw fieldError('parentId', `分类最多 ${CATEGORY_MAX_LEVEL} 级，「${parent.name}」下不能再建子分类`)
  if (next.level !== parent.level + 1) throw fieldError('level', `上级分类「${parent.name}」是第 ${parent.level} 级，这个分类应为第 ${parent.level + 1} 级`)
}

/** 问题分类: up to three levels, names unique among siblings, parents kept while they have children. */
export function createCategoryRepository(writer: Writer) {
  return createRepository(writer, 'category', {
    schema: categorySchema,
    async check(next, prev, db) {
      await checkPlacement(db, next)
      const twin = await db.category
        .where('communityId')
        .equals(next.communityId)
        .filter((c) => isLive(c) && c.id !== next.id && c.parentId === next.parentId && c.name === next.name)
        .count()
      if (twin) throw fieldError('name', `同一上级下已有分类「${next.name}」，请换一个名称`)
      const moved = prev && (prev.parentId !== next.parentId || prev.level !== next.level)
      if (moved && (await liveChildren(db, next.id).count())) {
        throw fieldError('parentId', `「${next.name}」下还有子分类，不能移到其他上级；请先移走或删除子分类`)
      }
    },
    async checkRemove(row, db) {
      const children = await liveChildren(db, row.id).count()
      if (children) throw new RefusedError(`分类「${row.name}」下还有 ${children} 个子分类，请先删除子分类`)
    }
  })
}

export type CategoryRepository = ReturnType<typeof createCategoryRepository>
