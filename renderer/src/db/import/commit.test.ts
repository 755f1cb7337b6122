import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mapWorkOrderSheet } from '@shared/io/import12345'
import type { DeskDB } from '../database'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from '../cases/fixture'
import { commitImport, IMPORT_CANCELLED, planImport } from './index'
import { loadSavedMapping, saveMapping } from './mappings'

let db: DeskDB
let w: CaseWorld
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
})
afterEach(() => db.delete())

const TABLES = ['case', 'caseEvent', 'callback', 'category', 'outbox']
const HEADER = ['工单编号', '来电时间', '问题分类', '主要内容', '来电人', '是否联系', '是否解决', '是否满意']
const row = (no: string, content: string, path = '城乡建设/市容环卫/占道经营', cb = ['', '', '']) =>
  [no, '2026-03-08 09:15', path, content, '李桂兰', ...cb]

async function existingCase() {
  return w.services.cases.intake(w.communityId, w.intake({ source: '12345派单', orderNo: 'GD2026030001', content: '东门外占道摆摊', title: '东门外占道摆摊', callerName: '李桂兰' }, T0 - 7_200_000), ctxAt(T0 - 7_200_000))
}

const sheet = (rows: unknown[][]) => mapWorkOrderSheet([HEADER, ...rows], { now: T0 })

describe('12345 import', () => {
  it('previews new, updated, unchanged and rejected rows and lists unknown category paths', async () => {
    await existingCase()
    await w.services.cases.intake(w.communityId, w.intake({ source: '12345派单', orderNo: 'GD2026030002', content: '楼道堆物', title: '楼道堆物', callerName: '李桂兰' }, T0 - 7_200_000), ctxAt(T0 - 7_200_000))
    const plan = await planImport(db, w.communityId, sheet([
      row('GD2026030001', '东门外占道摆摊，早高峰堵路'),
      row('GD2026030002', '楼道堆物'),
      row('GD2026030003', '西门路灯不亮', '城乡建设/市政设施/路灯照明'),
      row('GD2026030004', '', undefined),
      row('GD 0005', '编号有空格')
    ]), T0)
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, rejected: 2 })
    expect(plan.rows.find((r) => r.kind === 'updated')?.changes).toEqual(['主要内容'])
    expect(plan.rejected.map((r) => [r.row, r.column])).toEqual([[5, '主要内容'], [6, '工单编号']])
    expect(plan.unknownCategories).toEqual([{ path: '城乡建设/市政设施/路灯照明', rows: [4] }])
  })

  it('commits new cases as 12345派单 intakes, creates missing paths and lands callback answers', async () => {
    const before = await counts(db, 'case')
    const result = await commitImport(db, w.communityId, sheet([
      row('GD2026030003', '西门路灯不亮', '城乡建设/市政设施/路灯照明', ['是', '否', '基本满意'])
    ]), ctxAt(T0))
    expect(result.created).toHaveLength(1)
    expect(result.categoriesCreated).toEqual(['城乡建设/市政设施/路灯照明'])
    const made = (await w.services.cases.get(result.created[0]))!
    expect(made).toMatchObject({ source: '12345派单', orderNo: 'GD2026030003', categoryPath: '城乡建设/市政设施/路灯照明' })
    expect((await counts(db, 'case')).case).toBe(before.case + 1)
    const callback = await w.services.callbacks.get(made.id)
    expect(callback).toMatchObject({ origin: '12345', contacted: true, resolved: false, finalSatisfaction: '基本满意' })
  })

  it('an update keeps the earlier events and adds one import event', async () => {
    const old = await existingCase()
    const eventsBefore = await w.services.cases.events(old.id)
    const result = await commitImport(db, w.communityId, sheet([row('GD2026030001', '东门外占道摆摊，早高峰堵路')]), ctxAt(T0))
    expect(result.updated).toEqual([old.id])
    const events = await w.services.cases.events(old.id)
    expect(events.slice(0, eventsBefore.length).map((e) => e.id)).toEqual(eventsBefore.map((e) => e.id))
    expect(events.slice(eventsBefore.length).map((e) => [e.type, e.payload?.changed])).toEqual([['import', ['主要内容']]])
    expect((await w.services.cases.get(old.id))?.content).toBe('东门外占道摆摊，早高峰堵路')
  })

  it('a failure half-way writes nothing at all', async () => {
    await existingCase()
    const before = await counts(db, ...TABLES)
    // the categories and the new cases are written first, then their events in bulk: that write fails
    vi.spyOn(db.caseEvent, 'bulkAdd').mockImplementation(() => {
      throw new Error('磁盘已满')
    })
    const rows = [row('GD2026030001', '改过的内容'), row('GD2026030007', '新工单一', '城乡建设/新分类/新小类'), row('GD2026030008', '新工单二')]
    await expect(commitImport(db, w.communityId, sheet(rows), ctxAt(T0))).rejects.toThrow('磁盘已满')
    vi.restoreAllMocks()
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('reports its progress chunk by chunk up to the number of cases it writes', async () => {
    await existingCase()
    const rows = [row('GD2026030001', '改过的内容'), ...[3, 4, 5, 6, 7].map((n) => row(`GD202603000${n}`, `新工单${n}`)), row('GD2026030009', '', undefined)]
    const seen: [number, number][] = []
    const result = await commitImport(db, w.communityId, sheet(rows), ctxAt(T0), { chunk: 2, onProgress: (done, total) => seen.push([done, total]) })
    expect(result.created).toHaveLength(5)
    // nothing yet, three chunks of new ones, then the one update
    expect(seen).toEqual([[0, 6], [2, 6], [4, 6], [5, 6], [6, 6]])
  })

  it('an abort between chunks rolls back the chunks already written', async () => {
    await existingCase()
    const before = await counts(db, ...TABLES)
    const abort = new AbortController()
    const rows = [row('GD2026030001', '改过的内容'), ...[3, 4, 5, 6, 7].map((n) => row(`GD202603000${n}`, `新工单${n}`, '城乡建设/新分类/新小类'))]
    const commit = commitImport(db, w.communityId, sheet(rows), ctxAt(T0), { chunk: 2, signal: abort.signal, onProgress: (done) => done >= 2 && abort.abort() })
    await expect(commit).rejects.toThrow(IMPORT_CANCELLED)
    expect(await counts(db, ...TABLES)).toEqual(before)
    expect((await db.case.where('orderNo').equals('GD2026030001').first())?.content).toBe('东门外占道摆摊')
  })

  it('saved mappings add up across imports', async () => {
    await saveMapping(db, { 编号列: 'orderNo' }, ctxAt(T0))
    await saveMapping(db, { 诉求正文: 'content' }, ctxAt(T0))
    expect(await loadSavedMapping(db)).toEqual({ 编号列: 'orderNo', 诉求正文: 'content' })
  })
})
