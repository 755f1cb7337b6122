import { describe, expect, it } from 'vitest'
import { mapWorkOrderSheet } from './import12345'
import { matchColumns, normalizeHeader, WORK_ORDER_COLUMNS } from './workOrderColumns'

describe('normalizeHeader', () => {
  it.each([
    ['工单编号', '工单编号'],
    [' 工单 编号 ', '工单编号'],
    ['工单编号*', '工单编号'],
    ['*工单编号', '工单编号'],
    ['工单编号：', '工单编号'],
    ['工单编号＊：', '工单编号'],
    ['工单\u3000编号', '工单编号'],
    ['\uFEFF工单编号', '工单编号'],
    ['村／社区', '村/社区'],
    ['社区（村）', '社区(村)']
  ])('%j reads as %j', (raw, normalized) => {
    expect(normalizeHeader(raw)).toBe(normalized)
  })
})

describe('matchColumns', () => {
  it('gives each alias to one field only', () => {
    const all = WORK_ORDER_COLUMNS.flatMap((c) => c.aliases.map(normalizeHeader))
    expect(new Set(all).size).toBe(all.length)
  })

  it('recognises aliases and decorated headers', () => {
    const { mapping } = matchColumns(['工单号 *', '派单时间：', '诉求内容', '联系电话', '备注'])
    expect(mapping).toEqual({
      '工单号 *': 'orderNo',
      '派单时间：': 'receivedAt',
      诉求内容: 'content',
      联系电话: 'callerPhone',
      备注: ''
    })
  })

  it('prefers the platform header over an alias, whatever the column order', () => {
    const { columns, mapping } = matchColumns(['派单时间', '来电时间', '受理时间'])
    expect(columns.get('receivedAt')).toBe(1)
    expect(mapping).toEqual({ 派单时间: '', 来电时间: 'receivedAt', 受理时间: '' })
  })

  it('lets the mapping screen assign unknown headers, reassign and ignore columns', () => {
    const headers = ['单号', '反映时间', '诉求内容', '内容', '来电人']
    const { columns, mapping } = matchColumns(headers, {
      单号: 'orderNo',
      反映时间: 'receivedAt',
      内容: 'content',
      诉求内容: '',
      来电人: 'notAField'
    })
    expect(Object.fromEntries(columns)).toEqual({ orderNo: 0, receivedAt: 1, content: 3, callerName: 4 })
    expect(mapping).toEqual({ 单号: 'orderNo', 反映时间: 'receivedAt', 诉求内容: '', 内容: 'content', 来电人: 'callerName' })
  })

  it('keeps a header named like an object property as an ordinary key', () => {
    const { mapping } = matchColumns(['__proto__', 'constructor', '工单编号'])
    expect(Object.keys(mapping)).toEqual(['__proto__', 'constructor', '工单编号'])
    expect(mapping.constructor).toBe('')
  })
})

describe('mapWorkOrderSheet with a user mapping', () => {
  it('imports a sheet whose headers are only known through the mapping', () => {
    const rows = [
      ['单号', '反映时间', '问题'],
      ['A1', '2026-03-05 14:30', '路灯不亮']
    ]
    expect(mapWorkOrderSheet(rows).cases).toEqual([])
    const { cases, mapping } = mapWorkOrderSheet(rows, {
      mapping: { 单号: 'orderNo', 反映时间: 'receivedAt', 问题: 'content' }
    })
    expect(cases).toEqual([{ sourceRow: 2, orderNo: 'A1', receivedAt: Date.UTC(2026, 2, 5, 6, 30), content: '路灯不亮' }])
    expect(mapping).toEqual({ 单号: 'orderNo', 反映时间: 'receivedAt', 问题: 'content' })
  })
})
