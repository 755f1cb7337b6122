import { DEFAULT_LIGHT_THRESHOLDS, type LightThresholds } from '../domain/lights'
import { allOf, compileFilters, lightOf, scanText, type SlotTest } from './predicate'
import { SortOrder, type SlotCompare } from './sortOrder'
import { SlotStore } from './store'
import { parseSearch } from './text'
import type { CaseFilters, CaseIndexRow, CaseQuery, CaseQueryResult, CaseSortField, CategoryNode } from './types'

export interface CaseIndexOptions {
  categories?: readonly CategoryNode[]
  thresholds?: LightThresholds
}

export type CaseSelection = Pick<CaseQuery, 'filters' | 'scope' | 'search' | 'sort' | 'now'>

/** The columnar in-memory case index of DESIGN §4: filter, sort and search without touching IndexedDB. */
export interface CaseIndex {
  readonly size: number
  /** grows with every change, so a caller can tell a stale page */
  readonly version: number
  /** adds or replaces rows; a row with deletedAt is removed */
  upsert(rows: readonly CaseIndexRow[]): void
  remove(ids: readonly string[]): void
  has(id: string): boolean
  setCategories(categories: readonly CategoryNode[]): void
  /** sorts by these fields now rather than on the first query that needs them */
  prepare(fields: readonly CaseSortField[]): void
  query(query: CaseQuery): CaseQueryResult
  /** the ids of the first `max` matches, in order (select all, export) */
  ids(selection: CaseSelection, max: number): string[]
  /** how many cases each view holds within the filters and search */
  counts(base: Pick<CaseQuery, 'filters' | 'search' | 'now'>, views: Record<string, CaseFilters>): Record<string, number>
}

// Past this many rows in one upsert, rebuilding a sort order beats moving rows one by one.
const BULK = 2000
// A status or level sorts first, then the time it was received.
const BAND = 1e14

