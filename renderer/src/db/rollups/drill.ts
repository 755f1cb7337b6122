import type { CaseRecord } from '@shared/domain/case'
import { periodRange } from '@shared/domain/period'
import { caseKeys, type RollupDimension } from '@shared/domain/rollups'
import type { DeskDB } from '../database'
import type { Figure } from './contract'
import { assessmentSettings } from './settings'

const inBase = (c: CaseRecord) => c.assessment.included && c.callback?.valid === true

/** Whether a case counts in a figure, as the rollup counters count it. */
export function countsIn(c: CaseRecord, figure: Figure): boolean {
  switch (figure) {
    case 'received':
      return true
    case 'closed':
      return c.closedAt !== undefined
    case 'base':
      return inBase(c)
    case 'contacted':
      return inBase(c) && c.callback!.contacted
    case 'resolved':
      return inBase(c) && c.callback!.resolved
    case 'satisfied':
      return inBase(c) && c.callback!.satisfaction === '满意'
    case 'basicallySatisfied':
      return inBase(c) && c.callback!.satisfaction === '基本满意'
    case 'excluded':
      return !c.assessment.included
    case 'overdue': {
      const finishedAt = c.repliedAt ?? c.closedAt
      return c.finishDeadline !== undefined && (finishedAt ?? c.updatedAt) > c.finishDeadline
    }
  }
}

/** One period's cases of one key that count in a figure, read through a date index (the drill-down). */
export async function casesBehind(db: DeskDB, communityId: string, period: string, dimension: RollupDimension, key: string, figure: Figure): Promise<CaseRecord[]> {
  const settings = await assessmentSettings(db)
  const [start, end] = periodRange(period, { cutoffDay: settings.cutoffDay ?? undefined })
  const inPeriod =
    settings.periodBy === 'receivedAt'
      ? db.case.where('[communityId+receivedAt]').between([communityId, start], [communityId, end], true, false)
      : db.case.where('closedAt').between(start, end, true, false).filter((c) => c.communityId === communityId)
  const rows = await inPeriod.filter((c) => c.deletedAt === undefined && countsIn(c, figure) && caseKeys(c).some(([d, k]) => d === dimension && k === key)).toArray()
  return rows.sort((a, b) => b.receivedAt - a.receivedAt)
}
