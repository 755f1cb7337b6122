import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CASE_FLAGS, CASE_SOURCES, CASE_STATUSES, CASE_TYPES, RESPONSE_LEVELS } from '../domain/case'
import { WARNING_LIGHTS, warningLight } from '../domain/lights'
import { createCaseIndex } from './caseIndex'
import { CATEGORIES, DAY, HOUR, T0 } from './testing'
import { CASE_SORT_FIELDS, type CaseFilters, type CaseIndexRow, type CaseQuery } from './types'

/** A reference written the plain way: filter the array, sort it, slice it. */

const INITIALS: Record<string, string> = { 张三: 'zs', 李四: 'ls', 王小明: 'wxm' }
const PHRASES = ['占道经营', '噪声扰民', '暖气不热', 'WiFi信号', '垃圾清运', '']
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const subset = <T>(values: readonly T[]) => opt(fc.subarray([...values]))

const rowArb: fc.Arbitrary<Omit<CaseIndexRow, 'id'>> = fc.record({
  status: fc.constantFrom(...CASE_STATUSES),
  level: fc.constantFrom(...RESPONSE_LEVELS),
  source: fc.constantFrom(...CASE_SOURCES),
  type: fc.constantFrom(...CASE_TYPES),
  flags: fc.subarray([...CASE_FLAGS]),
  categoryId: opt(fc.constantFrom(...CATEGORIES.map((c) => c.id))),
  gridId: opt(fc.constantFrom('g1', 'g2', 'g3')),
  placeId: opt(fc.constantFrom('p1', 'p2')),
  handlerId: opt(fc.constantFrom('u1', 'u2')),
  unitId: opt(fc.constantFrom('d1', 'd2')),
  receivedAt: fc.integer({ min: 0, max: 30 }).map((h) => T0 + h * HOUR),
  finishDeadline: opt(fc.integer({ min: 0, max: 40 }).map((h) => T0 + h * 12 * HOUR)),
  finishStartedAt: opt(fc.integer({ min: 0, max: 10 }).map((h) => T0 + h * DAY)),
  repliedAt: opt(fc.integer({ min: 0, max: 20 }).map((h) => T0 + h * DAY)),
  closedAt: opt(fc.integer({ min: 0, max: 20 }).map((h) => T0 + h * DAY)),
  paused: opt(fc.boolean()),
  callback: opt(fc.constant({ valid: true, contacted: true, resolved: true })),
  callbackDue: opt(fc.constant(T0 + DAY)),
  confidential: fc.boolean(),
  callerName: opt(fc.constantFrom(...Object.keys(INITIALS))),
  title: fc.constantFrom(...PHRASES),
  content: fc.constantFrom(...PHRASES),
  address: opt(fc.constantFrom('银杏胡同', '安和里小区')),
  orderNo: opt(fc.constantFrom('2026a001', '2026b002', '2025c003'))
})

const filtersArb: fc.Arbitrary<CaseFilters> = fc.record(
  {
    status: subset(CASE_STATUSES),
    light: subset(WARNING_LIGHTS),
    level: subset(RESPONSE_LEVELS),
    categoryId: fc.constantFrom(...CATEGORIES.map((c) => c.id)),
    gridId: subset(['g1', 'g2', 'g9']),
    placeId: subset(['p1', 'p2']),
    handlerId: subset(['u1', 'u2']),
    unitId: subset(['d1']),
    source: subset(CASE_SOURCES),
    type: subset(CASE_TYPES),
    flags: subset(CASE_FLAGS),
    receivedFrom: fc.integer({ min: 0, max: 30 }).map((h) => T0 + h * HOUR),
    receivedTo: fc.integer({ min: 0, max: 30 }).map((h) => T0 + h * HOUR),
    closedFrom: fc.integer({ min: 0, max: 20 }).map((h) => T0 + h * DAY),
    closedTo: fc.integer({ min: 0, max: 20 }).map((h) => T0 + h * DAY),
    overdue: fc.boolean(),
    awaitingCallback: fc.boolean()
  },
  { requiredKeys: [] }
)

const RUNNING = ['待签收', '办理中', '延期审核']
const lightOf = (r: CaseIndexRow, now: number) =>
  !RUNNING.includes(r.status) || r.paused || r.status === '挂账' || r.finishDeadline === undefined
    ? null
    : warningLight(r.finishStartedAt ?? r.receivedAt, r.finishDeadline, now)

function descendants(id: string): string[] {
  const kids = CATEGORIES.filter((c) => c.parentId === id).map((c) => c.id)
  return [id, ...kids.flatMap(descendants)]
}

