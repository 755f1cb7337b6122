import { pinyin } from 'pinyin-pro'
import type { CaseIndexRow } from './types'

/** The text a search looks through, lowercased once: title, content, address and 工单编号. */
export function searchText(row: Pick<CaseIndexRow, 'title' | 'content' | 'address' | 'orderNo'>): string {
  return `${row.title}\n${row.content}\n${row.address ?? ''}\n${row.orderNo ?? ''}`.toLowerCase()
}

// Names repeat across hundreds of thousands of cases; pinyin-pro is the slow part of a build.
const initialsCache = new Map<string, string>()
const CACHE_LIMIT = 200_000

/** '张三' → 'zs', '单雄信' → 'sxx' (surname readings first); '' for no name. */
export function nameInitials(name: string | undefined): string {
  const trimmed = name?.trim()
  if (!trimmed) return ''
  let initials = initialsCache.get(trimmed)
  if (initials === undefined) {
    initials = pinyin(trimmed, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
      .join('')
      .replace(/\s+/g, '')
      .toLowerCase()
    if (initialsCache.size >= CACHE_LIMIT) initialsCache.clear()
    initialsCache.set(trimmed, initials)
  }
  return initials
}

/** The caller's initials a search may match; a 保密件 caller is never found by name. */
export function callerInitials(row: Pick<CaseIndexRow, 'callerName' | 'confidential'>): string {
  return row.confidential ? '' : nameInitials(row.callerName)
}

export interface SearchTerm {
  text: string
  /** ASCII letters only: may also be the caller's pinyin initials */
  initials: boolean
}

/** The words of a search box, lowercased; empty when there is nothing to search for. */
export function parseSearch(search: string | undefined): SearchTerm[] {
  if (!search) return []
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, initials: /^[a-z]+$/.test(text) }))
}

/** Whether one row's text and initials hold every term. */
export function matchesTerms(terms: readonly SearchTerm[], text: string, initials: string): boolean {
  for (const term of terms) {
    if (text.includes(term.text)) continue
    if (term.initials && initials.startsWith(term.text)) continue
    return false
  }
  return true
}
