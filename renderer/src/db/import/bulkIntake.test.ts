import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mapWorkOrderSheet } from '@shared/io/import12345'
import type { DeskDB } from '../database'
import { T0, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from '../cases/fixture'
import { rollupTable } from '../rollups/table'
import { commitImport } from './index'

let one: DeskDB
let bulk: DeskDB
let a: CaseWorld
let b: CaseWorld
beforeEach(async () => {
  one = freshDb()
  bulk = freshDb()
  a = await caseWorld(one)
  b = await caseWorld(bulk)
})
afterEach(async () => {
  await one.delete()
  await bulk.delete()
})

const H = 3_600_000
const stamp = (ms: number) => new Date(ms + 8 * H).toISOString().slice(0, 16).replace('T', ' ')
// what differs by construction: ids, clocks, and the phone hash (each install salts its own)
const OWN = ['id', 'communityId', 'hlc', 'fieldClocks', 'createdAt', 'updatedAt', 'callerPhoneHash', 'categoryId', 'categoryAncestors', 'slaRuleId']
const comparable = (row: object) => Object.fromEntries(Object.entries(row).filter(([k]) => !OWN.includes(k)))
// rollups are keyed by category id, which each database seeds for itself: compare by name
async function counters(db: DeskDB) {
  const names = new Map([...(await db.category.toArray()), ...(await db.community.toArray())].map((c) => [c.id, c.name]))
  return (await rollupTable(db).toArray()).map((r) => JSON.stringify([r.period, r.dimension, names.get(r.key) ?? r.key, r.counters])).sort()
}

describe('bulk intake of new work orders', () => {
  it('gives the same row, events and rollups as taking each one in through 新建工单', async () => {
    const calls = [[12, '李桂兰'], [30, '李桂兰'], [50, '王秀英']] as const
    const ids: string[] = []
    for (const [i, [hours, name]] of calls.entries()) {
      const input = a.intake({ source: '12345派单', orderNo: `GD${i}`, categoryId: a.category('占道经营').id, gridId: undefined, placeId: undefined, callerName: name, callerPhone: name === '李桂兰' ? '13800001111' : '13900002222', title: `第${i}件`, content: `第${i}件的内容`, address: '东门' }, T0 - hours * H)
      ids.push((await a.services.cases.intake(a.communityId, input, ctxAt(T0))).id)
    }
    const header = ['工单编号', '来电时间', '工单类型', '问题分类', '标题', '主要内容', '来电人', '来电人电话', '小区点位']
    const rows = calls.map(([hours, name], i) => [`GD${i}`, stamp(T0 - hours * H - 600_000), '投诉', '城乡建设/市容环卫/占道经营', `第${i}件`, `第${i}件的内容`, name, name === '李桂兰' ? '13800001111' : '13900002222', '东门'])
    const result = await commitImport(bulk, b.communityId, mapWorkOrderSheet([header, ...rows], { now: T0 }), ctxAt(T0))
    for (const [i, id] of ids.entries()) {
      const made = await b.services.cases.get(result.created[i])
      const source = (await a.services.cases.get(id))!
      expect(comparable(made!)).toEqual(comparable(source))
      const events = (await b.services.cases.events(made!.id)).map((e) => [e.type, e.at, e.payload])
      expect(events).toEqual((await a.services.cases.events(id)).map((e) => [e.type, e.at, e.payload]))
    }
    expect(await counters(bulk)).toEqual(await counters(one))
    expect(await bulk.outbox.where('table').equals('case').count()).toBe(await one.outbox.where('table').equals('case').count())
  })
})
