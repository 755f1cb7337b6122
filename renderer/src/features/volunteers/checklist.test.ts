import { describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/domain/errors'
import { cleanChecklist } from './checklist'

const issues = (items: string[]) => {
  try {
    cleanChecklist(items)
  } catch (err) {
    return (err as ValidationError).issues
  }
  throw new Error('not refused')
}

describe('cleanChecklist', () => {
  it('trims the items and drops blank lines', () => {
    expect(cleanChecklist([' 无占道经营 ', '', '无飞线充电'])).toEqual(['无占道经营', '无飞线充电'])
  })

  it('refuses an empty list, a repeated item and an overlong one, naming the line', () => {
    expect(issues(['', ' '])).toEqual([{ field: 'items', message: '检查清单至少要有一项' }])
    expect(issues(['无积存垃圾', '无积存垃圾'])).toEqual([{ field: 'items.1', message: '“无积存垃圾”重复了，请删去一项' }])
    expect(issues(['无'.repeat(21)])[0]).toMatchObject({ field: 'items.0', message: expect.stringContaining('第 1 项超过 20 个字') })
  })
})
