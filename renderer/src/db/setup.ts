import { monotonicFactory, ulid } from 'ulid'
import type { BaseRecord } from '@shared/domain/record'
import type { Community, Grid } from '@shared/domain/org'
import { communitySchema, gridSchema, type CommunityInput, type GridInput } from '@shared/domain/orgSchemas'
import { type FieldIssue, RefusedError, ValidationError, validate } from '@shared/domain/errors'
import { seedCategories } from '@shared/domain/categories'
import { seedSlaRules } from '@shared/domain/slaSeed'
import { changeOf, restamp } from '@shared/sync/stamp'
import { DEFAULT_DEMO_SEED, generateDemoCommunity } from '@shared/demo'
import { generateDemoCases } from '@shared/demo/cases'
import { generateDemoTopics } from '@shared/demo/proactive'
import { generateDemoVolunteers } from '@shared/demo/volunteers'
import { generateDemoMeetings } from '@shared/demo/meetings'
import { seededIds } from '@shared/demo/random'
import { phoneSalt } from './cases/store'
import { demoUsersWithPasswords } from './accounts/demo'
import { firstAdminIssues, firstAdminSecret, writeFirstAdmin, type FirstAdminInput } from './accounts/firstAdmin'
import { rollupFields, rollupRowsOf } from './rollups/rebuild'
import { rollupTable } from './rollups/table'
import type { DeskDB, RecordTable } from './database'
import { getDeviceId, isSetUp } from './device'
import { repositoriesFor, type Repositories } from './repositories'
import type { WriteContext } from './repositories/writer'

export interface NewCommunityInput {
  community: CommunityInput
  grids: GridInput[]
  /** the first administrator, signed in once the community exists */
  admin?: FirstAdminInput
}

/** Every issue of the first-run form at once, under `community.*` and `grids.N.*`. */
function checkForm({ community, grids, admin }: NewCommunityInput): void {
  const issues: FieldIssue[] = []
  const collect = (prefix: string, run: () => unknown) => {
    try {
      run()
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err
      issues.push(...err.within(prefix).issues)
    }
  }
  collect('community', () => validate(communitySchema, community))
  const seen = new Map<string, number>()
  grids.forEach((grid, i) => {
    collect(`grids.${i}`, () => validate(gridSchema, grid))
    const code = typeof grid.code === 'string' ? grid.code.trim() : ''
    if (code && seen.has(code)) issues.push({ field: `grids.${i}.code`, message: `网格编号 ${code} 与第 ${seen.get(code)! + 1} 个网格重复` })
    else seen.set(code, i)
  })
  if (admin) issues.push(...firstAdminIssues(admin))
  if (issues.length) throw new ValidationError(issues)
}

/** Write seeded rows as this device's own: fresh clocks, one outbox entry each. */
async function insertSeeded<T extends BaseRecord>(repos: Repositories, table: RecordTable, rows: T[], ctx: WriteContext): Promise<void> {
  if (rows.length === 0) return
  const stamp = repos.writer.stamp(ctx)
  const stamped = rows.map((row) => restamp(row, stamp))
  await repos.writer.db.table(table).bulkAdd(stamped)
  await repos.writer.db.outbox.bulkAdd(
    stamped.map((row) => ({ table, recordId: row.id, op: 'put' as const, hlc: stamp.hlc, at: stamp.now, change: changeOf(row) }))
  )
}

/**
 * First run: the community, its grids, the seeded category tree and SLA rules, in one transaction.
 * Field issues come back as `community.name`, `grids.0.code`, ….
 */
export async function createCommunity(db: DeskDB, input: NewCommunityInput, ctx: WriteContext): Promise<{ community: Community; grids: Grid[] }> {
  checkForm(input)
  const repos = repositoriesFor(db)
  const adminSecret = input.admin ? await firstAdminSecret(input.admin) : undefined
  return db.transaction('rw', db.tables, async () => {
    const communityId = ulid(ctx.now)
    const community = await repos.community.create(communityId, input.community as Community, ctx)
    const grids: Grid[] = []
    for (const [i, grid] of input.grids.entries()) {
      try {
        grids.push(await repos.grid.create(communityId, grid as Grid, ctx))
      } catch (err) {
        throw err instanceof ValidationError ? err.within(`grids.${i}`) : err
      }
    }
    // Monotonic ids keep the seeded tree in its listed order.
    const nextId = monotonicFactory()
    const ids = () => nextId(ctx.now)
    const categories = seedCategories(communityId, ids, ctx.now)
    await insertSeeded(repos, 'category', categories, ctx)
    await insertSeeded(repos, 'slaRule', seedSlaRules(communityId, ids, ctx.now, categories), ctx)
    await repos.setting.set('currentCommunityId', communityId, ctx)
    if (input.admin && adminSecret) await writeFirstAdmin(db, communityId, input.admin, adminSecret, ctx)
    return { community, grids }
  })
}

export interface DemoLoadOptions {
  seed?: number
  now?: number
  actor?: string
}

/**
 * First run, the other button: a believable demo community with two years of cases, callbacks and
 * whistles, all in one transaction. Refused once data exists.
 */
export async function loadDemoCommunity(db: DeskDB, { seed = DEFAULT_DEMO_SEED, now = Date.now(), actor = 'system' }: DemoLoadOptions = {}): Promise<Community> {
  const refusal = () => new RefusedError('本机已有社区数据，不能再载入演示社区')
  // checked before generating two years of cases, and again inside the writing transaction
  if (await isSetUp(db)) throw refusal()
  const deviceId = await getDeviceId(db, now)
  const ctx: WriteContext = { now, deviceId, actor }
  const repos = repositoriesFor(db)
  const salt = (await db.transaction('rw', db.setting, () => phoneSalt(db, ctx))) as string
  const demo = generateDemoCommunity({ seed, now })
  const work = generateDemoCases(demo, { seed, now, phoneSalt: salt })
  demo.user = await demoUsersWithPasswords(demo, now)
  return db.transaction('rw', db.tables, async () => {
    if (await isSetUp(db)) throw refusal()
    for (const [table, rows] of [...Object.entries(demo), ...Object.entries(work)]) await insertSeeded(repos, table as RecordTable, rows as BaseRecord[], ctx)
    // bulk-inserted cases bypass the write path, so their rollups are built here, in the same transaction
    const communityId = demo.community[0].id
    const cases = await db.case.where('communityId').equals(communityId).toArray()
    await rollupTable(db).bulkAdd(await rollupRowsOf(db, communityId, cases.map(rollupFields), now))
    await insertSeeded(repos, 'proactiveIssue', generateDemoTopics(demo, work.case, { now, ids: seededIds(seed ^ 0x70b1c, now) }), ctx)
    for (const [table, rows] of Object.entries(generateDemoVolunteers(demo, work.case, { seed, now }))) await insertSeeded(repos, table as RecordTable, rows as BaseRecord[], ctx)
    for (const [table, rows] of Object.entries(generateDemoMeetings(demo, work.case, { seed, now, ids: seededIds(seed ^ 0x3ee7, now) }))) await insertSeeded(repos, table as RecordTable, rows as BaseRecord[], ctx)
    await repos.setting.set('currentCommunityId', demo.community[0].id, ctx)
    return (await db.community.get(demo.community[0].id))!
  })
}
