import { describe, expect, it } from 'vitest'
import { CASE_STATUSES, type CaseStatus } from './case'
import {
  CASE_ACTION_TYPES,
  allowedActions,
  applyCaseAction,
  initialCaseState,
  isTerminal,
  type CaseAction,
  type CaseActionType,
  type CaseState
} from './caseMachine'

const T0 = Date.parse('2026-03-02T09:00:00+08:00')
const ctx = (minutes: number) => ({ now: T0 + minutes * 60_000, actor: 'clerk-1' })

const SAMPLE_ACTIONS: Record<CaseActionType, CaseAction> = {
  sign: { type: 'sign' },
  contact: { type: 'contact', note: '电话联系居民' },
  reply: { type: 'reply', reply: '已协调物业修复', result: '已解决' },
  close: { type: 'close', result: '已解决' },
  return: { type: 'return', reason: '非本辖区' },
  requestExtension: { type: 'requestExtension', amount: 3, unit: 'work_day', reason: '需协调产权单位' },
  approveExtension: { type: 'approveExtension' },
  rejectExtension: { type: 'rejectExtension', reason: '理由不充分' },
  park: { type: 'park', reason: '待补充材料' },
  resume: { type: 'resume' },
  reopen: { type: 'reopen', reason: '居民不满意' },
  cancel: { type: 'cancel', reason: '重复工单', duplicateOf: 'case-0' },
  assign: { type: 'assign', handlerId: 'u-2', unitId: 'unit-9' },
  flag: { type: 'flag', flag: '催办' },
  unflag: { type: 'unflag', flag: '督办' },
  callback: { type: 'callback', valid: true, contacted: true, resolved: false, satisfaction: '不满意' },
  assess: { type: 'assess', included: false, exclusionReason: '不合理诉求' }
}

const PATHS: Record<CaseStatus, CaseActionType[]> = {
  待签收: [],
  办理中: ['sign'],
  延期审核: ['sign', 'requestExtension'],
  挂账: ['sign', 'park'],
  已反馈: ['sign', 'reply', 'callback'],
  已办结: ['sign', 'reply', 'close', 'callback'],
  退单: ['return'],
  已撤销: ['cancel']
}

const NEXT: Partial<Record<CaseActionType, CaseStatus>> = {
  sign: '办理中',
  reply: '已反馈',
  close: '已办结',
  return: '退单',
  requestExtension: '延期审核',
  approveExtension: '办理中',
  rejectExtension: '办理中',
  park: '挂账',
  resume: '办理中',
  reopen: '办理中',
  cancel: '已撤销'
}

/** A case in `status`, flagged 督办 first so 取消标记 has something to remove. */
function caseIn(status: CaseStatus): CaseState {
  let state = initialCaseState({ receivedAt: T0 })
  for (const [i, type] of (['flag', ...PATHS[status]] as CaseActionType[]).entries()) {
    const action = type === 'flag' ? { type: 'flag' as const, flag: '督办' as const } : SAMPLE_ACTIONS[type]
    const r = applyCaseAction(state, action, ctx(i + 1))
    if (!r.ok) throw new Error(r.message)
    state = r.state
  }
  expect(state.status).toBe(status)
  return state
}

describe('applyCaseAction: every action from every state', () => {
  for (const status of CASE_STATUSES) {
    for (const type of CASE_ACTION_TYPES) {
      const legal = allowedActions(status).includes(type)
      it(`${status} + ${type} is ${legal ? 'allowed' : 'refused'}`, () => {
        const r = applyCaseAction(caseIn(status), SAMPLE_ACTIONS[type], ctx(100))
        expect(r.ok).toBe(legal)
        if (r.ok) {
          expect(r.state.status).toBe(NEXT[type] ?? status)
          expect(r.event).toMatchObject({ type, at: ctx(100).now, actor: 'clerk-1' })
        } else {
          expect(r.message).toMatch(new RegExp(`^当前状态为“${status}”，不能`))
        }
      })
    }
  }
})

