import { describe, expect, it } from 'vitest'
import type { CaseRecord } from '@shared/domain/case'
import type { Whistle, WhistleReport } from '@shared/domain/work'
import { callbackQueueSheet, sheetCsvRows, whistleSheet } from './listSheets'

const T = Date.UTC(2026, 10, 25, 6, 30)
const t = (key: string) => key.split('.').pop()!
const base = { communityId: 'C', createdAt: T, updatedAt: T, hlc: '' }
const kase = (more: Partial<CaseRecord>): CaseRecord => ({
  ...base, id: 'K1', orderNo: 'GD1', source: '12345派单', type: '投诉', title: '路灯不亮', content: '西门路灯不亮', confidential: false,
  callerName: '张三丰', callerPhone: '13812345678', receivedAt: T, repliedAt: T + 3_600_000, level: '7天', status: '已反馈', flags: [],
  assessment: { included: true }, ...more
})

describe('list sheets', () => {
  it('the 回访 queue with callers masked, a 保密件 caller not at all, and the centre’s callbacks marked', () => {
    const sheet = callbackQueueSheet([
      { case: kase({}), callback: { ...base, id: 'B1', caseId: 'K1', attempts: [{ at: T, channel: '电话', reached: false }], origin: '12345' } },
      { case: kase({ id: 'K2', confidential: true }) }
    ], { user: () => '王芳' }, t)
    expect(sheet.rows.map((r) => [r.caller, r.phone, r.attempts, r.origin])).toEqual([['张**', '138****5678', 1, 'centre'], ['confidential', 'confidential', 0, 'local']])
    const csv = sheetCsvRows(sheet)
    expect(csv[0]).toEqual(['orderNo', 'title', 'caller', 'phone', 'repliedAt', 'handler', 'attempts', 'origin'])
    expect(csv[1][4]).toBe('2026-11-25 15:30')
  })

  it('the 吹哨 list, one row per summoned unit', () => {
    const whistle: Whistle = { ...base, id: 'W1', type: '综合执法', issue: '占道经营', caseIds: [], at: T, unitIds: ['U1', 'U2'], arrivalMinutes: 30, status: '处置中', actor: 'a' }
    const report = (unitId: string, more: Partial<WhistleReport>): WhistleReport => ({ ...base, id: unitId, whistleId: 'W1', unitId, notifiedAt: T, arrivalDeadline: T + 1_800_000, ...more })
    const sheet = whistleSheet([{ whistle, reports: [report('U1', { arrivedAt: T + 600_000, onTime: true, peopleSent: 3 }), report('U2', {})] }], { unit: (id) => (id === 'U1' ? '城管执法队' : '市场监管所') }, t)
    expect(sheet.rows.map((r) => [r.unit, r.onTime, r.people, r.arrivedAt])).toEqual([['城管执法队', 'yes', 3, T + 600_000], ['市场监管所', '', undefined, undefined]])
  })
})
