import type { CaseStatus } from '@shared/domain/case'
import type { CaseListItem } from '@shared/search'

/** What the 时限 cell says about the 办结 clock at `now`. */
export type DeadlineReading =
  | { kind: 'left' | 'late'; ms: number }
  | { kind: 'paused' }
  | { kind: 'none' }

export function readDeadline(item: Pick<CaseListItem, 'status' | 'finishDeadline' | 'light'>, now: number): DeadlineReading {
  if (item.status === '挂账') return { kind: 'paused' }
  if (item.light === null || item.finishDeadline === undefined) return { kind: 'none' }
  const ms = item.finishDeadline - now
  return ms >= 0 ? { kind: 'left', ms } : { kind: 'late', ms: -ms }
}

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

const STATUS_TAGS: Record<CaseStatus, TagType> = {
  待签收: 'warning',
  办理中: 'primary',
  延期审核: 'warning',
  挂账: 'info',
  已反馈: 'success',
  已办结: 'info',
  退单: 'danger',
  已撤销: 'info'
}

export const statusTag = (status: CaseStatus): TagType => STATUS_TAGS[status]

/** The row index range a scrolled window shows, with a few rows beyond each edge. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, total: number, overscan = 6): { first: number; last: number } {
  if (total <= 0) return { first: 0, last: -1 }
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan)
  return { first, last }
}
