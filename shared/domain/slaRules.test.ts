import { describe, expect, it } from 'vitest'
import type { SlaRuleRecord } from './case'
import { chinaCalendar } from './calendar'
import { computeDeadlines, DEFAULT_LEVEL_CLOCKS, matchSlaRule, validateClock, validateSlaRule } from './slaRules'

const t = (local: string): number => Date.parse(`${local}+08:00`)

function rule(id: string, extra: Partial<SlaRuleRecord>): SlaRuleRecord {
  return {
    id,
    communityId: 'c1',
    createdAt: 0,
    updatedAt: 0,
    hlc: '0',
    name: id,
    level: '7天',
    priority: 0,
    clocks: DEFAULT_LEVEL_CLOCKS['7天'],
    enabled: true,
    ...extra
  }
}

const rules = [
  rule('emergency', { level: '2小时', keywords: ['燃气泄漏', '火情'], clocks: DEFAULT_LEVEL_CLOCKS['2小时'] }),
  rule('heating', { level: '24小时', categoryIds: ['供暖'], clocks: DEFAULT_LEVEL_CLOCKS['24小时'] }),
  rule('no-heat', { level: '24小时', categoryIds: ['供暖-不热'], priority: -5, clocks: DEFAULT_LEVEL_CLOCKS['24小时'] }),
  rule('complaint', { level: '15天', types: ['投诉'], clocks: DEFAULT_LEVEL_CLOCKS['15天'] }),
  rule('complaint-hi', { level: '15天', types: ['投诉'], priority: 10, clocks: DEFAULT_LEVEL_CLOCKS['15天'] }),
  rule('off', { level: '2小时', keywords: ['噪音'], enabled: false })
]

const base = { type: '咨询', title: '咨询', content: '问一下办事流程' }

describe('matchSlaRule', () => {
  it('prefers a keyword rule over category and type rules', () => {
    const m = matchSlaRule({ ...base, type: '投诉', categoryId: '供暖', title: '楼道燃气泄漏', content: '' }, rules)
    expect(m).toMatchObject({ ruleId: 'emergency', level: '2小时', matchedBy: 'keyword' })
  })

  it('matches a category through its ancestors, the nearest winning over priority', () => {
    expect(matchSlaRule({ ...base, categoryId: '供暖-不热-夜间', categoryAncestors: ['供暖-不热', '供暖'] }, rules).ruleId).toBe('no-heat')
    expect(matchSlaRule({ ...base, categoryId: '供暖-漏水', categoryAncestors: ['供暖'] }, rules)).toMatchObject({
      ruleId: 'heating',
      matchedBy: 'category'
    })
  })

  it('falls back to type, then breaks ties by priority', () => {
    expect(matchSlaRule({ ...base, type: '投诉' }, rules)).toMatchObject({ ruleId: 'complaint-hi', matchedBy: 'type' })
  })

  it('skips disabled rules and gives the 7天 default when nothing matches', () => {
    const m = matchSlaRule({ ...base, content: '夜间噪音扰民' }, rules)
    expect(m).toEqual({ name: '默认', level: '7天', clocks: DEFAULT_LEVEL_CLOCKS['7天'], matchedBy: 'default' })
  })

  it('matches a rule by any of its conditions, ranking its strongest one', () => {
    const seeded = [
      rule('emergency', { level: '2小时', keywords: ['燃气泄漏'], priority: 100 }),
      rule('utilities', { level: '24小时', keywords: ['燃气', '停水'], categoryIds: ['供暖'], priority: 50 }),
      rule('general', { level: '7天', priority: 0 })
    ]
    const heating = { ...base, categoryId: '供暖' }
    expect(matchSlaRule({ ...heating, content: '楼道有燃气泄漏' }, seeded).ruleId).toBe('emergency')
    expect(matchSlaRule({ ...base, content: '小区停水' }, seeded)).toMatchObject({ ruleId: 'utilities', matchedBy: 'keyword' })
    expect(matchSlaRule(heating, seeded)).toMatchObject({ ruleId: 'utilities', matchedBy: 'category' })
    expect(matchSlaRule(base, seeded)).toMatchObject({ ruleId: 'general', matchedBy: 'rule' })
  })
})

describe('computeDeadlines', () => {
  it('computes the three clocks from receipt', () => {
    const received = t('2026-02-13T09:30:00')
    expect(computeDeadlines(received, { clocks: DEFAULT_LEVEL_CLOCKS['7天'] }, chinaCalendar)).toEqual({
      sign: t('2026-02-13T11:30:00'),
      contact: t('2026-02-14T09:30:00'),
      finish: t('2026-03-03T00:00:00')
    })
  })

  it('uses a clock log where one is given', () => {
    const received = t('2026-03-06T10:00:00')
    const finish = [
      { type: 'start' as const, at: received },
      { type: 'pause' as const, at: t('2026-03-06T10:30:00') },
      { type: 'resume' as const, at: t('2026-03-06T11:00:00') }
    ]
    const d = computeDeadlines(received, { clocks: DEFAULT_LEVEL_CLOCKS['2小时'] }, chinaCalendar, { finish })
    expect(d.sign).toBe(t('2026-03-06T11:00:00'))
    expect(d.finish).toBe(t('2026-03-09T00:00:00'))
  })
})

describe('validateClock and validateSlaRule', () => {
  it('refuses a clock of zero, a fraction of a day or an unknown unit', () => {
    expect(validateClock({ amount: 0, unit: 'hour' })).toBe('时限须大于 0')
    expect(validateClock({ amount: -2, unit: 'work_day' })).toBe('时限须大于 0')
    expect(validateClock({ amount: 1.5, unit: 'natural_day' })).toBe('天数须为整数')
    expect(validateClock({ amount: 1, unit: 'week' as never })).toBe('时限单位须为小时、自然日或工作日')
    expect(validateClock({ amount: 251, unit: 'work_day' })).toBe('时限不能超过 250个工作日')
    expect(validateClock({ amount: 0.5, unit: 'hour' })).toBeNull()
  })

  it('names the clock in each problem of a rule', () => {
    const bad = { name: ' ', priority: 0, keywords: ['', '漏水'], clocks: { ...DEFAULT_LEVEL_CLOCKS['7天'], contact: { amount: 0, unit: 'hour' as const } } }
    expect(validateSlaRule(bad)).toEqual(['规则名称不能为空', '首次联系时限：时限须大于 0', '关键词不能为空白'])
    expect(validateSlaRule(rule('ok', {}))).toEqual([])
  })
})
