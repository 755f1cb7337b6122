import type { CaseRecord } from '@shared/domain/case'
import { shiftWeek, type Week } from '@shared/domain/weekly'
import type { DeskDB } from '../database'

/**
 * The cases a week's summary needs, read through indexes only (never all cases): received in the
 * week and the one before (for the hot-category change), closed in the week, finish deadline in the week.
 */
export async function casesAroundWeek(db: DeskDB, communityId: string, week: Week): Promise<CaseRecord[]> {
  const before = shiftWeek(week, -1)
  const mine = (c: CaseRecord) => c.communityId === communityId
  const [received, closed, due] = await Promise.all([
    db.case.where('[communityId+receivedAt]').between([communityId, before.start], [communityId, week.end], true, false).toArray(),
    db.case.where('closedAt').between(week.start, week.end, true, false).filter(mine).toArray(),
    db.case.where('finishDeadline').between(week.start, week.end, true, false).filter(mine).toArray()
  ])
  return [...new Map([...received, ...closed, ...due].map((c) => [c.id, c])).values()]
}
