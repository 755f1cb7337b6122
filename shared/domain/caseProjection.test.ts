import { describe, expect, it } from 'vitest'
import { chinaCalendar } from './calendar'
import { overdueClocks, projectCase, sortCaseEvents, type CaseEventLike } from './caseProjection'
import { DEFAULT_LEVEL_CLOCKS } from './slaRules'

const t = (local: string): number => Date.parse(`${local}+08:00`)
const base = { id: 'case-1', title: '楼道灯不亮', receivedAt: t('2026-02-13T09:30:00') }
const ctx = { calendar: chinaCalendar, clocks: DEFAULT_LEVEL_CLOCKS['7天'] }

let seq = 0
const ev = (at: string, type: string, payload: Record<string, unknown> = {}, desk = 'A', actor = 'clerk'): CaseEventLike => ({
  id: `01${desk}${String(seq++).padStart(4, '0')}`,
  type,
  at: t(at),
  actor,
  payload
})

describe('projectCase', () => {
  it('projects a new case: 待签收, deadlines from receipt, intake fields kept', () => {
    const p = projectCase(base, [], ctx)
    expect(p).toMatchObject({ id: 'case-1', title: '楼道灯不亮', status: '待签收', flags: [], assessment: { included: true } })
    expect(p.finishDeadline).toBe(t('2026-03-03T00:00:00'))
    expect(p.signDeadline).toBe(t('2026-02-13T11:30:00'))
    expect(p.contactDeadline).toBe(t('2026-02-14T09:30:00'))
  })

  it('follows the events to 已办结 and moves the deadline by a 挂账 span', () => {
    const events = [
      ev('2026-02-13T10:00:00', 'sign'),
      ev('2026-02-13T11:00:00', 'contact'),
      ev('2026-02-24T10:00:00', 'park', { reason: '待补充材料' }),
      ev('2026-02-25T16:00:00', 'resume'),
      ev('2026-03-04T10:00:00', 'reply', { reply: '已更换灯泡' }),
      ev('2026-03-05T10:00:00', 'close')
    ]
    const p = projectCase(base, events, ctx)
    expect(p).toMatchObject({
      status: '已办结',
      signedAt: t('2026-02-13T10:00:00'),
      contactedAt: t('2026-02-13T11:00:00'),
      repliedAt: t('2026-03-04T10:00:00'),
      closedAt: t('2026-03-05T10:00:00'),
      paused: false,
      conflicts: []
    })
    expect(p.finishDeadline).toBe(t('2026-03-05T00:00:00'))
    expect(overdueClocks(p, t('2026-03-10T00:00:00'))).toEqual([])
  })

  it('keeps a parked case frozen, or live when given now', () => {
    const events = [ev('2026-02-13T10:00:00', 'sign'), ev('2026-02-24T10:00:00', 'park', { reason: '待补充材料' })]
    expect(projectCase(base, events, ctx)).toMatchObject({ status: '挂账', paused: true, finishDeadline: t('2026-03-03T00:00:00') })
    expect(projectCase(base, events, { ...ctx, now: t('2026-02-26T12:00:00') }).finishDeadline).toBe(t('2026-03-06T00:00:00'))
  })

  it('keeps concurrent events from two desks, both effects landing', () => {
    const same = '2026-02-13T10:00:00'
    const events = [
      ev(same, 'sign', {}, 'B', 'desk-b'),
      ev(same, 'sign', {}, 'A', 'desk-a'),
      ev(same, 'flag', { flag: '督办' }, 'A', 'desk-a'),
      ev(same, 'assign', { handlerId: 'wang' }, 'B', 'desk-b')
    ]
    const p = projectCase(base, events, ctx)
    expect(p).toMatchObject({ status: '办理中', flags: ['督办'], handlerId: 'wang', signedAt: t(same) })
    expect(p.conflicts).toEqual([{ eventId: events[0].id, message: expect.stringContaining('不能签收') }])
  })

  it('gives the same row whatever order the events arrive in', () => {
    const events = [
      ev('2026-02-13T10:00:00', 'sign', {}, 'A'),
      ev('2026-02-14T10:00:00', 'requestExtension', { amount: 2, unit: 'work_day', reason: '协调' }, 'A'),
      ev('2026-02-14T10:00:00', 'cancel', { reason: '撤诉' }, 'B'),
      ev('2026-02-24T10:00:00', 'approveExtension', {}, 'B'),
      ev('2026-02-24T10:00:00', 'flag', { flag: '疑难' }, 'A')
    ]
    const expected = projectCase(base, events, ctx)
    expect(projectCase(base, [...events].reverse(), ctx)).toEqual(expected)
    expect(projectCase(base, [events[3], events[0], events[4], events[2], events[1]], ctx)).toEqual(expected)
    // at the same instant desk A's id sorts first: the extension request, then B's 撤销 wins
    expect(expected.status).toBe('已撤销')
    expect(expected.conflicts.map((c) => c.eventId)).toEqual([events[4].id, events[3].id])
  })

  it('passes over event types that are not actions, and reports malformed ones', () => {
    const events = [
      ev('2026-02-13T10:00:00', 'note', { text: '居民再次来电' }),
      ev('2026-02-13T10:05:00', 'flag', { flag: '加急' })
    ]
    const p = projectCase(base, events, ctx)
    expect(p.status).toBe('待签收')
    expect(p.conflicts).toEqual([{ eventId: events[1].id, message: '操作内容有误：flag' }])
  })

  it('sorts by time, then by id', () => {
    const a = { id: 'b', at: 1 }
    const b = { id: 'a', at: 1 }
    const c = { id: 'z', at: 0 }
    expect(sortCaseEvents([a, b, c])).toEqual([c, b, a])
  })
})

describe('overdueClocks', () => {
  const p = projectCase(base, [ev('2026-02-16T10:00:00', 'sign')], ctx)

  it('marks a clock done late, and a clock still running past its deadline', () => {
    expect(overdueClocks(p, t('2026-02-20T00:00:00'))).toEqual(['sign', 'contact'])
    expect(overdueClocks(p, t('2026-03-03T00:00:01'))).toEqual(['sign', 'contact', 'finish'])
  })

  it('stops counting a returned case', () => {
    const returned = projectCase(base, [ev('2026-02-13T10:00:00', 'return', { reason: '非本辖区' })], ctx)
    expect(overdueClocks(returned, t('2026-04-01T00:00:00'))).toEqual([])
  })
})
