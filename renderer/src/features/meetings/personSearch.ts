import type { Person } from '@shared/domain/org'
import { nameInitials } from '@shared/search/text'

/** A registry entry as a picker shows it: '王秀英 · 党员、志愿者 · 银杏里3号楼'. */
export const personLabel = (p: Pick<Person, 'name' | 'tags' | 'address'>): string =>
  [p.name, p.tags.join('、'), p.address].filter(Boolean).join(' · ')

/** Whether a person matches what was typed: part of the name, tag, address or phone, or the name's pinyin initials. */
export function personMatches(p: Pick<Person, 'name' | 'tags' | 'address' | 'phone'>, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q) return true
  if (p.name.includes(q) || p.tags.some((tag) => tag.includes(q)) || (p.address ?? '').includes(q)) return true
  if (/^\d{3,}$/.test(q) && (p.phone ?? '').includes(q)) return true
  return /^[a-z]+$/.test(q) && nameInitials(p.name).startsWith(q)
}

/** The first `limit` matches, so a registry of thousands stays quick to pick from. */
export function searchPeople<T extends Pick<Person, 'name' | 'tags' | 'address' | 'phone'>>(people: readonly T[], query: string, limit = 50): T[] {
  const found: T[] = []
  for (const p of people) {
    if (personMatches(p, query)) found.push(p)
    if (found.length >= limit) break
  }
  return found
}
