import { describe, expect, it } from 'vitest'
import { personLabel, personMatches, searchPeople } from './personSearch'

const wang = { name: '王秀英', tags: ['居民', '党员'], address: '银杏里3号楼', phone: '13911112222' }
const li = { name: '李建国', tags: ['居民'], address: '槐树胡同12号', phone: '13800001111' }

describe('person search', () => {
  it('finds by name part, tag, address, phone digits or pinyin initials', () => {
    expect(personMatches(wang, '秀英')).toBe(true)
    expect(personMatches(wang, '党员')).toBe(true)
    expect(personMatches(li, '槐树')).toBe(true)
    expect(personMatches(li, '0000')).toBe(true)
    expect(personMatches(wang, 'wxy')).toBe(true)
    expect(personMatches(wang, 'ljg')).toBe(false)
    expect(personMatches(li, '秀英')).toBe(false)
  })

  it('keeps the list short and labels a person with tags and address', () => {
    expect(searchPeople([wang, li, wang], '', 2)).toHaveLength(2)
    expect(searchPeople([wang, li], '李').map((p) => p.name)).toEqual(['李建国'])
    expect(personLabel(wang)).toBe('王秀英 · 居民、党员 · 银杏里3号楼')
  })
})
