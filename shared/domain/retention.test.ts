import { describe, expect, it } from 'vitest'
import { DAY_MS } from './calendar'
import type { CaseRecord } from './case'
import { holdsPersonalData, pastRetention, purgePatch, retentionCutoff, retentionDaysProblem } from './retention'

const NOW = Date.UTC(2026, 5, 1)
const closed = (days: number, extra: Partial<CaseRecord> = {}) =>
  ({ status: '已办结', closedAt: NOW - days * DAY_MS, callerName: '张三', callerPhone: '13812345678', callerPhoneHash: 'ab12', ...extra }) as CaseRecord

describe('retention', () => {
  it('finds closed cases past the days, and only those', () => {
    const cutoff = retentionCutoff(NOW, 180)
    expect(pastRetention(closed(181), cutoff)).toBe(true)
    expect(pastRetention(closed(179), cutoff)).toBe(false)
    expect(pastRetention(closed(400, { status: '办理中', closedAt: undefined }), cutoff)).toBe(false)
    expect(pastRetention(closed(400, { status: '已撤销' }), cutoff)).toBe(true)
    expect(pastRetention(closed(400, { deletedAt: NOW }), cutoff)).toBe(false)
  })

  it('replaces name and phone with 已脱敏 and drops the hash, leaving absent fields absent', () => {
    expect(purgePatch(closed(200))).toEqual({ callerName: '已脱敏', callerPhone: '已脱敏', callerPhoneHash: undefined })
    expect(purgePatch({ callerName: '李四' })).toEqual({ callerName: '已脱敏' })
    expect(purgePatch({ callerName: '已脱敏', callerPhone: '' })).toBeNull()
  })

  it('says whether a record still holds personal data', () => {
    expect(holdsPersonalData(closed(1))).toBe(true)
    expect(holdsPersonalData({ callerName: '已脱敏', callerPhone: '已脱敏' })).toBe(false)
    expect(holdsPersonalData({ title: '噪声' })).toBe(false)
  })

  it.each([
    [null, null],
    [180, null],
    [29, '保存期限须为 30 到 3650'],
    [1.5, '保存期限须为'],
    [4000, '保存期限须为']
  ])('retention of %s days → %s', (days, problem) => {
    const got = retentionDaysProblem(days)
    if (problem === null) expect(got).toBeNull()
    else expect(got).toContain(problem)
  })
})
