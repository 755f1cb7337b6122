import { describe, expect, it } from 'vitest'
import { seedCategories } from '@shared/domain/categories'
import { categoryOptions } from './categoryOptions'

let n = 0
const ids = () => `c${String(++n).padStart(4, '0')}`

describe('categoryOptions', () => {
  it('nests the seeded tree in order, with leaves that have no children', () => {
    const categories = seedCategories('com1', ids, 0, { 城乡建设: { 市容环卫: ['占道经营', '小广告'], 违法建设: [] }, 供水: {} })
    const tree = categoryOptions([...categories].reverse())
    expect(tree.map((o) => o.name)).toEqual(['城乡建设', '供水'])
    expect(tree[0].children?.map((o) => o.name)).toEqual(['市容环卫', '违法建设'])
    expect(tree[0].children?.[0].children?.map((o) => o.name)).toEqual(['占道经营', '小广告'])
    expect(tree[0].children?.[1]).not.toHaveProperty('children')
    expect(tree[1]).not.toHaveProperty('children')
  })

  it('leaves out deleted categories', () => {
    const categories = seedCategories('com1', ids, 0, { 供暖: { 居民供暖: [] } })
    categories[1] = { ...categories[1], deletedAt: 1 }
    expect(categoryOptions(categories)).toEqual([{ id: categories[0].id, name: '供暖' }])
  })
})
