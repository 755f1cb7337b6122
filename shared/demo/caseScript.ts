import type { CaseEventRecord } from '../domain/case'
import type { HolidayCalendar } from '../domain/calendar'
import { applyCaseAction, initialCaseState, type CaseAction, type CaseState } from '../domain/caseMachine'
import type { CaseBase } from '../domain/caseRow'
import { deadlineFromLog } from '../domain/sla'
import { DEFAULT_LEVEL_CLOCKS } from '../domain/slaRules'

export type DemoEvent = Pick<CaseEventRecord, 'id' | 'type' | 'at' | 'actor' | 'payload'>

/** A demo case being played: its base row and the events its actions produced so far. */
export interface CaseRun {
  base: CaseBase
  events: DemoEvent[]
  readonly state: CaseState
  /** true once an action fell after `now`: the rest of the case's life has not happened yet */
  readonly halted: boolean
  /** plays an action through the state machine at `at` (never before the previous one); false once halted */
  act(at: number, action: CaseAction, actor: string): boolean
  /** the 办结 deadline as the case stands */
  finishDeadline(): number
  /** time of the last event */
  readonly lastAt: number
}

export interface RunContext {
  now: number
  calendar: HolidayCalendar
  ids: () => string
}

/**
 * Starts a case with its intake event. Every action goes through applyCaseAction, so the events
 * are exactly what a clerk could have produced; an action the machine refuses is a generator bug.
 */
export function startCase(base: CaseBase, actor: string, { now, calendar, ids }: RunContext): CaseRun {
  let state = initialCaseState({ receivedAt: base.receivedAt })
  let halted = false
  let lastAt = base.receivedAt
  const clocks = base.clocks ?? DEFAULT_LEVEL_CLOCKS[base.level]
  const payload = { source: base.source, level: base.level, rule: base.slaRuleName ?? '默认', ...(base.orderNo ? { orderNo: base.orderNo } : {}) }
  const events: DemoEvent[] = [{ id: ids(), type: 'intake', at: base.receivedAt, actor, payload }]
  return {
    base,
    events,
    get state() {
      return state
    },
    get halted() {
      return halted
    },
    get lastAt() {
      return lastAt
    },
    act(at, action, who) {
      const when = Math.max(Math.round(at), lastAt)
      if (halted || when > now) {
        halted = true
        return false
      }
      const result = applyCaseAction(state, action, { now: when, actor: who })
      if (!result.ok) throw new Error(`演示数据生成错误（${base.title}）：${result.message}`)
      state = result.state
      lastAt = when
      events.push({ id: ids(), ...result.event })
      return true
    },
    finishDeadline: () => deadlineFromLog(state.clockLogs.finish, clocks.finish, calendar)
  }
}