describe('refusals in Chinese', () => {
  it('names the allowed actions when refusing an illegal transition', () => {
    const r = applyCaseAction(caseIn('待签收'), { type: 'close' }, ctx(5))
    expect(r).toEqual({ ok: false, message: '当前状态为“待签收”，不能办结。可执行的操作：签收、退单、撤销、指派、标记' })
  })

  it('says a terminal case allows nothing', () => {
    const r = applyCaseAction(caseIn('退单'), { type: 'sign' }, ctx(5))
    expect(r).toEqual({ ok: false, message: '当前状态为“退单”，不能签收。可执行的操作：无（工单已终结）' })
    expect(isTerminal('已撤销')).toBe(true)
    expect(isTerminal('已办结')).toBe(false)
  })

  it('asks for the content an action needs', () => {
    const working = caseIn('办理中')
    const msg = (state: CaseState, action: unknown) => {
      const r = applyCaseAction(state, action as CaseAction, ctx(9))
      return r.ok ? 'ok' : r.message
    }
    expect(msg(working, { type: 'reply', reply: ' ' })).toBe('反馈须填写答复内容')
    expect(msg(working, { type: 'return', reason: '' })).toBe('退单须填写原因')
    expect(msg(working, { type: 'park', reason: '' })).toBe('挂账须填写原因')
    expect(msg(working, { type: 'cancel', reason: '' })).toBe('撤销须填写原因')
    expect(msg(working, { type: 'requestExtension', amount: 2, unit: 'work_day', reason: '' })).toBe('申请延期须填写理由')
    expect(msg(working, { type: 'assign' })).toBe('指派须选择承办人或承办单位')
    expect(msg(working, { type: 'flag', flag: '督办' })).toBe('已标记为“督办”')
    expect(msg(working, { type: 'unflag', flag: '疑难' })).toBe('未标记为“疑难”')
    expect(msg(working, { type: 'requestExtension', amount: -1, unit: 'work_day', reason: '协调' })).toBe('操作内容有误：amount')
    expect(msg(working, { type: 'fly' })).toBe('操作内容有误：type')
  })

  it('reopens only after a 不满意 callback, and only once per callback', () => {
    const replied = applyCaseAction(caseIn('办理中'), SAMPLE_ACTIONS.reply, ctx(9))
    if (!replied.ok) throw new Error(replied.message)
    const happy = applyCaseAction(replied.state, { ...SAMPLE_ACTIONS.callback, satisfaction: '满意' } as CaseAction, ctx(10))
    if (!happy.ok) throw new Error(happy.message)
    expect(applyCaseAction(happy.state, SAMPLE_ACTIONS.reopen, ctx(11))).toEqual({ ok: false, message: '回访结果为“不满意”的工单才能重办' })
    const reopened = applyCaseAction(caseIn('已办结'), SAMPLE_ACTIONS.reopen, ctx(11))
    if (!reopened.ok) throw new Error(reopened.message)
    expect(reopened.state).toMatchObject({ status: '办理中', reopenCount: 1, closedAt: undefined, repliedAt: undefined })
    const again = applyCaseAction(reopened.state, SAMPLE_ACTIONS.reply, ctx(12))
    expect(again.ok && applyCaseAction(again.state, SAMPLE_ACTIONS.reopen, ctx(13)).ok).toBe(false)
  })
})

describe('effects', () => {
  it('records the first contact only, without a state change', () => {
    const first = applyCaseAction(caseIn('办理中'), SAMPLE_ACTIONS.contact, ctx(20))
    const second = first.ok && applyCaseAction(first.state, SAMPLE_ACTIONS.contact, ctx(30))
    expect(second && second.ok && second.state).toMatchObject({ status: '办理中', contactedAt: ctx(20).now })
  })

  it('pauses every clock on 挂账 and resumes them on 恢复', () => {
    const parked = caseIn('挂账')
    expect(parked.clockLogs.finish.at(-1)).toEqual({ type: 'pause', at: ctx(3).now })
    const resumed = applyCaseAction(parked, SAMPLE_ACTIONS.resume, ctx(50))
    expect(resumed.ok && resumed.state.clockLogs.sign.at(-1)).toEqual({ type: 'resume', at: ctx(50).now })
  })

  it('adds the requested extension to the finish clock on approval, or a decided one', () => {
    const asked = caseIn('延期审核')
    const approved = applyCaseAction(asked, SAMPLE_ACTIONS.approveExtension, ctx(60))
    expect(approved.ok && approved.state.clockLogs.finish.at(-1)).toEqual({ type: 'extend', at: ctx(60).now, amount: 3, unit: 'work_day' })
    const shorter = applyCaseAction(asked, { type: 'approveExtension', amount: 1, unit: 'work_day' }, ctx(60))
    expect(shorter.ok && shorter.state.clockLogs.finish.at(-1)).toMatchObject({ amount: 1 })
    const rejected = applyCaseAction(asked, SAMPLE_ACTIONS.rejectExtension, ctx(60))
    expect(rejected.ok && rejected.state.clockLogs.finish).toHaveLength(1)
  })

  it('excludes a case cancelled as a duplicate from assessment', () => {
    expect(caseIn('已撤销')).toMatchObject({ duplicateOf: 'case-0', assessment: { included: false, exclusionReason: '重复件' } })
  })
})
