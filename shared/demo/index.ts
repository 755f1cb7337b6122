import type { SlaRuleRecord } from '../domain/case'
import type { Category, Community, Grid, Person, Place, Unit, User } from '../domain/org'
import { type IdFactory, seedCategories, seedHlc } from '../domain/categories'
import { seedSlaRules } from '../domain/slaSeed'
import { createRandom, seededIds } from './random'
import { type DemoContext, demoCommunity, demoGrids, demoPeople, demoPlaces, demoUnits, demoUsers } from './org'

export interface DemoOptions {
  seed?: number
  now: number
  /** defaults to ULID-shaped ids from the seed */
  ids?: IdFactory
}

/** Plain records by table name, ready to be written in one transaction. */
export interface DemoData {
  community: Community[]
  grid: Grid[]
  place: Place[]
  unit: Unit[]
  person: Person[]
  user: User[]
  category: Category[]
  slaRule: SlaRuleRecord[]
}

export const DEFAULT_DEMO_SEED = 20260301

/**
 * A believable 东城区 community, the same for the same seed and time. One generator per table,
 * each taking what it links to, so later tables (cases, meetings, volunteers) slot in below.
 */
export function generateDemoCommunity({ seed = DEFAULT_DEMO_SEED, now, ids = seededIds(seed, now) }: DemoOptions): DemoData {
  const ctx: DemoContext = { random: createRandom(seed), ids, communityId: ids(), stamp: { now, hlc: seedHlc(now) } }
  const community = demoCommunity(ctx)
  const grid = demoGrids(ctx)
  const place = demoPlaces(ctx, grid)
  const category = seedCategories(ctx.communityId, ids, now)
  return {
    community: [community],
    grid,
    place,
    unit: demoUnits(ctx),
    person: demoPeople(ctx, place),
    user: demoUsers(ctx),
    category,
    slaRule: seedSlaRules(ctx.communityId, ids, now, category)
  }
}

export { createRandom, mulberry32, seededIds } from './random'
