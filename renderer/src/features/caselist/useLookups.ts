import { computed } from 'vue'
import type { Category, User } from '@shared/domain/org'
import { useOrgStore } from '../../stores/org'
import { useCaseListStore } from '../../stores/caseList'

export interface CategoryOption {
  id: string
  name: string
  children?: CategoryOption[]
}

/** The category tree for a cascader, siblings in their configured order. */
export function categoryTree(categories: readonly Category[]): CategoryOption[] {
  const byParent = new Map<string | undefined, Category[]>()
  for (const c of categories) if (c.deletedAt === undefined) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c])
  const build = (parentId: string | undefined): CategoryOption[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'))
      .map((c) => {
        const children = build(c.id)
        return children.length ? { id: c.id, name: c.name, children } : { id: c.id, name: c.name }
      })
  return build(undefined)
}

/** '城乡建设/市容环卫/占道经营' for every category id at once. */
export function categoryPaths(categories: readonly Category[]): Map<string, string> {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const paths = new Map<string, string>()
  for (const c of categories) {
    const names: string[] = []
    for (let at: Category | undefined = c; at && names.length < 3; at = at.parentId ? byId.get(at.parentId) : undefined) names.unshift(at.name)
    paths.set(c.id, names.join('/'))
  }
  return paths
}

/** Names for the ids a case row carries; '' for none or unknown. */
export function useLookups() {
  const org = useOrgStore()
  const list = useCaseListStore()
  const grids = computed(() => new Map(org.grids.map((g) => [g.id, g.name])))
  const places = computed(() => new Map(org.places.map((p) => [p.id, p.name])))
  const units = computed(() => new Map(org.units.map((u) => [u.id, u.name])))
  const users = computed(() => new Map(list.users.map((u: User) => [u.id, u.name])))
  const categories = computed(() => new Map(org.categories.map((c) => [c.id, c.name])))
  const paths = computed(() => categoryPaths(org.categories))
  const get = (map: Map<string, string>, id?: string) => (id ? map.get(id) ?? '' : '')
  return {
    grid: (id?: string) => get(grids.value, id),
    place: (id?: string) => get(places.value, id),
    unit: (id?: string) => get(units.value, id),
    handler: (id?: string) => get(users.value, id),
    categoryName: (id?: string) => get(categories.value, id),
    category: (id?: string) => get(paths.value, id)
  }
}
