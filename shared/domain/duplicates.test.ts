import { describe, expect, it } from 'vitest'
import { bigrams, jaccard, rankDuplicates, scoreDuplicate } from './duplicates'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 25)
const probe = { callerPhoneHash: 'H1', placeId: 'P1', categoryId: 'C1', title: '东门外占道经营', content: '早高峰商贩摆摊影响通行', receivedAt: NOW }
const cand = (id: string, over: Record<string, unknown> = {}) => ({ id, title: '路灯不亮', content: '胡同口路灯坏了', receivedAt: NOW - DAY, ...over })

describe('text similarity', () => {
  it('compares character bigrams, ignoring punctuation, spaces and case', () => {
    expect([...bigrams('占道 经营！')]).toEqual(['占道', '道经', '经营'])
    expect(jaccard(bigrams('东门外占道经营'), bigrams('东门外，占道经营。'))).toBe(1)
    expect(jaccard(bigrams('路灯不亮'), bigrams('暖气不热'))).toBe(0)
    expect(jaccard(bigrams(''), bigrams(''))).toBe(0)
  })
})

describe('scoreDuplicate', () => {
  it('matches the same caller at any age', () => {
    expect(scoreDuplicate(probe, cand('a', { callerPhoneHash: 'H1', receivedAt: NOW - 700 * DAY }))).toEqual({ reasons: ['samePhone'], score: 0.6 })
  })

  it('matches the same place and category within 30 days only', () => {
    expect(scoreDuplicate(probe, cand('a', { placeId: 'P1', categoryId: 'C1', receivedAt: NOW - 30 * DAY }))?.reasons).toEqual(['samePlaceCategory'])
    expect(scoreDuplicate(probe, cand('a', { placeId: 'P1', categoryId: 'C1', receivedAt: NOW - 31 * DAY }))).toBeNull()
    expect(scoreDuplicate(probe, cand('a', { placeId: 'P1', categoryId: 'C2' }))).toBeNull()
  })

  it('matches near-identical text within 90 days', () => {
    const same = { title: '东门外占道经营', content: '早高峰商贩摆摊，影响通行' }
    expect(scoreDuplicate(probe, cand('a', { ...same, receivedAt: NOW - 90 * DAY }))).toEqual({ reasons: ['similarText'], score: 1 })
    expect(scoreDuplicate(probe, cand('a', { ...same, receivedAt: NOW - 91 * DAY }))).toBeNull()
  })

  it('only an earlier case can be the original', () => {
    expect(scoreDuplicate(probe, cand('a', { callerPhoneHash: 'H1', receivedAt: NOW }))).toBeNull()
  })

  it('combines reasons as independent evidence', () => {
    expect(scoreDuplicate(probe, cand('a', { callerPhoneHash: 'H1', placeId: 'P1', categoryId: 'C1' }))).toEqual({ reasons: ['samePhone', 'samePlaceCategory'], score: 0.8 })
  })
})

describe('rankDuplicates', () => {
  it('keeps the five best, each once, best then newest first', () => {
    const many = Array.from({ length: 8 }, (_, i) => cand(`p${i}`, { callerPhoneHash: 'H1', receivedAt: NOW - (i + 1) * DAY }))
    const both = cand('both', { callerPhoneHash: 'H1', placeId: 'P1', categoryId: 'C1', receivedAt: NOW - 20 * DAY })
    const ranked = rankDuplicates(probe, [...many, both, both, cand('none')])
    expect(ranked.map((r) => r.case.id)).toEqual(['both', 'p0', 'p1', 'p2', 'p3'])
  })
})
