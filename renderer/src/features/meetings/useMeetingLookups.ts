import { computed } from 'vue'
import { useOrgStore } from '../../stores/org'
import { useMeetingsStore } from '../../stores/meetings'

/** Names of places, units, people and topics for this area's pages. */
export function useMeetingLookups() {
  const org = useOrgStore()
  const store = useMeetingsStore()
  const byId = <T extends { id: string; name: string }>(list: () => readonly T[]) => computed(() => new Map(list().map((x) => [x.id, x.name])))
  const places = byId(() => org.places)
  const units = byId(() => org.units)
  const people = byId(() => org.people)
  const proposals = computed(() => new Map(store.proposals.map((p) => [p.id, p])))
  return {
    org,
    placeName: (id: string | undefined) => (id ? places.value.get(id) : undefined),
    unitName: (id: string | undefined) => (id ? units.value.get(id) : undefined),
    personName: (id: string | undefined) => (id ? people.value.get(id) : undefined),
    proposal: (id: string | undefined) => (id ? proposals.value.get(id) : undefined)
  }
}
