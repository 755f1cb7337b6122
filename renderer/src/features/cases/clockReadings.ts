import type { CaseRecord, ClockName } from '@shared/domain/case'
import { readLight, type LightReading } from '@shared/domain/lights'

export type ClockReading =
  | { name: ClockName; state: 'done'; deadline?: number; doneAt: number; lateBy?: number }
  | { name: ClockName; state: 'paused' | 'stopped'; deadline?: number }
  | { name: ClockName; state: 'running'; deadline: number; start: number; remaining: number; light: LightReading }

type CaseClockFields = Pick<
  CaseRecord,
  | 'status' | 'receivedAt' | 'signedAt' | 'contactedAt' | 'repliedAt' | 'closedAt' | 'signDeadline' | 'contactDeadline'
  | 'finishDeadline' | 'finishStartedAt' | 'paused'
>

const NAMES: ClockName[] = ['sign', 'contact', 'finish']


/**
 * 签收 / 首次联系 / 办结 as the case page shows them at `now`: satisfied (with when, and how late),
 * paused (挂账), stopped (退单, 已撤销) or running with its light and the time left.
 */
export function readClocks(row: CaseClockFields, now: number): ClockReading[] {
  const doneAt: Record<ClockName, number | undefined> = {
    sign: row.signedAt,
    contact: row.contactedAt,
    finish: row.repliedAt ?? row.closedAt
  }
  const deadlines: Record<ClockName, number | undefined> = {
    sign: row.signDeadline,
    contact: row.contactDeadline,
    finish: row.finishDeadline
  }
  return NAMES.map((name): ClockReading => {
    const deadline = deadlines[name]
    const done = doneAt[name]
    if (done !== undefined) {
      const lateBy = deadline !== undefined && done > deadline ? done - deadline : undefined
      return { name, state: 'done', deadline, doneAt: done, lateBy }
    }
    if (row.status === '退单' || row.status === '已撤销') return { name, state: 'stopped', deadline }
    if (row.paused || row.status === '挂账') return { name, state: 'paused', deadline }
    if (deadline === undefined) return { name, state: 'stopped' }
    // 重办 restarts only the 办结 clock
    const start = name === 'finish' ? (row.finishStartedAt ?? row.receivedAt) : row.receivedAt
    return { name, state: 'running', deadline, start, remaining: deadline - now, light: readLight(start, deadline, now) }
  })
}
