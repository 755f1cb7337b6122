import { describe, expect, it } from 'vitest'
import { searchVolunteers, volunteerMatcher } from './volunteerSearch'

describe('volunteer search', () => {
  const zhang = { name: '张秀英', placeNames: ['银杏胡同', '安和里小区'], teamName: '东片管家团', skills: ['调解'] }

  it('finds by name, pinyin initials, place, team or skill, every word at once', () => {
    const hits = (q: string) => volunteerMatcher(q)(zhang)
    expect(['张', 'zxy', 'ZX', '银杏', '东片', '调解', '张 银杏', ''].map(hits)).toEqual([true, true, true, true, true, true, true, true])
    expect(['李', 'xy', '张 西片'].map(hits)).toEqual([false, false, false])
  })

  it('keeps the matching items in their order', () => {
    const li = { name: '李建国', placeNames: ['银杏胡同'] }
    const wang = { name: '王芳', placeNames: ['安和广场'] }
    expect(searchVolunteers([zhang, li, wang], '银杏', (x) => x)).toEqual([zhang, li])
    expect(searchVolunteers([zhang, li, wang], 'wf', (x) => x)).toEqual([wang])
  })
})
