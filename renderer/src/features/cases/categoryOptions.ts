import type { Category } from '@shared/domain/org'

export interface CategoryOption {
  id: string
  name: string
  children?: CategoryOption[]
}

/** The category tree for el-cascader, siblings in their configured order; leaves have no `children`. */
export function categoryOptions(categories: readonly Category[]): CategoryOption[] {
  const live = categories.filter((c) => c.deletedAt === undefined)
  const byParent = new Map<string | undefined, Category[]>()
  for (const c of live) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c])
  const build = (parentId: string | undefined): CategoryOption[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'))
      .map((c) => {
        const children = build(c.id)
        return children.length ? { id: c.id, name: c.name, children } : { id: c.id, name: c.name }
      })
  return build(undefined)
}