function passes(r: CaseIndexRow, f: CaseFilters | undefined, now: number): boolean {
  if (!f) return true
  const inList = <T>(list: T[] | undefined, value: T | undefined) => !list?.length || (value !== undefined && list.includes(value))
  const light = lightOf(r, now)
  const finishedAt = r.repliedAt ?? r.closedAt
  const stopped = r.status === '退单' || r.status === '已撤销' || r.paused || r.status === '挂账'
  const overdue = r.finishDeadline !== undefined && (finishedAt !== undefined ? finishedAt > r.finishDeadline : !stopped && now > r.finishDeadline)
  const answered = r.status === '已反馈' || r.status === '已办结'
  const awaiting = answered && (r.callbackDue !== undefined || r.callback === undefined)
  const within = (t: number | undefined, from?: number, to?: number) =>
    (from === undefined && to === undefined) || (t !== undefined && t >= (from ?? -Infinity) && t <= (to ?? Infinity))
  return (
    inList(f.status, r.status) && inList(f.level, r.level) && inList(f.source, r.source) && inList(f.type, r.type) &&
    inList(f.gridId, r.gridId) && inList(f.placeId, r.placeId) && inList(f.handlerId, r.handlerId) && inList(f.unitId, r.unitId) &&
    (!f.categoryId || (r.categoryId !== undefined && descendants(f.categoryId).includes(r.categoryId))) &&
    (!f.flags?.length || f.flags.some((x) => r.flags.includes(x))) &&
    (!f.light?.length || (light !== null && f.light.includes(light))) &&
    within(r.receivedAt, f.receivedFrom, f.receivedTo) && within(r.closedAt, f.closedFrom, f.closedTo) &&
    (f.overdue === undefined || f.overdue === overdue) &&
    (f.awaitingCallback === undefined || f.awaitingCallback === awaiting)
  )
}

function found(r: CaseIndexRow, search: string): boolean {
  const text = [r.title, r.content, r.address ?? '', r.orderNo ?? ''].join('\n').toLowerCase()
  const initials = r.confidential ? '' : INITIALS[r.callerName ?? ''] ?? ''
  return search.toLowerCase().split(/\s+/).filter(Boolean).every((w) => text.includes(w) || (/^[a-z]+$/.test(w) && initials.startsWith(w)))
}

const sortKey = (r: CaseIndexRow, field: CaseQuery['sort']['field']): (string | number)[] => {
  switch (field) {
    case 'receivedAt': return [r.receivedAt]
    case 'finishDeadline': return [r.finishDeadline ?? Infinity]
    case 'status': return [CASE_STATUSES.indexOf(r.status), r.receivedAt]
    case 'level': return [RESPONSE_LEVELS.indexOf(r.level), r.receivedAt]
    case 'orderNo': return [r.orderNo === undefined ? 1 : 0, r.orderNo ?? '']
  }
}
const compareKeys = (a: (string | number)[], b: (string | number)[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  return 0
}

const queryArb = fc.record({
  filters: opt(filtersArb),
  scope: opt(filtersArb),
  search: fc.constantFrom('', '占道', 'wifi', 'zs', 'l', '噪声 暖气', '2026a', '银杏 ls'),
  sort: fc.record({ field: fc.constantFrom(...CASE_SORT_FIELDS), dir: fc.constantFrom('asc' as const, 'desc' as const) }),
  offset: fc.integer({ min: 0, max: 8 }),
  limit: fc.integer({ min: 1, max: 12 }),
  now: fc.integer({ min: 0, max: 80 }).map((h) => T0 + h * 6 * HOUR)
})

describe('case index against a plain filter', () => {
  it('returns what filtering, sorting and slicing the rows gives, after any upserts and removals', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.array(fc.record({ at: fc.nat(), row: rowArb, drop: fc.boolean() }), { maxLength: 15 }),
        queryArb,
        (initial, changes, query) => {
          const rows = new Map(initial.map((r, i) => [`c${i}`, { ...r, id: `c${i}` } as CaseIndexRow]))
          const index = createCaseIndex([...rows.values()], { categories: CATEGORIES })
          // a query first builds the sort order, so the changes below must keep it in place
          index.query({ ...query, offset: 0, limit: 1 })
          for (const change of changes) {
            const id = `c${change.at % (initial.length + 5)}`
            if (change.drop) {
              index.upsert([{ ...change.row, id, deletedAt: T0 }])
              rows.delete(id)
            } else {
              index.upsert([{ ...change.row, id }])
              rows.set(id, { ...change.row, id })
            }
          }
          const expected = [...rows.values()]
            .filter((r) => passes(r, query.filters, query.now) && passes(r, query.scope, query.now) && found(r, query.search))
            .sort((a, b) => compareKeys(sortKey(a, query.sort.field), sortKey(b, query.sort.field)) * (query.sort.dir === 'asc' ? 1 : -1))

          const all = index.query({ ...query, offset: 0, limit: 1000 })
          expect(all.total).toBe(expected.length)
          expect(new Set(all.rows.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.id)))
          expect(all.rows.map((r) => sortKey(rows.get(r.id)!, query.sort.field))).toEqual(expected.map((r) => sortKey(r, query.sort.field)))
          for (const item of all.rows) expect(item.light).toBe(lightOf(rows.get(item.id)!, query.now))

          const page = index.query(query)
          expect(page.total).toBe(expected.length)
          expect(page.rows.map((r) => r.id)).toEqual(all.rows.slice(query.offset, query.offset + query.limit).map((r) => r.id))
          const counts = index.counts(query, { a: query.scope ?? {}, b: {} })
          expect(counts.a).toBe(expected.length)
          expect(counts.b).toBe([...rows.values()].filter((r) => passes(r, query.filters, query.now) && found(r, query.search)).length)
        }
      ),
      { numRuns: 300 }
    )
  })
})
