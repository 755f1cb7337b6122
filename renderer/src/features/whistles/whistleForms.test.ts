import { describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/domain/errors'
import { blankWhistle, toArrival, toHandling, toWhistleInput } from './whistleForms'

const NOW = Date.UTC(2026, 10, 25, 6, 0)
const MIN = 60_000

const fieldsOf = (fn: () => unknown): Record<string, string> => {
  try {
    fn()
  } catch (err) {
    if (err instanceof ValidationError) return Object.fromEntries(err.issues.map((i) => [i.field, i.message]))
    throw err
  }
  throw new Error('expected a ValidationError')
}

describe('toWhistleInput', () => {
  it('starts from now, 群众诉求 and a 30-minute window, with the case linked', () => {
    expect(blankWhistle(NOW, '东门占道', ['c1'])).toMatchObject({ type: '群众诉求', at: NOW, arrivalMinutes: 30, caseIds: ['c1'], issue: '东门占道' })
  })

  it('needs an issue, a time not in the future, a unit and a window of 1 to 240 minutes', () => {
    const draft = { ...blankWhistle(NOW), at: NOW + 10 * MIN, arrivalMinutes: 0 }
    expect(fieldsOf(() => toWhistleInput(draft, NOW))).toEqual({
      issue: '请填写吹哨事项',
      at: '吹哨时间不能晚于现在',
      unitIds: '请至少选择一个报到单位',
      arrivalMinutes: '到场时限须为 1 到 240 分钟的整数'
    })
    expect(fieldsOf(() => toWhistleInput({ ...blankWhistle(NOW), issue: 'x', unitIds: ['u'], arrivalMinutes: 241 }, NOW))).toHaveProperty('arrivalMinutes')
    expect(fieldsOf(() => toWhistleInput({ ...blankWhistle(NOW), issue: 'x', unitIds: ['u'], at: null }, NOW))).toEqual({ at: '请填写吹哨时间' })
  })

  it('trims text, drops empty optional fields and repeated cases', () => {
    const draft = { ...blankWhistle(NOW - 40 * MIN, ' 东门占道 ', ['c1', 'c1', 'c2']), unitIds: ['u1', 'u2'], address: ' ' }
    const input = toWhistleInput(draft, NOW)
    expect(input).toEqual({
      type: '群众诉求', issue: '东门占道', caseIds: ['c1', 'c2'], at: NOW - 40 * MIN, unitIds: ['u1', 'u2'], arrivalMinutes: 30
    })
    expect(input.unitIds).not.toBe(draft.unitIds)
  })
})

describe('toArrival', () => {
  const blown = NOW - 40 * MIN

  it('takes a time between the whistle and now, and a whole number of people', () => {
    expect(toArrival({ at: NOW - 20 * MIN, people: 3 }, blown, NOW)).toEqual({ arrivedAt: NOW - 20 * MIN, peopleSent: 3 })
    expect(toArrival({ at: NOW + 20_000, people: null }, blown, NOW)).toEqual({ arrivedAt: NOW })
  })

  it('refuses a time before the whistle or in the future, and odd head counts', () => {
    expect(fieldsOf(() => toArrival({ at: blown - MIN, people: 1.5 }, blown, NOW))).toEqual({
      at: '到场时间不能早于吹哨时间', people: '出动人数须为 0 到 1000 之间的整数'
    })
    expect(fieldsOf(() => toArrival({ at: NOW + 5 * MIN, people: 2 }, blown, NOW))).toEqual({ at: '到场时间不能晚于现在' })
    expect(fieldsOf(() => toArrival({ at: null, people: 2 }, blown, NOW))).toEqual({ at: '请填写到场时间' })
  })
})

describe('toHandling', () => {
  it('requires the result and keeps only what was filled in', () => {
    expect(fieldsOf(() => toHandling({ actions: '劝离摊贩', result: ' ', rating: '好', ratingNote: '' }))).toEqual({ result: '请填写处置结果' })
    expect(toHandling({ actions: '', result: ' 已清理 ', rating: '', ratingNote: '' })).toEqual({ result: '已清理' })
  })
})
