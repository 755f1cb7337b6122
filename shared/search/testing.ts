import type { CaseIndexRow, CategoryNode } from './types'

/** Hand-made rows for the index tests: a 7-day case received at T0 unless told otherwise. */

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
export const T0 = Date.UTC(2026, 2, 9, 1, 30)

export const CATEGORIES: CategoryNode[] = [
  { id: 'c-city' },
  { id: 'c-clean', parentId: 'c-city' },
  { id: 'c-stall', parentId: 'c-clean' },
  { id: 'c-litter', parentId: 'c-clean' },
  { id: 'c-heat' },
  { id: 'c-cold', parentId: 'c-heat' }
]

let counter = 0

export function caseRow(fields: Partial<CaseIndexRow> = {}): CaseIndexRow {
  counter += 1
  return {
    id: `case-${String(counter).padStart(4, '0')}`,
    status: '办理中',
    level: '7天',
    source: '12345派单',
    type: '投诉',
    flags: [],
    receivedAt: T0,
    finishDeadline: T0 + 10 * DAY,
    confidential: false,
    title: '反映问题',
    content: '居民来电反映问题',
    ...fields
  }
}
