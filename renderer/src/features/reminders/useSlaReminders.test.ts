import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import type { ArrivalWatch, ReminderCase } from '@shared/domain/reminders'
import type { Ticker } from '../../composables/useNow'
import { localSentKeys } from './sentKeys'
import { useSlaReminders, type ReminderSources } from './useSlaReminders'

const HOUR = 3_600_000
const T0 = Date.UTC(2026, 10, 25, 0, 0)

const kase = (id: string, over: Partial<ReminderCase> = {}): ReminderCase => ({
  id, title: `工单${id}`, receivedAt: T0, finishDeadline: T0 + 10 * HOUR, status: '办理中', ...over
})

function memoryStorage() {
  const items = new Map<string, string>()
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
}

function setup(cases: ReminderCase[], arrivals: ArrivalWatch[] = [], storage = memoryStorage()) {
  let clock = T0 + 9 * HOUR
  const timers: (() => void)[] = []
  const ticker: Ticker = { setInterval: (fn) => timers.push(fn), clearInterval: (id) => void timers.splice(id - 1, 1) }
  const notify = vi.fn(async () => ({ shown: true }))
  const sources: ReminderSources = { openCases: async () => [...cases], arrivals: async () => arrivals }
  const scope = effectScope()
  const reminders = scope.run(() =>
    useSlaReminders(sources, { sent: localSentKeys(storage, () => 'c1'), notify, now: () => clock, scheduler: ticker })
  )!
  return { reminders, notify, storage, timers, scope, setClock: (ms: number) => (clock = ms) }
}

describe('useSlaReminders', () => {
  it('checks at start and notifies each case and light once, even across a restart', async () => {
    const first = setup([kase('a'), kase('b', { finishDeadline: T0 + 20 * HOUR })])
    await first.reminders.check()
    expect(first.notify).toHaveBeenCalledTimes(1)
    expect(first.notify).toHaveBeenCalledWith({ title: '工单即将超时', body: '工单a，剩余 1小时' })

    await first.reminders.check()
    expect(first.notify).toHaveBeenCalledTimes(1)
    first.setClock(T0 + 11 * HOUR)
    await first.reminders.check()
    expect(first.notify).toHaveBeenLastCalledWith({ title: '工单已超时', body: '工单a，已超时 1小时' })
    first.scope.stop()

    const restarted = setup([kase('a')], [], first.storage)
    restarted.setClock(T0 + 11 * HOUR)
    await restarted.reminders.check()
    expect(restarted.notify).not.toHaveBeenCalled()
  })

  it('folds more than three into one summary', async () => {
    const { reminders, notify } = setup(['a', 'b', 'c', 'd', 'e'].map((id) => kase(id)))
    await reminders.check()
    expect(notify).toHaveBeenCalledTimes(1)
    expect(notify).toHaveBeenCalledWith({ title: '接诉即办提醒', body: '有 5 件工单即将超时或已超时，请到工作台查看' })
  })

  it('alerts once for a summoned unit that is late', async () => {
    const late = { reportId: 'r1', unitName: '区城管执法队', issue: '占道经营', arrivalDeadline: T0 + 8 * HOUR }
    const { reminders, notify } = setup([], [late])
    await reminders.check()
    await reminders.check()
    expect(notify).toHaveBeenCalledTimes(1)
    expect(notify.mock.calls[0]).toEqual([{ title: '报到单位未按时到场', body: expect.stringContaining('区城管执法队') }])
  })

  it('forgets keys of cases that are no longer open', async () => {
    const { reminders, storage } = setup([kase('a')])
    await reminders.check()
    expect(JSON.parse(storage.items.get('community-desk.reminders.sent:c1')!)).toEqual(['a:orange'])
    const next = setup([], [], storage)
    await next.reminders.check()
    expect(JSON.parse(storage.items.get('community-desk.reminders.sent:c1')!)).toEqual([])
  })

  it('checks once more when asked during a check, so a change made meanwhile is not missed', async () => {
    const cases: ReminderCase[] = []
    const { reminders, notify } = setup(cases)
    const first = reminders.check()
    cases.push(kase('late-comer'))
    void reminders.check()
    await first
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1))
  })

  it('runs on the timer and stops with its scope', () => {
    const { timers, scope } = setup([])
    expect(timers).toHaveLength(1)
    scope.stop()
    expect(timers).toHaveLength(0)
  })

  it('keeps running when a source fails, and says why', async () => {
    const sources: ReminderSources = { openCases: () => Promise.reject(new Error('数据库不可用')), arrivals: async () => [] }
    const scope = effectScope()
    const notify = vi.fn(async () => ({ shown: true }))
    const broken = scope.run(() =>
      useSlaReminders(sources, { sent: localSentKeys(memoryStorage(), () => 'c1'), notify, scheduler: { setInterval: () => 1, clearInterval: () => {} } })
    )!
    await expect(broken.check()).resolves.toEqual([])
    expect(String(broken.lastError.value)).toMatch(/数据库不可用/)
    expect(notify).not.toHaveBeenCalled()
    scope.stop()
  })
})
