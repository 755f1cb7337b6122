import { describe, expect, it } from 'vitest'
import { categoryPath, seedCategories } from './categories'
import { seedSlaRules } from './slaSeed'
import { matchSlaRule } from './slaRules'

let n = 0
const ids = () => `id-${String(++n).padStart(4, '0')}`
const now = Date.UTC(2026, 0, 5)
const categories = seedCategories('C1', ids, now)

describe('seedCategories', () => {
  it('seeds the 12345 top categories in order', () => {
    const top = categories.filter((c) => c.level === 1)
    expect(top.map((c) => c.name).slice(0, 5)).toEqual(['市场管理', '公共服务', '住房', '医疗卫生', '城乡建设'])
    expect(top.map((c) => c.name)).toContain('消防安全')
    expect(top.every((c) => c.parentId === undefined && !('parentId' in c))).toBe(true)
  })

  it('links every child to a parent one level up, listed before it', () => {
    const seen = new Map<string, number>()
    for (const c of categories) {
      if (c.parentId) expect(seen.get(c.parentId)).toBe(c.level - 1)
      seen.set(c.id, c.level)
    }
  })

  it('has unique names among siblings and third levels where a clerk expects them', () => {
    const keys = categories.map((c) => `${c.parentId ?? ''}/${c.name}`)
    expect(new Set(keys).size).toBe(keys.length)
    const path = (name: string) => categoryPath(categories, categories.find((c) => c.name === name)!.id)
    expect(path('占道经营')).toBe('城乡建设/市容环卫/占道经营')
    expect(path('电梯故障')).toBe('物业管理/物业服务/电梯故障')
    expect(path('室温不达标')).toBe('供暖/居民供暖/室温不达标')
    expect(path('施工噪声')).toBe('环境保护/噪声污染/施工噪声')
  })

  it('stamps every row for the community at the given time', () => {
    expect(categories.every((c) => c.communityId === 'C1' && c.createdAt === now && c.hlc.endsWith('-seed'))).toBe(true)
  })
})

describe('seedSlaRules', () => {
  const rules = seedSlaRules('C1', ids, now, categories)

  it('seeds the four levels with their clocks', () => {
    const byLevel = Object.fromEntries(rules.map((r) => [r.level, r]))
    expect(byLevel['2小时'].clocks.finish).toEqual({ amount: 1, unit: 'natural_day' })
    expect(byLevel['2小时'].keywords).toContain('燃气泄漏')
    expect(byLevel['24小时'].clocks.contact).toEqual({ amount: 24, unit: 'hour' })
    expect(byLevel['7天'].clocks.finish).toEqual({ amount: 7, unit: 'work_day' })
    expect(byLevel['15天'].clocks.finish).toEqual({ amount: 15, unit: 'work_day' })
  })

  it('links 水电气热 to the seeded 供暖 and 供水 categories and ranks emergencies first', () => {
    const utility = rules.find((r) => r.level === '24小时')!
    expect(utility.categoryIds?.map((id) => categoryPath(categories, id))).toEqual(['供暖', '供水'])
    expect([...rules].sort((a, b) => b.priority - a.priority)[0].level).toBe('2小时')
  })

  it('gives the levels a clerk expects through the rule matcher', () => {
    const heating = categories.find((c) => c.name === '室温不达标')!
    const ancestors = [heating.parentId!, categories.find((c) => c.id === heating.parentId)!.parentId!]
    const match = (title: string, categoryId?: string, categoryAncestors?: string[]) =>
      matchSlaRule({ type: '求助', title, content: title, categoryId, categoryAncestors }, rules).level
    expect(match('3 号楼厨房燃气泄漏')).toBe('2小时')
    expect(match('家里暖和不起来', heating.id, ancestors)).toBe('24小时')
    expect(match('楼下早点摊油烟大')).toBe('7天')
    expect(match('院内私搭乱建多年的历史遗留问题')).toBe('15天')
  })
})
