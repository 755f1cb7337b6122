import { describe, expect, it } from 'vitest'
import { ValidationError, validate } from './errors'
import { holidaySchema, slaRuleSchema } from './calendarSchemas'

const rule = {
  name: '一般诉求',
  level: '7天',
  priority: 0,
  clocks: { sign: { amount: 2, unit: 'hour' }, contact: { amount: 24, unit: 'hour' }, finish: { amount: 7, unit: 'work_day' } },
  enabled: true
}

const issuesOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (err) {
    return (err as ValidationError).issues
  }
  throw new Error('expected a ValidationError')
}

describe('slaRuleSchema', () => {
  it('accepts a rule and takes amounts typed as text', () => {
    const parsed = validate(slaRuleSchema, { ...rule, clocks: { ...rule.clocks, finish: { amount: '5', unit: 'work_day' } } })
    expect(parsed.clocks.finish).toEqual({ amount: 5, unit: 'work_day' })
  })

  it('refuses a zero or negative amount at that clock, naming it', () => {
    const issues = issuesOf(() =>
      validate(slaRuleSchema, { ...rule, clocks: { ...rule.clocks, sign: { amount: 0, unit: 'hour' }, finish: { amount: -3, unit: 'work_day' } } })
    )
    expect(issues).toEqual([
      { field: 'clocks.sign.amount', message: '签收时限：时限须大于 0' },
      { field: 'clocks.finish.amount', message: '办结时限：时限须大于 0' }
    ])
  })

  it('refuses half a working day, an empty name and a priority out of range', () => {
    const issues = issuesOf(() =>
      validate(slaRuleSchema, { ...rule, name: ' ', priority: 1000, clocks: { ...rule.clocks, finish: { amount: 1.5, unit: 'work_day' } } })
    )
    expect(issues.map((i) => i.field)).toEqual(['name', 'priority', 'clocks.finish.amount'])
    expect(issues[2].message).toBe('办结时限：天数须为整数')
  })
})

describe('holidaySchema', () => {
  it('accepts a day off and a make-up working day', () => {
    expect(validate(holidaySchema, { day: '2027-02-06', kind: 'workday', name: '春节调休' })).toMatchObject({ kind: 'workday' })
  })

  it('refuses an impossible date and an empty name', () => {
    const issues = issuesOf(() => validate(holidaySchema, { day: '2027-02-30', kind: 'holiday', name: '' }))
    expect(issues.map((i) => i.field)).toEqual(['day', 'name'])
  })
})
