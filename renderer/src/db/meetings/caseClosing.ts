import type { CaseStatus } from '@shared/domain/case'
import { initialCaseState, reduceCase, type CaseAction } from '@shared/domain/caseMachine'
import { foldCaseEvents } from '@shared/domain/caseProjection'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { WriteContext } from '../repositories/writer'
import type { CaseService } from '../cases'

/** Driving the cases linked to a resolution to 已办结 through the case machine, each step an event of its own. */

export interface CaseClosing {
  caseId: string
  actions: CaseAction[]
}

export interface ClosingPlan {
  closings: CaseClosing[]
  skipped: { caseId: string; message: string }[]
}

/** The road from each open status to 已办结; 挂账 resumes first. */
function road(status: CaseStatus, text: string): CaseAction[] | undefined {
  const reply: CaseAction = { type: 'reply', reply: text, result: text }
  const close: CaseAction = { type: 'close', result: text }
  switch (status) {
    case '待签收': return [{ type: 'sign' }, reply, close]
    case '办理中': return [reply, close]
    case '挂账': return [{ type: 'resume' }, reply, close]
    case '已反馈': return [close]
    default: return undefined
  }
}

function whyNot(status: CaseStatus): string {
  if (status === '已办结') return '工单已办结，无需再办结'
  if (status === '已撤销') return '工单已撤销，不能办结'
  if (status === '退单') return '工单已退单，不能办结'
  return `工单正处于“${status}”，须先处理后才能办结，本次未自动办结`
}

/**
 * Which cases can be closed and with which steps, checked against each case's own events by the case
 * machine before anything is written; the others are skipped with the reason.
 */
export async function planClosing(db: DeskDB, caseIds: readonly string[], text: string, now: number): Promise<ClosingPlan> {
  const plan: ClosingPlan = { closings: [], skipped: [] }
  for (const caseId of new Set(caseIds)) {
    const row = await db.case.get(caseId)
    if (!row || !isLive(row)) {
      plan.skipped.push({ caseId, message: '找不到这件工单，可能已被删除' })
      continue
    }
    const actions = road(row.status, text)
    if (!actions) {
      plan.skipped.push({ caseId, message: whyNot(row.status) })
      continue
    }
    const events = await db.caseEvent.where('caseId').equals(caseId).toArray()
    let state = foldCaseEvents(initialCaseState({ receivedAt: row.receivedAt }), events).state
    let refusal: string | undefined
    for (const action of actions) {
      const result = reduceCase(state, action, now)
      if (!result.ok) {
        refusal = result.message
        break
      }
      state = result.state
    }
    if (refusal) plan.skipped.push({ caseId, message: refusal })
    else plan.closings.push({ caseId, actions })
  }
  return plan
}

/** Runs the planned steps; call inside the transaction that also saves the action. */
export async function runClosing(cases: CaseService, closings: readonly CaseClosing[], ctx: WriteContext): Promise<string[]> {
  for (const { caseId, actions } of closings) for (const action of actions) await cases.act(caseId, action, ctx)
  return closings.map((c) => c.caseId)
}
