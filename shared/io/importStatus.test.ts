import { describe, expect, it } from 'vitest'
import type { CaseStatus } from '../domain/case'
import { initialCaseState, type CaseState } from '../domain/caseMachine'
import { foldCaseEvents } from '../domain/caseProjection'
import type { ImportedCase } from './import12345'
import { describeStatusMove, statusMove } from './importStatus'

const H = 3_600_000
const T = Date.UTC(2026, 2, 2, 1, 0)
const NOW = T + 200 * H
const fresh = (): CaseState => initialCaseState({ receivedAt: T })
const row = (status: CaseStatus, more: Partial<ImportedCase> = {}): ImportedCase =>
  ({ sourceRow: 2, orderNo: 'GD1', receivedAt: T, content: '路灯不亮', status, statusText: status, ...more })
const opts = { actor: 'importer', now: NOW, floor: T }

function replay(state: CaseState, events: { type: string; at: number; payload?: Record<string, unknown> }[]) {
  return foldCaseEvents(state, events.map((e, i) => ({ ...e, id: `e${i}`, actor: 'importer' })))
}

describe('statusMove', () => {
  it('a new case the platform closed gets sign → reply → close at the file’s times', () => {
    const move = statusMove(fresh(), row('已办结', { signedAt: T + H, repliedAt: T + 30 * H, closedAt: T + 48 * H, reply: '已清理', result: '已解决' }), opts)
    if (move.kind !== 'forward') throw new Error(move.kind)
    expect(move.events.map((e) => [e.type, e.at])).toEqual([['sign', T + H], ['reply', T + 30 * H], ['close', T + 48 * H]])
    expect(move.events[1].payload).toMatchObject({ reply: '已清理', result: '已解决', viaImport: true })
    expect(move.events.some((e) => e.payload?.estimated)).toBe(false)
    const { state, conflicts } = replay(fresh(), move.events)
    expect(conflicts).toEqual([])
    expect(state).toMatchObject({ status: '已办结', signedAt: T + H, repliedAt: T + 30 * H, closedAt: T + 48 * H })
  })

  it('without 签收 / 反馈 times, signs on receipt and answers at 办结时间, marking what it estimated', () => {
    const move = statusMove(fresh(), row('已办结', { closedAt: T + 48 * H, callback: { contacted: true } }), opts)
    if (move.kind !== 'forward') throw new Error(move.kind)
    expect(move.events.map((e) => [e.type, e.at, e.payload?.estimated ?? false])).toEqual([
      ['sign', T, true], ['contact', T, true], ['reply', T + 48 * H, true], ['close', T + 48 * H, false]
    ])
    const noTimes = statusMove(fresh(), row('已反馈'), opts)
    if (noTimes.kind !== 'forward') throw new Error(noTimes.kind)
    expect(noTimes.events.at(-1)).toMatchObject({ type: 'reply', at: NOW, payload: { estimated: true } })
  })

  it('never dates an event before what the case already holds', () => {
    const signed = replay(fresh(), [{ type: 'sign', at: T + 10 * H }]).state
    const move = statusMove(signed, row('已办结', { closedAt: T + 5 * H }), { ...opts, floor: T + 20 * H })
    if (move.kind !== 'forward') throw new Error(move.kind)
    expect(move.events.map((e) => [e.type, e.at, e.payload?.estimated])).toEqual([['reply', T + 20 * H, true], ['close', T + 20 * H, true]])
  })

  it('never moves a case backwards, and says when no action leads to the file’s state', () => {
    const closed = replay(fresh(), [{ type: 'sign', at: T + H }, { type: 'reply', at: T + 2 * H, payload: { reply: '好' } }, { type: 'close', at: T + 3 * H }]).state
    const behind = statusMove(closed, row('办理中'), opts)
    expect(behind).toEqual({ kind: 'behind', from: '已办结', to: '办理中' })
    expect(describeStatusMove(behind)).toContain('以本地为准')
    const replied = replay(fresh(), [{ type: 'sign', at: T + H }, { type: 'reply', at: T + 2 * H, payload: { reply: '好' } }]).state
    const blocked = statusMove(replied, row('退单'), opts)
    expect(blocked.kind).toBe('blocked')
    expect(describeStatusMove(blocked)).toContain('冲突')
    expect(statusMove(closed, row('已办结'), opts)).toEqual({ kind: 'none' })
    expect(statusMove(fresh(), row('待签收'), opts)).toEqual({ kind: 'none' })
    expect(statusMove(fresh(), { ...row('待签收'), status: undefined }, opts)).toEqual({ kind: 'none' })
  })

  it('returns, withdraws and parks with the platform’s status as the reason', () => {
    const returned = statusMove(fresh(), row('退单', { statusText: '已退单' }), opts)
    expect(returned).toMatchObject({ kind: 'forward', events: [{ type: 'return', payload: { reason: '12345 平台状态：已退单' } }] })
    const parked = statusMove(fresh(), row('挂账'), opts)
    expect(parked.kind === 'forward' && parked.events.map((e) => e.type)).toEqual(['sign', 'park'])
    const extension = statusMove(fresh(), row('延期审核'), opts)
    expect(extension.kind === 'forward' && extension.events.map((e) => e.type)).toEqual(['sign'])
  })
})
