import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CASE_STATUSES } from './case'
import { chinaCalendar } from './calendar'
import { applyCaseAction, initialCaseState, isTerminal, type CaseAction, type CaseState } from './caseMachine'
import { projectCase, type CaseEventLike } from './caseProjection'
import { isPaused } from './sla'
import { computeDeadlines, DEFAULT_LEVEL_CLOCKS } from './slaRules'

const T0 = Date.parse('2026-02-10T09:00:00+08:00')
const intake = { id: 'case-1', receivedAt: T0 }
const clocks = DEFAULT_LEVEL_CLOCKS['7天']

/** Complete and incomplete actions alike: the machine must refuse what it cannot do. */
const ACTIONS: CaseAction[] = [
  { type: 'sign' },
  { type: 'contact' },
  { type: 'reply', reply: '已处理' },
  { type: 'reply', reply: '' },
  { type: 'close' },
  { type: 'return', reason: '非本辖区' },
  { type: 'requestExtension', amount: 2, unit: 'work_day', reason: '协调' },
  { type: 'requestExtension', amount: 12, unit: 'hour', reason: '' },
  { type: 'approveExtension' },
  { type: 'approveExtension', amount: 1, unit: 'natural_day' },
  { type: 'rejectExtension' },
  { type: 'park', reason: '待补充材料' },
  { type: 'resume' },
  { type: 'reopen' },
  { type: 'cancel', reason: '撤诉' },
  { type: 'cancel', reason: '重复', duplicateOf: 'case-0' },
  { type: 'assign', handlerId: 'li' },
  { type: 'assign', unitId: 'wuye' },
  { type: 'flag', flag: '督办' },
  { type: 'flag', flag: '疑难' },
  { type: 'unflag', flag: '督办' },
  { type: 'callback', valid: true, contacted: true, resolved: false, satisfaction: '不满意' },
  { type: 'callback', valid: true, contacted: true, resolved: true, satisfaction: '满意' },
  { type: 'assess', included: false, exclusionReason: '不合理诉求' },
  { type: 'assess', included: true }
]

/** Each step: an action and the minutes since the previous one (0 = the same instant). */
const stepsArb = fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.constantFrom(0, 1, 90, 60 * 24, 60 * 24 * 3)), {
  maxLength: 40
})

function run(steps: [CaseAction, number][]): { state: CaseState; events: CaseEventLike[] } {
  let state = initialCaseState(intake)
  let now = T0
  const events: CaseEventLike[] = []
  for (const [action, minutes] of steps) {
    now += minutes * 60_000
    const wasTerminal = isTerminal(state.status)
    const r = applyCaseAction(state, action, { now, actor: 'clerk' })
    if (wasTerminal) expect(r.ok).toBe(false)
    if (!r.ok) continue
    state = r.state
    events.push({ id: `ev${String(events.length).padStart(4, '0')}`, ...r.event })
    assertLegal(state)
  }
  return { state, events }
}

function assertLegal(s: CaseState): void {
  expect(CASE_STATUSES).toContain(s.status)
  // a closed case withdrawn later (a duplicate found) keeps its closing time
  if (s.status === '已办结') expect(s.closedAt).toBeDefined()
  if (s.closedAt !== undefined) expect(['已办结', '已撤销']).toContain(s.status)
  if (s.status === '已反馈' || s.status === '已办结') expect(s.repliedAt).toBeDefined()
  if (!['待签收', '退单', '已撤销'].includes(s.status)) expect(s.signedAt).toBeDefined()
  expect(s.status === '延期审核').toBe(s.pendingExtension !== undefined)
  expect(s.status === '挂账').toBe(isPaused(s.clockLogs.finish))
  expect(new Set(s.flags).size).toBe(s.flags.length)
  if (s.reopenable) expect(s.callback?.satisfaction).toBe('不满意')
  if (!s.assessment.included) expect(s.assessment.exclusionReason).toBeTruthy()
}

describe('case machine properties', () => {
  it('random action sequences never reach an illegal state', () => {
    fc.assert(fc.property(stepsArb, (steps) => void run(steps)), { numRuns: 300 })
  })

  it('the projection of the events equals the fold of the applied actions', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const { state, events } = run(steps)
        const p = projectCase(intake, events, { calendar: chinaCalendar, clocks })
        const { signDeadline, contactDeadline, finishDeadline, paused, conflicts, ...projected } = p
        expect(conflicts).toEqual([])
        expect(projected).toEqual({ ...intake, ...state })
        const d = computeDeadlines(T0, { clocks }, chinaCalendar, state.clockLogs)
        expect([signDeadline, contactDeadline, finishDeadline]).toEqual([d.sign, d.contact, d.finish])
        expect(paused).toBe(state.status === '挂账')
      }),
      { numRuns: 300 }
    )
  })

  it('merging two desks gives one projection whatever order the events arrive in', () => {
    fc.assert(
      fc.property(stepsArb, stepsArb, fc.integer(), (a, b, seed) => {
        // two desks act on the same case independently; their logs are merged by union
        const deskA = run(a).events.map((e) => ({ ...e, id: `A${e.id}` }))
        const deskB = run(b).events.map((e) => ({ ...e, id: `B${e.id}` }))
        const merged = [...deskA, ...deskB]
        const shuffled = [...merged].sort((x, y) => hash(x.id, seed) - hash(y.id, seed))
        const ctx = { calendar: chinaCalendar, clocks }
        expect(projectCase(intake, shuffled, ctx)).toEqual(projectCase(intake, merged, ctx))
        assertLegal(projectCase(intake, merged, ctx))
      }),
      { numRuns: 200 }
    )
  })
})

function hash(s: string, seed: number): number {
  let h = seed | 0
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 2654435761)
  return h
}
