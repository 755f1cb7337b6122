import { categoryPath } from '@shared/domain/categories'
import type { RollupDimension } from '@shared/domain/rollups'
import type { DeskDB } from '../database'

const byId = <T extends { id: string; name: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r.name]))

/** Display names of the keys of one dimension: grid, user, unit, place names, category paths. */
export async function labelsFor(db: DeskDB, communityId: string, dimension: RollupDimension, keys: readonly string[]): Promise<(key: string) => string> {
  const unknown = (key: string) => `（已删除 ${key.slice(-6)}）`
  const named = (names: Map<string, string>) => (key: string) => names.get(key) ?? unknown(key)
  switch (dimension) {
    case 'community': {
      const rows = await db.community.bulkGet([...keys])
      return named(new Map(rows.filter((r) => !!r).map((r) => [r.id, r.name])))
    }
    case 'grid':
      return named(byId(await db.grid.where('communityId').equals(communityId).toArray()))
    case 'handler':
      return named(byId(await db.user.where('communityId').equals(communityId).toArray()))
    case 'unit':
      return named(byId(await db.unit.where('communityId').equals(communityId).toArray()))
    case 'place':
      return named(byId(await db.place.where('communityId').equals(communityId).toArray()))
    case 'category':
    case 'gridCategory': {
      const categories = await db.category.where('communityId').equals(communityId).toArray()
      if (dimension === 'category') return (key) => categoryPath(categories, key) ?? unknown(key)
      const grids = byId(await db.grid.where('communityId').equals(communityId).toArray())
      const categoryNames = byId(categories)
      return (key) => {
        const [grid, category] = key.split('|')
        return `${grids.get(grid) ?? unknown(grid)} · ${categoryNames.get(category) ?? unknown(category)}`
      }
    }
  }
}
