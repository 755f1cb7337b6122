import { describe, expect, it } from 'vitest'
import { summarizeBatch } from './batchMessage'

const label = (id: string) => ({ a: '2026112500012', b: '楼道堆物' })[id] ?? id

describe('summarizeBatch', () => {
  it('is a success when nothing was refused', () => {
    expect(summarizeBatch({ done: ['a', 'b'], refused: [] }, label)).toEqual({ type: 'success', refusals: [], done: 2 })
  })

  it('names each refused case with the reason it was refused', () => {
    const summary = summarizeBatch(
      { done: ['a'], refused: [{ id: 'b', message: '当前状态为“办理中”，不能签收。可执行的操作：联系、反馈' }] },
      label
    )
    expect(summary.type).toBe('warning')
    expect(summary.refusals).toEqual(['楼道堆物：当前状态为“办理中”，不能签收。可执行的操作：联系、反馈'])
  })

  it('is an error when every case was refused', () => {
    expect(summarizeBatch({ done: [], refused: [{ id: 'a', message: '已终结' }] }, label).type).toBe('error')
  })
})