export function createCaseIndex(rows: readonly CaseIndexRow[] = [], options: CaseIndexOptions = {}): CaseIndex {
  const store = new SlotStore()
  const thresholds = options.thresholds ?? DEFAULT_LIGHT_THRESHOLDS
  let categories: readonly CategoryNode[] = options.categories ?? []
  let version = 0
  const orders = new Map<CaseSortField, SortOrder>()
  let cache: { key: string; matches: Int32Array } | null = null
  let searched: { key: string; version: number; hits: Uint8Array } | null = null

  function compareFor(field: CaseSortField): SlotCompare {
    const c = store.columns.cols
    if (field === 'orderNo') {
      const nos = store.orderNos
      return (a, b) => {
        const x = nos[a]
        const y = nos[b]
        if (x === y) return a - b
        // cases without a 工单编号 come last
        if (x === undefined) return 1
        if (y === undefined) return -1
        return x < y ? -1 : 1
      }
    }
    const received = (s: number) => (Number.isNaN(c.receivedAt[s]) ? 0 : c.receivedAt[s])
    const key: (s: number) => number = {
      receivedAt: received,
      finishDeadline: (s: number) => (Number.isNaN(c.finishDeadline[s]) ? Infinity : c.finishDeadline[s]),
      status: (s: number) => c.status[s] * BAND + received(s),
      level: (s: number) => c.level[s] * BAND + received(s)
    }[field]
    return (a, b) => {
      const ka = key(a)
      const kb = key(b)
      return ka < kb ? -1 : ka > kb ? 1 : a - b
    }
  }

  function orderFor(field: CaseSortField): SortOrder {
    let order = orders.get(field)
    if (!order) orders.set(field, (order = new SortOrder(compareFor(field), store.liveSlots())))
    return order
  }

  function changed(): void {
    version++
    cache = null
  }

  function removeSlot(id: string): void {
    const slot = store.slotOf.get(id)
    if (slot === undefined) return
    for (const [field, order] of orders) if (!order.delete(slot)) orders.delete(field)
    store.release(slot)
  }

  function upsert(input: readonly CaseIndexRow[]): void {
    if (input.length === 0) return
    if (input.length > BULK) orders.clear()
    for (const row of input) {
      if (row.deletedAt !== undefined && row.deletedAt !== null) {
        removeSlot(row.id)
        continue
      }
      let slot = store.slotOf.get(row.id)
      if (slot !== undefined) {
        for (const [field, order] of orders) if (!order.delete(slot)) orders.delete(field)
      } else {
        const capacity = store.columns.capacity
        slot = store.allocate(row.id)
        // the comparators hold the old column arrays
        if (store.columns.capacity !== capacity) orders.clear()
      }
      store.write(slot, row)
      for (const order of orders.values()) order.insert(slot)
    }
    changed()
  }

  /** the rows holding the search, kept while the index is unchanged (paging, counts, a new sort) */
  function searchHits(search: string | undefined): Uint8Array | null {
    const terms = parseSearch(search)
    if (terms.length === 0) return null
    const key = terms.map((t) => t.text).join(' ')
    if (searched?.key !== key || searched.version !== version) searched = { key, version, hits: scanText(store, terms) }
    return searched.hits
  }

  function test(selection: Pick<CaseQuery, 'filters' | 'scope' | 'search' | 'now'>): SlotTest {
    const ctx = { store, categories, now: selection.now, thresholds }
    const hits = searchHits(selection.search)
    return allOf([
      ...(hits ? [(s: number) => hits[s] === 1] : []),
      ...compileFilters(selection.filters, ctx),
      ...compileFilters(selection.scope, ctx)
    ])
  }

  /** the matching slots in order; the last result is kept, so paging through it costs a slice */
  function matches(selection: CaseSelection): Int32Array {
    const key = JSON.stringify([selection.filters, selection.scope, selection.search, selection.sort, selection.now])
    if (cache?.key === key) return cache.matches
    const pass = test(selection)
    const order = orderFor(selection.sort.field).view()
    const out = new Int32Array(order.length)
    let n = 0
    if (selection.sort.dir === 'asc') {
      for (let i = 0; i < order.length; i++) if (pass(order[i])) out[n++] = order[i]
    } else {
      for (let i = order.length - 1; i >= 0; i--) if (pass(order[i])) out[n++] = order[i]
    }
    cache = { key, matches: out.slice(0, n) }
    return cache.matches
  }

  const index: CaseIndex = {
    get size() {
      return store.size
    },
    get version() {
      return version
    },
    upsert,
    remove(ids) {
      if (ids.length === 0) return
      for (const id of ids) removeSlot(id)
      changed()
    },
    has: (id) => store.slotOf.has(id),
    setCategories(next) {
      categories = [...next]
      changed()
    },
    prepare(fields) {
      for (const field of fields) orderFor(field)
    },
    query(q) {
      const found = matches(q)
      const offset = Math.max(0, Math.floor(q.offset))
      const page = found.subarray(offset, offset + Math.max(0, Math.floor(q.limit)))
      const rows = Array.from(page, (slot) => store.item(slot, lightOf(store, slot, q.now, thresholds)))
      return { total: found.length, rows }
    },
    ids(selection, max) {
      return Array.from(matches(selection).subarray(0, Math.max(0, max)), (slot) => store.ids[slot])
    },
    counts(base, views) {
      const pass = test({ filters: base.filters, search: base.search, now: base.now })
      const names = Object.keys(views)
      const tests = names.map((name) => allOf(compileFilters(views[name], { store, categories, now: base.now, thresholds })))
      const totals = new Array<number>(names.length).fill(0)
      const alive = store.columns.cols.alive
      for (let s = 0; s < store.slotCount; s++) {
        if (alive[s] !== 1 || !pass(s)) continue
        for (let v = 0; v < tests.length; v++) if (tests[v](s)) totals[v]++
      }
      return Object.fromEntries(names.map((name, v) => [name, totals[v]]))
    }
  }
  upsert(rows)
  return index
}
