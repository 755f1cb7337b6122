import { describe, expect, it } from 'vitest'
import { validate } from '../domain/errors'
import { communitySchema, gridSchema, personSchema, placeSchema, unitSchema, userSchema } from '../domain/orgSchemas'
import { PLACE_KINDS } from '../domain/org'
import { createRandom, generateDemoCommunity, seededIds } from './index'

const now = Date.UTC(2026, 2, 1, 1, 0)
const demo = generateDemoCommunity({ seed: 7, now })
const HAN = /^[\u4e00-\u9fa5]+$/

describe('generateDemoCommunity', () => {
  it('gives the same data for the same seed and time', () => {
    expect(generateDemoCommunity({ seed: 7, now })).toEqual(demo)
  })

  it('gives different people for another seed', () => {
    const other = generateDemoCommunity({ seed: 8, now })
    expect(other.person.map((p) => p.name)).not.toEqual(demo.person.map((p) => p.name))
  })

  it('has one community of about 12,000 people, 8 grids, 40 places, 60 people and 2 users', () => {
    expect(demo.community).toHaveLength(1)
    expect(demo.community[0].population).toBeGreaterThanOrEqual(11_000)
    expect(demo.community[0].population).toBeLessThanOrEqual(13_000)
    expect(demo.grid).toHaveLength(8)
    expect(demo.place).toHaveLength(40)
    expect(demo.person).toHaveLength(60)
    expect(demo.user.map((u) => u.roles[0])).toEqual(['admin', 'clerk'])
    expect(demo.unit.length).toBeGreaterThanOrEqual(10)
  })

  it('puts every record in the community, with unique ids', () => {
    const rows = Object.values(demo).flat()
    expect(rows.every((r) => r.communityId === demo.community[0].id)).toBe(true)
    expect(demo.community[0].id).toBe(demo.community[0].communityId)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
  })

  it('uses unique grid codes and links every place and person to an existing grid', () => {
    const gridIds = new Set(demo.grid.map((g) => g.id))
    expect(new Set(demo.grid.map((g) => g.code)).size).toBe(8)
    expect(demo.grid[0].code).toBe('WG-01')
    expect(demo.place.every((p) => gridIds.has(p.gridId))).toBe(true)
    expect(demo.person.every((p) => p.gridId && gridIds.has(p.gridId))).toBe(true)
  })

  it('covers every kind of place', () => {
    expect(new Set(demo.place.map((p) => p.kind))).toEqual(new Set(PLACE_KINDS))
  })

  it('uses Chinese names and valid-looking mobile numbers', () => {
    for (const p of demo.person) {
      expect(p.name).toMatch(HAN)
      expect(p.name.length).toBeGreaterThanOrEqual(2)
      expect(p.phone).toMatch(/^1[3-9]\d{9}$/)
      expect(p.tags).toContain('居民')
    }
    expect(new Set(demo.person.map((p) => p.phone)).size).toBe(60)
    for (const row of [...demo.grid, ...demo.place, ...demo.unit]) expect(row.name).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('passes the same validation a clerk’s input does', () => {
    validate(communitySchema, demo.community[0])
    for (const g of demo.grid) validate(gridSchema, g)
    for (const p of demo.place) validate(placeSchema, p)
    for (const u of demo.unit) validate(unitSchema, u)
    for (const p of demo.person) validate(personSchema, p)
    for (const u of demo.user) validate(userSchema, u)
  })

  it('seeds the category tree and the four response levels', () => {
    expect(demo.category.filter((c) => c.level === 1)).toHaveLength(19)
    expect(demo.slaRule.map((r) => r.level).sort()).toEqual(['15天', '24小时', '2小时', '7天'])
  })
})

describe('seeded randomness', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRandom(42)
    const b = createRandom(42)
    const draws = Array.from({ length: 100 }, () => a.int(3, 9))
    expect(draws).toEqual(Array.from({ length: 100 }, () => b.int(3, 9)))
    expect(Math.min(...draws)).toBe(3)
    expect(Math.max(...draws)).toBe(9)
  })

  it('makes ULID-shaped ids that sort in creation order', () => {
    const next = seededIds(1, now)
    const ids = Array.from({ length: 500 }, next)
    expect(ids.every((id) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id))).toBe(true)
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(500)
  })
})
