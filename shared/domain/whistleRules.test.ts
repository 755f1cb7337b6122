import { describe, expect, it } from 'vitest'
import { arrivalDeadline, checkArrival, checkCancel, checkCompletion, isLateReport, reportState, statusAfterArrival, validateArrivalMinutes } from './whistleRules'

const T = Date.UTC(2026, 10, 25, 2)
const MIN = 60_000

describe('whistle rules', () => {
  it('gives each unit 30 minutes by default; the deadline itself is on time', () => {
    expect(arrivalDeadline(T)).toBe(T + 30 * MIN)
    expect(arrivalDeadline(T, 45)).toBe(T + 45 * MIN)
    const r = { arrivalDeadline: T + 30 * MIN }
    expect(reportState({ ...r, arrivedAt: T + 30 * MIN }, T + 60 * MIN)).toBe('onTime')
    expect(reportState({ ...r, arrivedAt: T + 31 * MIN }, T + 60 * MIN)).toBe('late')
    expect(reportState(r, T + 30 * MIN)).toBe('waiting')
    expect(reportState(r, T + 30 * MIN + 1)).toBe('overdue')
    expect(isLateReport(r, T + 31 * MIN)).toBe(true)
    expect(isLateReport({ ...r, arrivedAt: T + MIN }, T + 90 * MIN)).toBe(false)
  })

  it('refuses a zero, negative or fractional arrival time limit', () => {
    expect(validateArrivalMinutes(0)).toBe('报到时限须为大于 0 的整数分钟')
    expect(validateArrivalMinutes(-5)).toBe('报到时限须为大于 0 的整数分钟')
    expect(validateArrivalMinutes(2.5)).toBe('报到时限须为大于 0 的整数分钟')
    expect(validateArrivalMinutes(24 * 60 + 1)).toBe('报到时限不能超过 24 小时')
    expect(validateArrivalMinutes(30)).toBeNull()
  })

  it('moves 已吹哨 to 处置中 on the first arrival and checks the arrival', () => {
    expect(statusAfterArrival('已吹哨')).toBe('处置中')
    expect(statusAfterArrival('处置中')).toBe('处置中')
    const open = { status: '已吹哨' as const, at: T }
    expect(checkArrival(open, {}, T + MIN, T + 2 * MIN)).toBeNull()
    expect(checkArrival(open, {}, T - MIN, T + 2 * MIN)).toBe('到场时间不能早于吹哨时间')
    expect(checkArrival(open, {}, T + 3 * MIN, T + 2 * MIN)).toBe('到场时间不能晚于现在')
    expect(checkArrival(open, { arrivedAt: T }, T + MIN, T + 2 * MIN)).toBe('该单位已登记报到')
    expect(checkArrival({ status: '已完成', at: T }, {}, T + MIN, T + 2 * MIN)).toBe('本次吹哨已完成，不能再修改')
  })

  it('completes only when every unit arrived and reported, naming those that did not', () => {
    const reports = [
      { unitId: 'A', arrivedAt: T, result: '已清理' },
      { unitId: 'B', arrivedAt: T, result: ' ' },
      { unitId: 'C' }
    ]
    const names: Record<string, string> = { A: '城管执法队', B: '物业', C: '派出所' }
    expect(checkCompletion({ status: '处置中' }, reports, (id) => names[id])).toBe('还不能完成本次吹哨。尚未报到：派出所；尚未填写处置结果：物业')
    expect(checkCompletion({ status: '处置中' }, reports.slice(0, 1))).toBeNull()
    expect(checkCompletion({ status: '已撤销' }, [])).toBe('本次吹哨已撤销，不能再修改')
    expect(checkCancel({ status: '已吹哨' }, '')).toBe('撤销吹哨须填写原因')
    expect(checkCancel({ status: '已吹哨' }, '误报')).toBeNull()
  })
})
