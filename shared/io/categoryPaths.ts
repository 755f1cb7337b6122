import type { Category } from '../domain/org'

/** Every category's names from the top, e.g. ['城乡建设', '市容环卫', '占道经营'], by id, at once. */
export function categoryNamePaths(categories: readonly Category[]): Map<string, string[]> {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const out = new Map<string, string[]>()
  for (const c of categories) {
    const names: string[] = []
    for (let at: Category | undefined = c; at && names.length < 3; at = at.parentId ? byId.get(at.parentId) : undefined) names.unshift(at.name)
    out.set(c.id, names)
  }
  return out
}

/** '城乡建设/市容环卫/占道经营' by id. */
export function categoryPathsById(categories: readonly Category[]): Map<string, string> {
  return new Map([...categoryNamePaths(categories)].map(([id, names]) => [id, names.join('/')]))
}
