import { describe, expect, it } from 'vitest'
import { findingIntakeOf, guessCategory, problemForCategory } from './findingIntake'

const categories = [
  { id: 'c1', name: '城乡建设', level: 1 as const },
  { id: 'c2', name: '市容环卫', level: 2 as const },
  { id: 'c3', name: '占道经营', level: 3 as const },
  { id: 'c4', name: '乱停车', level: 3 as const },
  { id: 'c5', name: '开墙打洞', level: 3 as const, deletedAt: 1 }
]

describe('finding intake', () => {
  it('guesses the category by the problem\'s name, through the 12345 name where it differs, or none', () => {
    expect(guessCategory('无占道经营', categories)).toBe('c3')
    expect(guessCategory('占道经营', categories)).toBe('c3')
    expect(guessCategory('乱停乱放', categories)).toBe('c4')
    expect(guessCategory('开墙打洞', categories)).toBeUndefined()
    expect(guessCategory('其他', categories)).toBeUndefined()
    expect([problemForCategory('乱停车'), problemForCategory('占道经营'), problemForCategory('供暖')]).toEqual(['乱停乱放', '占道经营', undefined])
  })

  it('prefills a 小巷管家上报 complaint from the finding, its place and the reporting volunteer', () => {
    const intake = findingIntakeOf({
      patrol: { endedAt: 1000, placeId: 'p1' },
      finding: { type: '其他', text: '井盖缺失' },
      place: { id: 'p1', name: '银杏胡同', gridId: 'g1' },
      reporter: { name: '张秀英', phone: '12345' },
      categories
    })
    expect(intake).toEqual({ source: '小巷管家上报', type: '投诉', title: '银杏胡同巡查发现问题', content: '井盖缺失', confidential: false, receivedAt: 1000, placeId: 'p1', gridId: 'g1', address: '银杏胡同', callerName: '张秀英', callerPhone: '12345' })
  })
})
