import { computed } from 'vue'
import { categoryOptions } from '../cases/categoryOptions'
import { categoryPaths } from '../caselist/useLookups'
import { useOrgStore } from '../../stores/org'
import type { AlertLookups } from './alertText'

/** Names of places, categories, grids and units for this area's pages. */
export function useProactiveLookups() {
  const org = useOrgStore()
  const paths = computed(() => categoryPaths(org.categories))
  const byId = <T extends { id: string; name: string }>(list: () => readonly T[]) => computed(() => new Map(list().map((x) => [x.id, x.name])))
  const places = byId(() => org.places)
  const grids = byId(() => org.grids)
  const units = byId(() => org.units)
  const lookups: AlertLookups = {
    placeName: (id) => (id ? places.value.get(id) : undefined),
    categoryPath: (id) => (id ? paths.value.get(id) : undefined)
  }
  const names = (map: Map<string, string>, ids: readonly string[]) => ids.map((id) => map.get(id) ?? '').filter(Boolean).join('、')
  return {
    org,
    lookups,
    categoryTree: computed(() => categoryOptions(org.categories)),
    categoryNames: (ids: readonly string[]) => names(paths.value, ids),
    gridNames: (ids: readonly string[]) => names(grids.value, ids),
    placeNames: (ids: readonly string[]) => names(places.value, ids),
    unitName: (id: string | undefined) => (id ? (units.value.get(id) ?? '') : ''),
    unitNames: (ids: readonly string[]) => names(units.value, ids)
  }
}
