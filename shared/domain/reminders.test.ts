import { describe, expect, it } from 'vitest'
import {
  batchReminders,
  caseReminderKey,
  dueReminders,
  lateArrivalKey,
  lateArrivalReminders,
  subjectOfKey,
  type ReminderCase
} from './reminders'

const HOUR = 3_600_000
const T0 = Date.UTC(2026, 10, 25, 0, 0) // 2026-11-25 08:00 China time

const make = (over: Partial<ReminderCase> = {}): ReminderCase => ({
  id: 'c1',
  orderNo: '2026112512345678',
  title: '小区东门占道经营',
  receivedAt: T0,
  finishDeadline: T0 + 10 * HOUR,
  status: '办理中',
  ...over
})

describe('dueReminders', () => {
  it('says nothing while the light is green or yellow', () => {
    expect(dueReminders([make()], T0 + 7 * HOUR, new Set())).toEqual([])
  })

  it('warns once a case turns orange, with its number, title and the time left', () => {
    const [r, ...rest] = dueReminders([make()], T0 + 7 * HOUR, new Set(), { yellow: 0.5, orange: 0.7 })
    expect(rest).toEqual([])
    expect(r).toEqual({
      key: 'c1:orange',
      subjectId: 'c1',
      title: '工单即将超时',
      body: '2026112512345678 小区东门占道经营，剩余 3小时'
    })
  })

  it('says 已超时 and by how much once the deadline has passed', () => {
    const [r] = dueReminders([make({ orderNo: undefined })], T0 + 12 * HOUR + 30 * 60_000, new Set())
    expect(r.key).toBe('c1:red')
    expect(r.title).toBe('工单已超时')
    expect(r.body).toBe('小区东门占道经营，已超时 2小时30分')
  })

  it('never repeats a case and light already sent, but still sends the next light', () => {
    const sent = new Set([caseReminderKey('c1', 'orange')])
    expect(dueReminders([make()], T0 + 9 * HOUR, sent)).toEqual([])
    expect(dueReminders([make()], T0 + 11 * HOUR, sent).map((r) => r.key)).toEqual(['c1:red'])
  })

  it('skips cases that are done, parked, returned or have no deadline', () => {
    const late = T0 + 20 * HOUR
    const cases = (['已反馈', '已办结', '挂账', '退单', '已撤销'] as const).map((status, i) => make({ id: `x${i}`, status }))
    cases.push(make({ id: 'nd', finishDeadline: undefined }))
    expect(dueReminders(cases, late, new Set())).toEqual([])
    expect(dueReminders([make({ status: '待签收' }), make({ id: 'c2', status: '延期审核' })], late, new Set())).toHaveLength(2)
  })

  it('measures a reopened case from its 重办, and leaves a paused clock alone', () => {
    const reopened = make({ receivedAt: T0 - 100 * HOUR, finishStartedAt: T0 })
    expect(dueReminders([reopened], T0 + 7 * HOUR, new Set())).toEqual([])
    expect(dueReminders([reopened], T0 + 9 * HOUR, new Set())).toHaveLength(1)
    expect(dueReminders([make({ paused: true })], T0 + 20 * HOUR, new Set())).toEqual([])
  })

  it('puts overdue cases first, then the nearest deadline', () => {
    const now = T0 + 9 * HOUR
    const cases = [
      make({ id: 'soon-late', finishDeadline: T0 + 10 * HOUR }),
      make({ id: 'overdue', finishDeadline: T0 + 8 * HOUR }),
      make({ id: 'soon', finishDeadline: T0 + 9.5 * HOUR })
    ]
    expect(dueReminders(cases, now, new Set()).map((r) => r.subjectId)).toEqual(['overdue', 'soon', 'soon-late'])
  })
})

describe('lateArrivalReminders', () => {
  const watch = { reportId: 'r1', unitName: '区城管执法队', issue: '占道经营', arrivalDeadline: T0 + HOUR }

  it('alerts once a unit is past its deadline without arriving', () => {
    expect(lateArrivalReminders([watch], T0 + HOUR, new Set())).toEqual([])
    const [r] = lateArrivalReminders([watch], T0 + HOUR + 5 * 60_000, new Set())
    expect(r.key).toBe('whistle:r1')
    expect(r.body).toBe('区城管执法队 应于 09:00 前到场，已超时 5分（占道经营）')
  })

  it('stays quiet for units that arrived and for reports already alerted', () => {
    const later = T0 + 2 * HOUR
    expect(lateArrivalReminders([{ ...watch, arrivedAt: T0 + 1.5 * HOUR }], later, new Set())).toEqual([])
    expect(lateArrivalReminders([watch], later, new Set([lateArrivalKey('r1')]))).toEqual([])
  })
})

describe('batchReminders', () => {
  const reminders = dueReminders(
    Array.from({ length: 5 }, (_, i) => make({ id: `c${i}` })),
    T0 + 11 * HOUR,
    new Set()
  )

  it('shows up to three one by one', () => {
    expect(batchReminders(reminders.slice(0, 3))).toHaveLength(3)
  })

  it('folds more than three into one summary that counts them', () => {
    const late = lateArrivalReminders([{ reportId: 'r', unitName: '物业', issue: '漏水', arrivalDeadline: T0 }], T0 + HOUR, new Set())
    expect(batchReminders(reminders)).toEqual([{ title: '接诉即办提醒', body: '有 5 件工单即将超时或已超时，请到工作台查看' }])
    expect(batchReminders([...reminders, ...late])[0].body).toBe('有 5 件工单即将超时或已超时；有 1 个报到单位未按时到场，请到工作台查看')
  })
})

describe('subjectOfKey', () => {
  it('reads the case or report back from a sent key', () => {
    expect(subjectOfKey(caseReminderKey('01HX:1', 'red'))).toBe('01HX:1')
    expect(subjectOfKey(lateArrivalKey('r9'))).toBe('r9')
  })
})
