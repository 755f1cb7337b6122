import type { CaseFlag, CaseSource, CaseStatus, CaseType, ResponseLevel } from '../domain/case'
import type { WarningLight } from '../domain/lights'

/**
 * What the case list index reads from a case row (DESIGN §4). A CaseRecord fits as it is;
 * the optional projection fields are used when the row carries them.
 */
export interface CaseIndexRow {
  id: string
  orderNo?: string
  status: CaseStatus
  level: ResponseLevel
  categoryId?: string
  gridId?: string
  placeId?: string
  handlerId?: string
  unitId?: string
  source: CaseSource
  type: CaseType
  flags: readonly CaseFlag[]
  receivedAt: number
  repliedAt?: number
  closedAt?: number
  signDeadline?: number
  contactDeadline?: number
  finishDeadline?: number
  /** when the running 办结 clock started: receipt, or the latest 重办 */
  finishStartedAt?: number
  /** 挂账: clocks stopped */
  paused?: boolean
  callback?: unknown
  /** awaiting 回访 since this moment; absent once called back */
  callbackDue?: number
  /** 保密件: the caller is never searchable */
  confidential: boolean
  callerName?: string
  title: string
  content: string
  address?: string
  /** a tombstoned row leaves the index */
  deletedAt?: number
}

/** A node of the category tree, enough to find a category's descendants. */
export interface CategoryNode {
  id: string
  parentId?: string
}

/**
 * Filters of the case list. Every given filter must hold; within a list any value matches.
 * An absent or empty list puts no condition. Time ranges are inclusive epoch ms.
 */
export interface CaseFilters {
  status?: CaseStatus[]
  /** the light of a running 办结 clock; cases without one never match */
  light?: WarningLight[]
  level?: ResponseLevel[]
  /** the category or any of its descendants */
  categoryId?: string
  gridId?: string[]
  placeId?: string[]
  handlerId?: string[]
  unitId?: string[]
  source?: CaseSource[]
  type?: CaseType[]
  /** any of the flags */
  flags?: CaseFlag[]
  receivedFrom?: number
  receivedTo?: number
  closedFrom?: number
  closedTo?: number
  /** 超时: replied late, or running past the 办结 deadline */
  overdue?: boolean
  /** 待回访: replied or closed and not called back since */
  awaitingCallback?: boolean
}

export const CASE_SORT_FIELDS = ['receivedAt', 'finishDeadline', 'status', 'level', 'orderNo'] as const
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number]

export interface CaseSort {
  field: CaseSortField
  dir: 'asc' | 'desc'
}

export interface CaseQuery {
  filters?: CaseFilters
  /** a saved view's filters, applied on top of `filters` */
  scope?: CaseFilters
  /** words that must all appear; ASCII letters also match the caller's pinyin initials */
  search?: string
  sort: CaseSort
  offset: number
  limit: number
  /** lights and 超时 are read at this instant */
  now: number
}

/** One row of a result page: what the list shows, with the light read at the query's `now`. */
export interface CaseListItem {
  id: string
  orderNo?: string
  title: string
  status: CaseStatus
  level: ResponseLevel
  source: CaseSource
  type: CaseType
  flags: CaseFlag[]
  categoryId?: string
  gridId?: string
  placeId?: string
  handlerId?: string
  unitId?: string
  receivedAt: number
  finishDeadline?: number
  closedAt?: number
  confidential: boolean
  /** null when no 办结 clock is running (replied, closed, parked, returned, withdrawn) */
  light: WarningLight | null
}

export interface CaseQueryResult {
  total: number
  rows: CaseListItem[]
}
