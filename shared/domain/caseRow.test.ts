import { describe, expect, it } from 'vitest'
import type { CaseRecord } from './case'
import { caseBase, projectCaseRow, type CaseBase } from './caseRow'
import { addClock } from './sla'

const T = Date.UTC(2026, 2, 9, 1, 30)
const HOUR = 3_600_000
const base: CaseBase = { source: '来电', type: '投诉', title: '占道经营', content: '东门外摆摊', confidential: false, receivedAt: T, level: '7天' }
const ev = (id: string, type: string, at: number, payload?: Record<string, unknown>) => ({ id, type, at, actor: 'u', payload })

describe('projectCaseRow', () => {
  it('projects status, deadlines, the running finish clock and the callback due', () => {
    const events = [ev('1', 'intake', T), ev('2', 'sign', T + HOUR), ev('3', 'reply', T + 5 * HOUR, { reply: '已清理' })]
    const row = projectCaseRow(base, events)
    expect(row).toMatchObject({ status: '已反馈', signedAt: T + HOUR, repliedAt: T + 5 * HOUR, finishStartedAt: T, callbackDue: T + 5 * HOUR, paused: false, flags: [] })
    expect(row.finishDeadline).toBe(addClock(T, { amount: 7, unit: 'work_day' }))
    expect(row).not.toHaveProperty('clockLogs')
    expect(row).not.toHaveProperty('conflicts')
    const called = projectCaseRow(base, [...events, ev('4', 'callback', T + 6 * HOUR, { valid: true, contacted: true, resolved: false, satisfaction: '不满意' })])
    expect(called.callbackDue).toBeUndefined()
    const reopened = projectCaseRow(base, [...events, ev('4', 'callback', T + 6 * HOUR, { valid: true, contacted: true, resolved: false, satisfaction: '不满意' }), ev('5', 'reopen', T + 7 * HOUR, {})])
    expect(reopened).toMatchObject({ status: '办理中', finishStartedAt: T + 7 * HOUR, reopenCount: 1 })
    expect(reopened.repliedAt).toBeUndefined()
  })

  it('uses the clocks stored on the case, not today’s rules', () => {
    const row = projectCaseRow({ ...base, clocks: { sign: { amount: 1, unit: 'hour' }, contact: { amount: 2, unit: 'hour' }, finish: { amount: 1, unit: 'natural_day' } } }, [])
    expect(row.signDeadline).toBe(T + HOUR)
  })

  it('never carries a stale projected field of an old row into the new projection', () => {
    const old = { ...base, id: 'X', communityId: 'C', createdAt: T, updatedAt: T, hlc: 'h', status: '已反馈', repliedAt: T + 5, whistleId: 'W1', flags: [], assessment: { included: true } } as unknown as CaseRecord
    const b = caseBase(old)
    expect(b).toEqual({ ...base, whistleId: 'W1' })
    // the reply conflicted away in the merge: the row must not keep repliedAt
    const row = projectCaseRow(b, [ev('1', 'cancel', T + 1, { reason: '撤诉' }), ev('2', 'reply', T + 2, { reply: 'x' })])
    expect(row.status).toBe('已撤销')
    expect(row.repliedAt).toBeUndefined()
    expect(row.conflicts).toEqual([{ eventId: '2', message: expect.stringContaining('已撤销') }])
    expect(row.whistleId).toBe('W1')
  })
})
