import { createCaseIndex, savedViewFilters, type CaseIndex, type CaseQuery } from '@shared/search'
import { DeskDB } from '@renderer/db/database'
import { dashboardBench } from './dashboard'
import { dataIoBench } from './dataIo'
import { syntheticCases } from './synthetic'

/** One measured item; `target` in ms when there is one. */
export interface BenchResult {
  /** the heading it is printed under; the case list's index when absent */
  section?: string
  name: string
  median: number
  runs: number[]
  unit: 'ms' | 'rows/s' | 'MB' | '×'
  target?: number
  /** for targets that are not a time (a rate against another rate): whether it was met */
  met?: boolean
  note?: string
}

declare global {
  interface Window {
    benchDone?: { results: BenchResult[]; cases: number } | { error: string }
  }
  interface Performance {
    memory?: { usedJSHeapSize: number }
  }
}

const CASES = 300_000
const RUNS = 15
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/**
 * Warm-up runs, then `runs` timed runs. `i` varies `now`, so no result comes from the index's
 * last-result cache; `fresh` (untimed) runs before each so nothing comes from any cache.
 */
function measure(name: string, fn: (i: number) => unknown, { target, fresh }: { target?: number; fresh?: () => void } = {}): BenchResult {
  for (let i = 0; i < 3; i++) fn(1_000_000 + i)
  const times = Array.from({ length: RUNS }, (_, i) => {
    fresh?.()
    return time(() => fn(i))
  })
  return { name, median: median(times), runs: times, unit: 'ms', target }
}

async function idbInsertRate(rows: readonly object[]): Promise<BenchResult> {
  const db = new DeskDB(`desk-bench-${Date.now()}`)
  await db.open()
  const start = performance.now()
  for (let i = 0; i < rows.length; i += 2000) await db.case.bulkAdd(rows.slice(i, i + 2000) as never[])
  const seconds = (performance.now() - start) / 1000
  await db.delete()
  const rate = Math.round(rows.length / seconds)
  return { name: `IndexedDB 批量写入 ${rows.length.toLocaleString('en-US')} 件（正式表结构，参考）`, median: rate, runs: [rate], unit: 'rows/s' }
}

async function run(): Promise<BenchResult[]> {
  const { rows, categories, gridIds, now } = syntheticCases(CASES)
  const results: BenchResult[] = []
  // run.mjs starts Chromium with --expose-gc, so the heap is read with only live objects in it
  const gc = (globalThis as { gc?: () => void }).gc
  const heap = () => (gc?.(), gc?.(), performance.memory?.usedJSHeapSize ?? NaN)
  const heapBefore = heap()
  let index: CaseIndex = createCaseIndex(rows, { categories })
  const mb = Math.round((heap() - heapBefore) / 1048576)
  if (gc && Number.isFinite(mb)) results.push({ name: '索引占用 JS 堆（不含类型化数组，近似）', median: mb, runs: [mb], unit: 'MB' })

  const builds = [0, 1, 2].map(() => time(() => (index = createCaseIndex(rows, { categories }))))
  results.unshift({ name: `建立索引（${CASES.toLocaleString('en-US')} 件）`, median: median(builds), runs: builds, unit: 'ms' })

  const grid = gridIds[17]
  const filterPage = (i: number): CaseQuery => ({
    filters: { status: ['办理中'], gridId: [grid] },
    sort: { field: 'finishDeadline', dir: 'asc' },
    offset: 0,
    limit: 50,
    now: now + i
  })
  // the first query after a build also sorts every case by the deadline once
  const cold = time(() => index.query(filterPage(-1)))
  results.push({ name: '首次查询（含按办结时限排序建立）', median: cold, runs: [cold], unit: 'ms', note: '之后的修改逐条维护排序' })

  // re-writing one row changes the index, which drops its cached search hits
  const fresh = () => index.upsert([{ ...rows[0] }])
  const target = 100
  results.push(measure('筛选 + 首页：办理中 + 网格，按办结时限，前 50 条', (i) => index.query(filterPage(i)), { target, fresh }))
  results.push(
    measure('全部工单，按受理时间倒序，前 50 条', (i) =>
      index.query({ sort: { field: 'receivedAt', dir: 'desc' }, offset: 0, limit: 50, now: now + i }), { target, fresh })
  )
  results.push(
    measure('中文检索“占道经营”，首页', (i) =>
      index.query({ search: '占道经营', sort: { field: 'receivedAt', dir: 'desc' }, offset: 0, limit: 50, now: now + i }), { target, fresh })
  )
  results.push(
    measure('拼音首字母检索“zs”，首页', (i) =>
      index.query({ search: 'zs', sort: { field: 'receivedAt', dir: 'desc' }, offset: 0, limit: 50, now: now + i }), { target, fresh })
  )
  results.push(
    measure('同一检索翻页（偏移 10,000）', (i) =>
      index.query({ search: '占道经营', sort: { field: 'receivedAt', dir: 'desc' }, offset: 10_000, limit: 50, now: now + i }))
  )
  results.push(
    measure('视图计数（5 个视图，含预警灯）', (i) => index.counts({ now: now + i }, savedViewFilters({ userId: rows[0].handlerId ?? '' })), { fresh })
  )
  const moved = rows.slice(0, 20).map((r) => ({ ...r, status: '已办结' as const, closedAt: now }))
  results.push(measure('更新 20 件并维持排序', () => index.upsert(moved.map((r) => ({ ...r, updatedAt: r.updatedAt + 1 })))))

  results.push(await idbInsertRate(rows.slice(0, 20_000)))
  results.push(...(await dashboardBench(rows, gridIds, now)))
  results.push(...(await dataIoBench(rows, categories, now)))
  return results
}

run().then(
  (results) => (window.benchDone = { results, cases: CASES }),
  (err: unknown) => (window.benchDone = { error: err instanceof Error ? err.stack ?? err.message : String(err) })
)
