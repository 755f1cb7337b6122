import { CASE_STATUSES, type CaseStatus } from '../domain/case'
import type { CaseFilters, CaseSort } from './types'

/** Open: not yet 已办结, and not 退单 or 已撤销. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => s !== '已办结' && s !== '退单' && s !== '已撤销')

/** The saved views of the case list, in tab order. */
export const SAVED_VIEWS = ['mine', 'dueSoon', 'overdue', 'callback', 'all'] as const
export type SavedView = (typeof SAVED_VIEWS)[number]

export interface SavedViewDefinition {
  filters: CaseFilters
  /** the order the view is read in */
  sort: CaseSort
}

/**
 * 我的待办: my open cases; 即将超时: running clocks in yellow or orange; 已超时: running clocks past
 * the deadline; 待回访: replied or closed, not called back; 全部: everything.
 */
export function savedView(view: SavedView, { userId }: { userId: string }): SavedViewDefinition {
  const byDeadline: CaseSort = { field: 'finishDeadline', dir: 'asc' }
  switch (view) {
    case 'mine':
      // without a user the list stays empty: an empty id matches no handler
      return { filters: { handlerId: [userId], status: [...OPEN_CASE_STATUSES] }, sort: byDeadline }
    case 'dueSoon':
      return { filters: { light: ['yellow', 'orange'] }, sort: byDeadline }
    case 'overdue':
      return { filters: { light: ['red'] }, sort: byDeadline }
    case 'callback':
      return { filters: { awaitingCallback: true }, sort: { field: 'receivedAt', dir: 'asc' } }
    case 'all':
      return { filters: {}, sort: { field: 'receivedAt', dir: 'desc' } }
  }
}

/** Every view's filters, for the counts beside the tabs. */
export function savedViewFilters(ctx: { userId: string }): Record<SavedView, CaseFilters> {
  return Object.fromEntries(SAVED_VIEWS.map((v) => [v, savedView(v, ctx).filters])) as Record<SavedView, CaseFilters>
}
