import { DAY_MS } from './calendar'

/** 重复件 detection on intake (issue 3 §7): which earlier cases look like the same complaint. */

export type DuplicateReason = 'samePhone' | 'samePlaceCategory' | 'similarText'

export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  samePhone: '同一来电号码',
  samePlaceCategory: '同一点位同类问题',
  similarText: '诉求内容相近'
}

/** Windows and thresholds: same place + category within 30 days, near-identical text within 90 days. */
export const DUPLICATE_RULES = Object.freeze({ placeDays: 30, textDays: 90, textThreshold: 0.6, limit: 5 })

export interface DuplicateProbe {
  callerPhoneHash?: string
  placeId?: string
  categoryId?: string
  title?: string
  content?: string
  /** the new case's receipt; only earlier cases can be its original */
  receivedAt: number
}

export interface DuplicateCandidate {
  id: string
  callerPhoneHash?: string
  placeId?: string
  categoryId?: string
  title: string
  content: string
  receivedAt: number
}

// Punctuation and spaces say nothing about whether two complaints are the same.
const NOISE = /[\s\p{P}\p{S}]/gu

/** Character bigrams of a text, ignoring spaces, punctuation and letter case. */
export function bigrams(text: string): Set<string> {
  const chars = [...text.normalize('NFKC').toLowerCase().replace(NOISE, '')]
  const out = new Set<string>()
  if (chars.length === 1) out.add(chars[0])
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  return out
}

/** Jaccard similarity of two bigram sets, 0…1; two empty texts are not alike. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const g of small) if (large.has(g)) shared++
  return shared / (a.size + b.size - shared)
}

const caseText = (c: { title?: string; content?: string }) => `${c.title ?? ''}${c.content ?? ''}`

export interface DuplicateScore {
  reasons: DuplicateReason[]
  /** 0…1 */
  score: number
}

/**
 * Why `candidate` may be the case `probe` repeats, and how likely: each reason is evidence on its
 * own (phone 0.6, place + category 0.5, text its similarity) and they combine as independent odds.
 */
export function scoreDuplicate(probe: DuplicateProbe, candidate: DuplicateCandidate, probeGrams = bigrams(caseText(probe))): DuplicateScore | null {
  const age = probe.receivedAt - candidate.receivedAt
  if (age <= 0) return null
  const found: [DuplicateReason, number][] = []
  if (probe.callerPhoneHash && probe.callerPhoneHash === candidate.callerPhoneHash) found.push(['samePhone', 0.6])
  const samePlace = probe.placeId !== undefined && probe.placeId === candidate.placeId && probe.categoryId !== undefined && probe.categoryId === candidate.categoryId
  if (samePlace && age <= DUPLICATE_RULES.placeDays * DAY_MS) found.push(['samePlaceCategory', 0.5])
  if (age <= DUPLICATE_RULES.textDays * DAY_MS) {
    const similarity = jaccard(probeGrams, bigrams(caseText(candidate)))
    if (similarity >= DUPLICATE_RULES.textThreshold) found.push(['similarText', similarity])
  }
  if (found.length === 0) return null
  const score = 1 - found.reduce((miss, [, p]) => miss * (1 - p), 1)
  return { reasons: found.map(([r]) => r), score: Math.round(score * 1000) / 1000 }
}

/** The likeliest originals, best first (then the most recent), at most `limit`. */
export function rankDuplicates<C extends DuplicateCandidate>(probe: DuplicateProbe, candidates: readonly C[], limit = DUPLICATE_RULES.limit): (DuplicateScore & { case: C })[] {
  const grams = bigrams(caseText(probe))
  const seen = new Set<string>()
  const out: (DuplicateScore & { case: C })[] = []
  for (const c of candidates) {
    if (seen.has(c.id)) continue
    seen.add(c.id)
    const s = scoreDuplicate(probe, c, grams)
    if (s) out.push({ ...s, case: c })
  }
  return out.sort((a, b) => b.score - a.score || b.case.receivedAt - a.case.receivedAt).slice(0, limit)
}
