import { describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from './errors'
import { checkNoOverlap, overlappingShift, problemOf, spansOverlap, validatePatrol, validateShift, type PatrolFields } from './volunteerRules'
import type { Shift } from './volunteers'

const H = 3_600_000
// 2026-03-09 08:00 China time
const T = Date.UTC(2026, 2, 9, 0)

const shift = (id: string, start: number, end: number, volunteerIds: string[], placeId = 'p1'): Shift => ({
  id,
  communityId: 'c',
  createdAt: 0,
  updatedAt: 0,
  hlc: '',
  placeId,
  start,
  end,
  needed: 2,
  signups: volunteerIds.map((volunteerId) => ({ volunteerId, at: 0, via: '指派' }))
})

const issuesOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (err) {
    if (err instanceof ValidationError) return err.issues
    throw err
  }
  return []
}

describe('validateShift', () => {
  it('accepts a two-hour shift and trims its note', () => {
    expect(validateShift({ placeId: 'p1', start: T, end: T + 2 * H, needed: 2, note: ' 早班 ' })).toEqual({ placeId: 'p1', start: T, end: T + 2 * H, needed: 2, note: '早班' })
  })

  it('refuses a shift that ends before it starts, with the message the coordinator reads', () => {
    expect(() => validateShift({ placeId: 'p1', start: T, end: T - H, needed: 1 })).toThrow('结束时间早于开始时间，请检查班次时间')
    expect(issuesOf(() => validateShift({ placeId: 'p1', start: T, end: T - H, needed: 1 }))[0].field).toBe('end')
  })

  it('refuses a shift over 24 hours, nobody needed, and no place, all at once', () => {
    const issues = issuesOf(() => validateShift({ placeId: '', start: T, end: T + 25 * H, needed: 0 }))
    expect(issues.map((i) => i.field)).toEqual(['placeId', 'end', 'needed'])
    expect(issues[1].message).toContain('24 小时')
    expect(() => validateShift({ placeId: 'p1', start: T, end: T + 24 * H, needed: 1.5 })).toThrow('需要人数须为不小于 1 的整数')
    expect(validateShift({ placeId: 'p1', start: T, end: T + 24 * H, needed: 1 }).end).toBe(T + 24 * H)
  })
})

describe('the overlap check', () => {
  it('treats touching ends as fine and any shared minute as an overlap', () => {
    expect(spansOverlap({ start: T, end: T + 2 * H }, { start: T + 2 * H, end: T + 4 * H })).toBe(false)
    expect(spansOverlap({ start: T, end: T + 2 * H }, { start: T + 2 * H - 60_000, end: T + 4 * H })).toBe(true)
    expect(spansOverlap({ start: T, end: T + 4 * H }, { start: T + H, end: T + 2 * H })).toBe(true)
  })

  it('finds only the volunteer\'s own other shifts, never the shift itself', () => {
    const shifts = [shift('a', T, T + 2 * H, ['v1']), shift('b', T + H, T + 3 * H, ['v2']), shift('c', T + 2 * H, T + 4 * H, ['v1'])]
    expect(overlappingShift({ id: 'x', start: T + H, end: T + 3 * H }, 'v1', shifts)?.id).toBe('a')
    expect(overlappingShift({ id: 'a', start: T, end: T + 2 * H }, 'v1', shifts)).toBeUndefined()
    expect(overlappingShift({ id: 'x', start: T + 4 * H, end: T + 5 * H }, 'v1', shifts)).toBeUndefined()
    expect(overlappingShift({ id: 'x', start: T, end: T + H }, 'v3', shifts)).toBeUndefined()
    expect(overlappingShift({ id: 'x', start: T, end: T + H }, 'v1', [{ ...shifts[0], deletedAt: 1 }])).toBeUndefined()
  })

  it('refuses a double booking naming the other shift\'s place and time', () => {
    const shifts = [shift('a', T, T + 2 * H, ['v1'], 'lane')]
    const attempt = () => checkNoOverlap({ start: T + H, end: T + 3 * H }, { id: 'v1', name: '张秀英' }, shifts, () => '银杏胡同')
    expect(attempt).toThrow(RefusedError)
    expect(attempt).toThrow('张秀英已排在「银杏胡同 2026-03-09 08:00–10:00」的班次，时间重叠，不能同时排班')
  })
})

describe('validatePatrol', () => {
  const base: PatrolFields = { volunteerId: 'v1', placeId: 'p1', startedAt: T, endedAt: T + 90 * 60_000, checklist: { 无占道经营: false, 无积存垃圾: true }, findings: [] }

  it('keeps a valid patrol and its on-the-spot findings with what was done', () => {
    const out = validatePatrol({ ...base, findings: [{ type: '占道经营', text: ' 早点摊占道 ', handling: '当场劝导', handledNote: '劝离' }] }, T + 2 * H)
    expect(out.findings).toEqual([{ type: '占道经营', text: '早点摊占道', handling: '当场劝导', handledNote: '劝离' }])
  })

  it('refuses a patrol longer than 24 hours, one ending before it starts, and one ending in the future', () => {
    expect(() => validatePatrol({ ...base, endedAt: T + 25 * H }, T + 30 * H)).toThrow('一次巡查不能超过 24 小时，请检查开始和结束时间')
    expect(() => validatePatrol({ ...base, endedAt: T - 60_000 }, T + H)).toThrow('结束时间早于开始时间，请检查巡查时间')
    expect(() => validatePatrol(base, T)).toThrow('巡查结束时间不能晚于现在')
  })

  it('requires volunteer, place, finding text and what was done, naming the finding', () => {
    const issues = issuesOf(() =>
      validatePatrol({ ...base, volunteerId: '', placeId: '', findings: [{ type: '乱堆乱放', text: '', handling: '待处理' }, { type: '其他', text: '路灯不亮', handling: '当场劝导' }] }, T + 2 * H)
    )
    expect(issues).toEqual([
      { field: 'volunteerId', message: '请选择巡查的小巷管家' },
      { field: 'placeId', message: '请选择巡查点位' },
      { field: 'findings.0.text', message: '第 1 条发现：请填写发现的问题' },
      { field: 'findings.1.handledNote', message: '第 2 条发现：选了当场劝导，请写明劝导了什么、结果如何' }
    ])
  })

  it('turns a finding into a case only after the patrol is saved', () => {
    expect(() => validatePatrol({ ...base, findings: [{ type: '其他', text: '井盖缺失', handling: '转为工单' }] }, T + 2 * H)).toThrow('请先保存巡查记录')
  })

  it('reads the problem a checklist item names', () => {
    expect(problemOf('无占道经营')).toBe('占道经营')
    expect(problemOf('其他')).toBe('其他')
  })
})
