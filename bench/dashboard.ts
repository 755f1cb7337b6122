import { assess, rankRows } from '@shared/domain/assessment'
import type { CaseRecord } from '@shared/domain/case'
import { periodOf, selectForPeriod, shiftPeriod } from '@shared/domain/period'
import { rollupsOf } from '@shared/domain/rollups'
import { DeskDB } from '@renderer/db/database'
import { createScoreboardService } from '@renderer/db/rollups/service'
import { DEFAULT_SETTINGS } from '@renderer/db/rollups/settings'
import { rollupTable, type RollupRow } from '@renderer/db/rollups/table'
import type { BenchResult } from './main'

const SECTION = '数据看板'
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return times
}

/** The figures one dashboard load shows: the grid ranking of a month and the community's 12-month trend. */
interface Figures {
  grids: { key: string; score: number | null; rank: number | null }[]
  trend: (number | null)[]
}

/** The same figures by reading every case and assessing in memory: what the rollups spare. */
async function byScanning(db: DeskDB, month: string, months: string[]): Promise<Figures> {
  const all = await db.case.where('communityId').equals('T1').toArray()
  const selection = { by: 'receivedAt' as const }
  const inMonth = selectForPeriod(all, month, selection)
  const byGrid = new Map<string, CaseRecord[]>()
  for (const c of inMonth) if (c.gridId) byGrid.set(c.gridId, [...(byGrid.get(c.gridId) ?? []), c])
  const grids = rankRows([...byGrid].map(([key, cases]) => ({ key, ...assess(cases, DEFAULT_SETTINGS) })))
  return { grids: grids.map(({ key, score, rank }) => ({ key, score, rank })), trend: months.map((m) => assess(selectForPeriod(all, m, selection), DEFAULT_SETTINGS).score) }
}

/**
 * 'scoreboard at 300,000 cases': the cases and their rollups in IndexedDB, then one dashboard load
 * through the scoreboard service against the same figures by scanning all cases.
 */
export async function dashboardBench(rows: CaseRecord[], gridIds: string[], now: number): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  const db = new DeskDB(`desk-bench-board-${Date.now()}`)
  await db.open()
  try {
    const start = performance.now()
    const built = [...rollupsOf(rows, DEFAULT_SETTINGS).values()].map((r): RollupRow => ({ communityId: 'T1', ...r, updatedAt: now }))
    const buildMs = performance.now() - start
    results.push({ section: SECTION, name: `由 ${rows.length.toLocaleString('en-US')} 件计算汇总表（${built.length.toLocaleString('en-US')} 行）`, median: buildMs, runs: [buildMs], unit: 'ms' })
    await db.community.add({ id: 'T1', communityId: 'T1', name: '测量街道', township: '测量街道', district: '测量区', population: 200_000, mode: 'township', createdAt: now, updatedAt: now, hlc: '' })
    await db.grid.bulkAdd(gridIds.map((id, i) => ({ id, communityId: 'T1', code: `WG-${i + 1}`, name: `第${i + 1}网格`, gridWorkers: [], createdAt: now, updatedAt: now, hlc: '' })))
    await rollupTable(db).bulkAdd(built)
    for (let i = 0; i < rows.length; i += 5000) await db.case.bulkAdd(rows.slice(i, i + 5000))

    const month = shiftPeriod(periodOf(now), -1)
    const months = Array.from({ length: 12 }, (_, i) => shiftPeriod(month, i - 11))
    const board = createScoreboardService(db)
    const load = async (): Promise<Figures> => {
      const [grids, trend] = await Promise.all([board.ranking('T1', month, 'grid'), board.trend('T1', months)])
      return { grids: grids.map(({ key, score, rank }) => ({ key, score, rank })), trend: trend.map((t) => t.row.score) }
    }
    const sort = (f: Figures) => ({ ...f, grids: [...f.grids].sort((a, b) => a.key.localeCompare(b.key)) })
    // both ways must show the same figures, or the comparison means nothing
    if (JSON.stringify(sort(await load())) !== JSON.stringify(sort(await byScanning(db, month, months)))) throw new Error('汇总表与全表扫描的结果不一致')

    const fast = await timed(15, load)
    results.push({ section: SECTION, name: `看板加载：${month} 网格排名 + 近 12 个月趋势（汇总表）`, median: median(fast), runs: fast, unit: 'ms', target: 150 })
    const slow = await timed(3, () => byScanning(db, month, months))
    results.push({ section: SECTION, name: '同样的数字：读出全部工单再计算（全表扫描）', median: median(slow), runs: slow, unit: 'ms' })
    const ratio = Math.round(median(slow) / median(fast))
    results.push({ section: SECTION, name: '全表扫描 / 汇总表', median: ratio, runs: [ratio], unit: '×', note: `汇总表快约 ${ratio} 倍` })
  } finally {
    await db.delete()
  }
  return results
}
