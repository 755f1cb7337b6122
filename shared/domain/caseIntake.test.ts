import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors'
import { intakeBase, validateIntake } from './caseIntake'
import { phoneHash } from './phone'
import { matchSlaRule } from './slaRules'

const NOW = Date.UTC(2026, 10, 25, 6, 30)
const ctx = { now: NOW, categoryIds: new Set(['C1']), gridIds: new Set(['G1', 'G2']), placeIds: new Map([['P1', 'G1']]) }
const form = { source: '来电', type: '投诉', title: '楼道堆物', content: '3号楼楼道堆满纸箱', confidential: false, receivedAt: NOW - 60_000 }

const issuesOf = (input: unknown): Record<string, string> => {
  try {
    validateIntake(input, ctx)
  } catch (err) {
    if (err instanceof ValidationError) return Object.fromEntries(err.issues.map((i) => [i.field, i.message]))
    throw err
  }
  return {}
}

describe('validateIntake', () => {
  it('accepts a complete walk-in case, trims it and normalises the phone', () => {
    const valid = validateIntake({ ...form, title: '  楼道堆物 ', callerPhone: '010 6512 3456', placeId: 'P1', callerName: '' }, ctx)
    expect(valid).toEqual({ ...form, title: '楼道堆物', callerPhone: '01065123456', placeId: 'P1', gridId: 'G1' })
  })

  it('names every problem at its field, in Chinese', () => {
    expect(issuesOf({ ...form, source: undefined, type: '闲聊', title: '', content: ' ' })).toEqual({
      source: '请选择诉求来源',
      type: '请选择诉求类型',
      title: '标题不能为空',
      content: '诉求内容不能为空'
    })
    expect(issuesOf({ ...form, title: '长'.repeat(101) })).toEqual({ title: '标题不能超过 100 个字' })
    expect(issuesOf({ ...form, receivedAt: undefined })).toEqual({ receivedAt: '请填写受理时间' })
  })

  it('requires the 工单编号 of a 12345 case', () => {
    expect(issuesOf({ ...form, source: '12345派单' })).toEqual({ orderNo: '12345派单须填写工单编号' })
    expect(issuesOf({ ...form, source: '12345派单', orderNo: '  ' })).toEqual({ orderNo: '12345派单须填写工单编号' })
    expect(issuesOf({ ...form, source: '12345派单', orderNo: '2611251234 5678' })).toEqual({ orderNo: '工单编号只能包含字母、数字和短横线' })
    expect(issuesOf({ ...form, source: '12345派单', orderNo: '2611251234567' })).toEqual({})
  })

  it('refuses a phone that is not a phone, a future receipt, an unknown category, grid or place', () => {
    expect(issuesOf({ ...form, callerPhone: '1381234' }).callerPhone).toMatch(/电话号码格式不正确|手机号应为 11 位/)
    expect(issuesOf({ ...form, callerPhone: '138****5678' }).callerPhone).toContain('已打码')
    expect(issuesOf({ ...form, receivedAt: NOW + 1 })).toEqual({ receivedAt: '受理时间不能晚于现在' })
    expect(issuesOf({ ...form, categoryId: 'C9' })).toEqual({ categoryId: '问题分类不存在，请从分类树中选择' })
    expect(issuesOf({ ...form, gridId: 'G9' })).toEqual({ gridId: '网格不存在，请重新选择' })
    expect(issuesOf({ ...form, placeId: 'P9' })).toEqual({ placeId: '点位不存在，请重新选择' })
    expect(issuesOf({ ...form, gridId: 'G2', placeId: 'P1' })).toEqual({ placeId: '点位不属于所选网格，请重新选择点位' })
  })
})

describe('intakeBase', () => {
  it('keeps the rule and clocks, hashes the phone and leaves handler and unit to events', () => {
    const valid = validateIntake({ ...form, callerPhone: '13812345678', handlerId: 'U1', unitId: 'D1', categoryId: 'C1' }, ctx)
    const sla = matchSlaRule({ ...valid, categoryAncestors: [] }, [])
    const base = intakeBase(valid, { sla, phoneSalt: 'salt', categoryPath: '物业管理/物业服务', categoryAncestors: ['C0'] })
    expect(base).toMatchObject({ level: '7天', slaRuleName: '默认', clocks: sla.clocks, categoryPath: '物业管理/物业服务', categoryAncestors: ['C0'] })
    expect(base.callerPhoneHash).toBe(phoneHash('13812345678', 'salt'))
    expect(base).not.toHaveProperty('handlerId')
    expect(base).not.toHaveProperty('unitId')
    expect(base).not.toHaveProperty('slaRuleId')
  })
})
