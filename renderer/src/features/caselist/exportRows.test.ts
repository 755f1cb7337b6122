import { describe, expect, it } from 'vitest'
import type { CaseRecord } from '@shared/domain/case'
import { toCsv } from '@shared/io/csv'
import { EXPORT_COLUMNS, caseExportCells, caseExportRows, columnKind, type ExportText } from './exportRows'

const T = Date.UTC(2026, 10, 25, 6, 30)
const base: CaseRecord = {
  id: 'K1', communityId: 'C1', createdAt: T, updatedAt: T, hlc: '',
  orderNo: '2026112500012', source: '12345派单', type: '投诉', categoryId: 'cat', title: '占道经营', content: '早市摊贩占道',
  callerName: '张三丰', callerPhone: '13812345678', confidential: false, address: '银杏胡同 12 号', gridId: 'g1', placeId: 'p1',
  receivedAt: T, level: '7天', finishDeadline: T + 86_400_000, status: '办理中', handlerId: 'u1', unitId: 'd1', flags: ['督办', '催办'],
  assessment: { included: true }
}
const text: ExportText = {
  header: Object.fromEntries(EXPORT_COLUMNS.map((k) => [k, k.toUpperCase()])) as ExportText['header'],
  confidential: '保密',
  yes: '是',
  no: '否'
}
const lookups = {
  category: () => '城乡建设/市容环卫/占道经营',
  grid: (id?: string) => (id === 'g1' ? '第一网格' : ''),
  place: () => '银杏胡同',
  handler: () => '王芳',
  unit: () => '城管执法队'
}
const column = (rows: unknown[][], key: (typeof EXPORT_COLUMNS)[number]) => rows.slice(1).map((r) => r[EXPORT_COLUMNS.indexOf(key)])

describe('caseExportRows', () => {
  it('masks the caller and writes China times and names, under the given headers', () => {
    const rows = caseExportRows([base], lookups, text)
    expect(rows[0][0]).toBe('ORDERNO')
    expect(column(rows, 'callerName')).toEqual(['张**'])
    expect(column(rows, 'callerPhone')).toEqual(['138****5678'])
    expect(column(rows, 'receivedAt')).toEqual(['2026-11-25 14:30'])
    expect(column(rows, 'grid')).toEqual(['第一网格'])
    expect(column(rows, 'category')).toEqual(['城乡建设/市容环卫/占道经营'])
    expect(column(rows, 'flags')).toEqual(['督办、催办'])
    expect(column(rows, 'closedAt')).toEqual([''])
  })

  it('never shows the caller of a 保密件, not even masked', () => {
    const rows = caseExportRows([{ ...base, confidential: true }], lookups, text)
    expect(column(rows, 'callerName')).toEqual(['保密'])
    expect(column(rows, 'callerPhone')).toEqual(['保密'])
    expect(toCsv(rows)).not.toMatch(/138|5678|张/)
  })

  it('a file with no full phone number in it', () => {
    const csv = toCsv(caseExportRows([base, { ...base, id: 'K2', callerPhone: '010-64012345' }], lookups, text))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).not.toContain('13812345678')
    expect(csv).toContain('010-6401****')
  })

  it('writes the caller in full only when unmasked, and a 保密件 caller never', () => {
    const rows = caseExportRows([base, { ...base, id: 'K2', confidential: true }], lookups, text, { unmasked: true })
    expect(column(rows, 'callerName')).toEqual(['张三丰', '保密'])
    expect(column(rows, 'callerPhone')).toEqual(['13812345678', '保密'])
  })

  it('gives xlsx the times as instants and the callback answers in words', () => {
    const closed = { ...base, status: '已办结' as const, closedAt: T + 3_600_000, callback: { valid: true, contacted: true, resolved: false, satisfaction: '基本满意' as const } }
    const cells = caseExportCells(closed, lookups, text)
    const at = (key: (typeof EXPORT_COLUMNS)[number]) => cells[EXPORT_COLUMNS.indexOf(key)]
    expect([at('receivedAt'), at('closedAt'), at('signedAt')]).toEqual([T, T + 3_600_000, undefined])
    expect([at('contacted'), at('resolved'), at('satisfaction')]).toEqual(['是', '否', '基本满意'])
    expect(EXPORT_COLUMNS.filter((k) => columnKind(k) === 'date')).toEqual(['receivedAt', 'signedAt', 'contactedAt', 'repliedAt', 'finishDeadline', 'closedAt'])
  })
})
