import { nameInitials, parseSearch } from '../search/text'

/** What the 名册 search box looks through for one volunteer. */
export interface VolunteerSearchFields {
  name: string
  placeNames: readonly string[]
  teamName?: string
  skills?: readonly string[]
}

/**
 * A matcher for the 名册 search box: every word must be found in the name, its pinyin initials
 * ('zxy' finds 张秀英), a place, the team or a skill. An empty box matches everyone.
 */
export function volunteerMatcher(query: string | undefined): (fields: VolunteerSearchFields) => boolean {
  const terms = parseSearch(query)
  if (terms.length === 0) return () => true
  return (fields) => {
    const haystack = [fields.name, ...fields.placeNames, fields.teamName ?? '', ...(fields.skills ?? [])].join('\n').toLowerCase()
    const initials = nameInitials(fields.name)
    return terms.every((t) => haystack.includes(t.text) || (t.initials && initials.startsWith(t.text)))
  }
}

/** The items whose fields match the query, in their order. */
export function searchVolunteers<T>(items: readonly T[], query: string | undefined, fieldsOf: (item: T) => VolunteerSearchFields): T[] {
  const matches = volunteerMatcher(query)
  return items.filter((item) => matches(fieldsOf(item)))
}
