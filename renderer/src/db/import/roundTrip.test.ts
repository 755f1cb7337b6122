import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaseRecord } from '@shared/domain/case'
import { mapWorkOrderSheet } from '@shared/io/import12345'
import { openDesk, type DeskDB } from '../database'
import { T0, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from '../cases/fixture'
import type { ExportText } from '../../features/caselist/exportRows'
import { headerFirst, readSheetRows } from '../../features/data/parseSheet'
import { createExportService, type ExportFormat } from '../../workers/exportService'
import caseListMessages from '../../i18n/zh-CN/caseList'
import { commitImport } from './index'

const H = 3_600_000
const at = (hoursBefore: number) => T0 - hoursBefore * H
// the headers a user's file carries: the app's own Chinese ones
const text: ExportText = { header: caseListMessages.export.header, confidential: '保密', yes: '是', no: '否' }

let source: DeskDB
let target: DeskDB
let a: CaseWorld
let b: CaseWorld
beforeEach(async () => {
  source = freshDb()
  target = freshDb()
  a = await caseWorld(source)
  b = await caseWorld(target)
})
afterEach(async () => {
  await source.delete()
  await target.delete()
})

/** Cases at every stage a 12345 work order passes through. */
async function fill(): Promise<string[]> {
  const s = a.services
  const intake = (no: string, hours: number, more = {}) =>
    s.cases.intake(a.communityId, a.intake({ source: '12345派单', orderNo: no, address: '安和里东门', ...more }, at(hours)), ctxAt(at(hours)))
  const waiting = await intake('GD001', 40, { title: '东门占道', content: '东门外早市占道，早高峰堵路' })
  const working = await intake('GD002', 60, { type: '求助', title: '路灯不亮', content: '西门两盏路灯一周不亮', callerName: '孙立军', callerPhone: '139 0000 1111' })
  await s.cases.act(working.id, { type: 'sign' }, ctxAt(at(59)))
  const closed = await intake('GD003', 90, { type: '建议', categoryId: a.category('占道经营').id, title: '增设停车区', content: '建议南门划设非机动车停放区' })
  await s.cases.act(closed.id, { type: 'sign' }, ctxAt(at(89)))
  await s.cases.act(closed.id, { type: 'contact', note: '电话联系' }, ctxAt(at(88)))
  await s.cases.act(closed.id, { type: 'reply', reply: '已划设停放区', result: '已解决' }, ctxAt(at(70)))
  await s.cases.act(closed.id, { type: 'close' }, ctxAt(at(69)))
  await s.callbacks.recordResult(closed.id, { valid: true, contacted: true, resolved: true, satisfaction: '基本满意' }, ctxAt(at(50)))
  const returned = await intake('GD004', 30, { title: '非本辖区', content: '反映的是邻区的问题' })
  await s.cases.act(returned.id, { type: 'return', reason: '非本辖区' }, ctxAt(at(29)))
  return [waiting.id, working.id, closed.id, returned.id]
}

const SAME = ['orderNo', 'source', 'type', 'categoryPath', 'title', 'content', 'callerName', 'callerPhone', 'address', 'receivedAt', 'level',
  'status', 'signedAt', 'contactedAt', 'repliedAt', 'closedAt', 'finishDeadline', 'reply', 'result', 'callback'] as const
const facts = (c: CaseRecord) => Object.fromEntries(SAME.map((k) => [k, c[k]]))

async function roundTrip(format: ExportFormat, name: string) {
  const ids = await fill()
  const service = createExportService({ openDb: (dbName) => openDesk(dbName), emit: () => {} })
  const outcome = await service.run({ dbName: source.name, communityId: a.communityId, format, scope: { ids }, text, unmasked: true, sheetName: '工单' })
  const read = await readSheetRows(name, outcome.files[0].bytes)
  if (!read.ok) throw new Error(read.message)
  const sheet = mapWorkOrderSheet(headerFirst(read.rows), { now: T0 })
  expect(sheet.rejected).toEqual([])
  const result = await commitImport(target, b.communityId, sheet, ctxAt(T0))
  expect(result.created).toHaveLength(ids.length)
  const before = await Promise.all(ids.map((id) => a.services.cases.get(id)))
  const after = await Promise.all(result.created.map((id) => b.services.cases.get(id)))
  return { before: before.map((c) => facts(c!)), after: after.map((c) => facts(c!)) }
}

describe('export → import gives the same cases', () => {
  it('through xlsx', async () => {
    const { before, after } = await roundTrip('xlsx', '工单导出.xlsx')
    expect(after).toEqual(before)
  })

  it('through csv (UTF-8)', async () => {
    const { before, after } = await roundTrip('csv', '工单导出.csv')
    expect(after).toEqual(before)
  })

  it('through GBK csv', async () => {
    const { before, after } = await roundTrip('csv-gbk', '工单导出-GBK.csv')
    expect(after).toEqual(before)
  })
})
