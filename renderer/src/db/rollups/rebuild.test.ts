import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { CaseAction } from '@shared/domain/caseMachine'
import { DeskError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { caseWorld } from '../cases/fixture'
import { loadDemoCommunity } from '../setup'
import { T0, ctxAt, freshDb } from '../testing'
import { createScoreboardService } from './service'
import { rollupTable } from './table'

const HOUR = 3_600_000
const DAY = 24 * HOUR
let db: DeskDB | undefined
afterEach(() => db?.delete())

const stored = async (database: DeskDB) =>
  (await rollupTable(database).toArray()).map(({ updatedAt: _u, ...r }) => r).sort((a, b) => `${a.period}${a.dimension}${a.key}`.localeCompare(`${b.period}${b.dimension}${b.key}`))

const actionArb: fc.Arbitrary<CaseAction> = fc.oneof(
  fc.constant({ type: 'sign' } as const),
  fc.constant({ type: 'reply', reply: '已处理' } as const),
  fc.constant({ type: 'close' } as const),
  fc.constant({ type: 'reopen', reason: '居民不满意' } as const),
  fc.constant({ type: 'assess', included: false, exclusionReason: '非本辖区' } as const),
  fc.constant({ type: 'assess', included: true } as const)
)
const intakeArb = fc.record({ kind: fc.constant('intake' as const), grid: fc.integer({ min: 0, max: 1 }), caller: fc.integer({ min: 0, max: 2 }), daysAgo: fc.integer({ min: 0, max: 70 }) })
const stepArb = fc.oneof(
  { arbitrary: intakeArb, weight: 2 },
  // takes a case one step on its usual way: 签收, 反馈, then a callback
  { arbitrary: fc.record({ kind: fc.constant('advance' as const), pick: fc.nat() }), weight: 4 },
  fc.record({ kind: fc.constant('act' as const), pick: fc.nat(), action: actionArb }),
  fc.record({ kind: fc.constant('assign' as const), pick: fc.nat(), unit: fc.integer({ min: 0, max: 1 }) }),
  fc.record({
    kind: fc.constant('callback' as const),
    pick: fc.nat(),
    result: fc.record({ valid: fc.boolean(), contacted: fc.boolean(), resolved: fc.boolean(), satisfaction: fc.constantFrom('满意' as const, '基本满意' as const, '不满意' as const) })
  })
)

describe('maintained rollups', () => {
  it('equal a rebuild from the cases after any sequence of intakes, actions and callbacks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(intakeArb, { minLength: 1, maxLength: 4 }), fc.array(stepArb, { minLength: 1, maxLength: 30 }), async (first, rest) => {
        const steps = [...first, ...rest]
        db = freshDb()
        const w = await caseWorld(db)
        const { cases, callbacks } = w.services
        const ids: string[] = []
        let now = T0
        for (const step of steps) {
          now += HOUR
          const ctx = ctxAt(now)
          try {
            if (step.kind === 'intake') {
              const phone = ['13812345678', '13912345678', undefined][step.caller]
              const input = w.intake({ gridId: w.grids[step.grid].id, placeId: w.places[step.grid].id, callerPhone: phone, receivedAt: now - step.daysAgo * DAY })
              ids.push((await cases.intake(w.communityId, input, ctx)).id)
            } else if (ids.length === 0) continue
            else if (step.kind === 'advance') {
              const id = ids[step.pick % ids.length]
              const { status } = (await cases.get(id))!
              if (status === '待签收') await cases.act(id, { type: 'sign' }, ctx)
              else if (status === '办理中') await cases.act(id, { type: 'reply', reply: '已协调处理' }, ctx)
              else await callbacks.recordResult(id, { valid: true, contacted: true, resolved: step.pick % 3 > 0, satisfaction: (['满意', '基本满意', '不满意'] as const)[step.pick % 3] }, ctx)
            } else if (step.kind === 'act') await cases.act(ids[step.pick % ids.length], step.action, ctx)
            else if (step.kind === 'assign') await cases.act(ids[step.pick % ids.length], { type: 'assign', unitId: w.units[step.unit].id }, ctx)
            else await callbacks.recordResult(ids[step.pick % ids.length], step.result, ctx)
          } catch (err) {
            // the state machine refuses actions the case's state does not allow; nothing is written then
            if (!(err instanceof DeskError)) throw err
          }
        }
        const maintained = await stored(db)
        const { cases: counted } = await createScoreboardService(db).rebuild(w.communityId)
        expect(counted).toBe(ids.length)
        expect(maintained).toEqual(await stored(db))
        await db.delete()
        db = undefined
      }),
      { numRuns: 15 }
    )
  }, 120_000)

  it('of the demo community are built at load and equal a rebuild', async () => {
    db = freshDb()
    const community = await loadDemoCommunity(db, { seed: 3, now: T0 })
    const loaded = await stored(db)
    expect(loaded.length).toBeGreaterThan(100)
    const result = await createScoreboardService(db).rebuild(community.id)
    expect(result.cases).toBeGreaterThan(1000)
    expect(loaded).toEqual(await stored(db))
  }, 60_000)
})
