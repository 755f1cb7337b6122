import { computed } from 'vue'
import { useOrgStore } from '../../stores/org'
import { useVolunteersStore } from '../../stores/volunteers'

/** Names of places, grids, people and volunteers for this area's pages. */
export function useVolunteerLookups() {
  const org = useOrgStore()
  const store = useVolunteersStore()
  const placeMap = computed(() => new Map(org.places.map((p) => [p.id, p])))
  const gridMap = computed(() => new Map(org.grids.map((g) => [g.id, g.name])))
  const volunteerMap = computed(() => new Map(store.volunteers.map((v) => [v.volunteer.id, v])))
  const personMap = computed(() => new Map(org.people.map((p) => [p.id, p.name])))
  const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))

  return {
    org,
    /** places by name, for pickers */
    places: computed(() => byName(org.places)),
    /** volunteers in service, by name, for pickers */
    activeVolunteers: computed(() =>
      store.volunteers.filter((v) => v.volunteer.status === '在岗').map((v) => ({ id: v.volunteer.id, name: v.person.name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    ),
    placeName: (id: string | undefined) => (id ? (placeMap.value.get(id)?.name ?? '') : ''),
    placeGrid: (id: string | undefined) => (id ? placeMap.value.get(id)?.gridId : undefined),
    placeNames: (ids: readonly string[]) => ids.map((id) => placeMap.value.get(id)?.name ?? '').filter(Boolean).join('、'),
    gridName: (id: string | undefined) => (id ? (gridMap.value.get(id) ?? '') : ''),
    personName: (id: string | undefined) => (id ? (personMap.value.get(id) ?? '') : ''),
    volunteerName: (id: string) => volunteerMap.value.get(id)?.person.name ?? '',
    volunteer: (id: string) => volunteerMap.value.get(id)
  }
}
