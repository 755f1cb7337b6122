import type { BatchResult } from '../../db/cases/contract'

export interface BatchSummary {
  type: 'success' | 'warning' | 'error'
  /** one line per refused case: its label and the refusal, as the machine worded it */
  refusals: string[]
  done: number
}

/** How a batch action went, for the message after it; `label` names a case (工单编号, or its title). */
export function summarizeBatch(result: BatchResult, label: (id: string) => string): BatchSummary {
  const refusals = result.refused.map((r) => `${label(r.id)}：${r.message}`)
  const type = refusals.length === 0 ? 'success' : result.done.length === 0 ? 'error' : 'warning'
  return { type, refusals, done: result.done.length }
}
