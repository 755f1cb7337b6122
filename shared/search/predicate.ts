import { CASE_STATUSES, CASE_SOURCES, CASE_TYPES, RESPONSE_LEVELS, type CaseStatus } from '../domain/case'
import { DEFAULT_LIGHT_THRESHOLDS, WARNING_LIGHTS, warningLight, type LightThresholds, type WarningLight } from '../domain/lights'
import { BIT_CALLBACK, BIT_CALLBACK_DUE, BIT_PAUSED, type Dictionary } from './columns'
import { flagBits, type SlotStore } from './store'
import { matchesTerms, type SearchTerm } from './text'
import type { CaseFilters, CategoryNode } from './types'

export type SlotTest = (slot: number) => boolean

/** The statuses whose 办结 clock runs; a replied case waits for 回访, not for its deadline. */
export const RUNNING_STATUSES: readonly CaseStatus[] = ['待签收', '办理中', '延期审核']

const codeMask = (all: readonly string[], chosen: readonly string[]): Uint8Array => {
  const mask = new Uint8Array(all.length)
  all.forEach((v, i) => (mask[i] = chosen.includes(v) ? 1 : 0))
  return mask
}
const RUNNING = codeMask(CASE_STATUSES, RUNNING_STATUSES)
const STOPPED = codeMask(CASE_STATUSES, ['退单', '已撤销'])
const ANSWERED = codeMask(CASE_STATUSES, ['已反馈', '已办结'])

/** The light of a slot's running 办结 clock at `now`; null when it is not running. */
export function lightOf(store: SlotStore, slot: number, now: number, thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS): WarningLight | null {
  const c = store.columns.cols
  const deadline = c.finishDeadline[slot]
  // a parked case's stored deadline is only re-projected on resume, so it shows no light
  if (RUNNING[c.status[slot]] !== 1 || (c.bits[slot] & BIT_PAUSED) !== 0 || Number.isNaN(deadline)) return null
  const start = c.finishStart[slot]
  return warningLight(Number.isNaN(start) ? c.receivedAt[slot] : start, deadline, now, thresholds)
}

/** 超时 of the 办结 clock, as overdueClocks reads it: answered late, or still running past it. */
export function isOverdue(store: SlotStore, slot: number, now: number): boolean {
  const c = store.columns.cols
  const deadline = c.finishDeadline[slot]
  if (Number.isNaN(deadline)) return false
  const finishedAt = Number.isNaN(c.repliedAt[slot]) ? c.closedAt[slot] : c.repliedAt[slot]
  if (!Number.isNaN(finishedAt)) return finishedAt > deadline
  if (STOPPED[c.status[slot]] === 1 || (c.bits[slot] & BIT_PAUSED) !== 0) return false
  return now > deadline
}

/** 待回访: replied or closed and not called back since (or never called back, on rows that predate callbackDue). */
export function isAwaitingCallback(store: SlotStore, slot: number): boolean {
  const c = store.columns.cols
  if (ANSWERED[c.status[slot]] !== 1) return false
  const bits = c.bits[slot]
  return (bits & BIT_CALLBACK_DUE) !== 0 || (bits & BIT_CALLBACK) === 0
}

/** The category and all its descendants in the tree. */
export function withDescendants(categoryId: string, tree: readonly CategoryNode[]): Set<string> {
  const children = new Map<string, string[]>()
  for (const node of tree) if (node.parentId) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node.id])
  const out = new Set<string>([categoryId])
  const queue = [categoryId]
  while (queue.length) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (out.has(child)) continue
      out.add(child)
      queue.push(child)
    }
  }
  return out
}

export interface CompileContext {
  store: SlotStore
  categories: readonly CategoryNode[]
  now: number
  thresholds: LightThresholds
}

const some = (list: readonly unknown[] | undefined): boolean => Array.isArray(list) && list.length > 0

/** One test per slot for a set of filters; cheap column tests first, text last. */
export function compileFilters(filters: CaseFilters | undefined, ctx: CompileContext): SlotTest[] {
  const f = filters ?? {}
  const { store, now, thresholds } = ctx
  const c = store.columns.cols
  const tests: SlotTest[] = []
  const byCode = (column: Uint8Array, all: readonly string[], chosen: readonly string[] | undefined) => {
    if (!some(chosen)) return
    const mask = codeMask(all, chosen!)
    tests.push((s) => mask[column[s]] === 1)
  }
  const byDict = (column: Uint32Array, dict: Dictionary, chosen: readonly string[] | undefined) => {
    if (!some(chosen)) return
    const mask = dict.mask(chosen!)
    tests.push((s) => mask[column[s]] === 1)
  }
  const range = (column: Float64Array, from: number | undefined, to: number | undefined) => {
    if (from === undefined && to === undefined) return
    const lo = from ?? -Infinity
    const hi = to ?? Infinity
    // NaN (no time) fails both comparisons, so a range excludes rows without the time
    tests.push((s) => column[s] >= lo && column[s] <= hi)
  }

  byCode(c.status, CASE_STATUSES, f.status)
  byCode(c.level, RESPONSE_LEVELS, f.level)
  byCode(c.source, CASE_SOURCES, f.source)
  byCode(c.type, CASE_TYPES, f.type)
  byDict(c.grid, store.dict.grid, f.gridId)
  byDict(c.place, store.dict.place, f.placeId)
  byDict(c.handler, store.dict.handler, f.handlerId)
  byDict(c.unit, store.dict.unit, f.unitId)
  if (f.categoryId) byDict(c.category, store.dict.category, [...withDescendants(f.categoryId, ctx.categories)])
  if (some(f.flags)) {
    const bits = flagBits(f.flags!)
    tests.push((s) => (c.flags[s] & bits) !== 0)
  }
  range(c.receivedAt, f.receivedFrom, f.receivedTo)
  range(c.closedAt, f.closedFrom, f.closedTo)
  if (f.awaitingCallback !== undefined) tests.push((s) => isAwaitingCallback(store, s) === f.awaitingCallback)
  if (f.overdue !== undefined) tests.push((s) => isOverdue(store, s, now) === f.overdue)
  if (some(f.light)) {
    const mask = codeMask(WARNING_LIGHTS, f.light!)
    tests.push((s) => {
      const light = lightOf(store, s, now, thresholds)
      return light !== null && mask[WARNING_LIGHTS.indexOf(light)] === 1
    })
  }
  return tests
}

/**
 * One byte per slot: 1 where the row holds every term. Scanned in slot order, the order the texts
 * were stored in, which reads memory far faster than following a sort order.
 */
export function scanText(store: SlotStore, terms: readonly SearchTerm[]): Uint8Array {
  const hits = new Uint8Array(store.slotCount)
  const alive = store.columns.cols.alive
  const { texts, initials } = store
  for (let s = 0; s < store.slotCount; s++) if (alive[s] === 1 && matchesTerms(terms, texts[s], initials[s])) hits[s] = 1
  return hits
}

/** All tests as one; an empty list lets every live slot through. */
export function allOf(tests: readonly SlotTest[]): SlotTest {
  const n = tests.length
  if (n === 0) return () => true
  if (n === 1) return tests[0]
  return (s) => {
    for (let i = 0; i < n; i++) if (!tests[i](s)) return false
    return true
  }
}
