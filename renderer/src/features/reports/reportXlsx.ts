import type { XlsxSheet } from '../../lib/xlsx'
import type { MonthlyReport } from '../../stores/reports'
import type { ScoreRow } from '../../db/rollups/contract'

export interface ReportLabels {
  sheetRates: string
  sheetRanking: string
  sheetOverdue: string
  dimension: string
  kinds: { grid: string; handler: string; unit: string }
  figures: { response: string; resolution: string; satisfaction: string; score: string; received: string; base: string }
  period: string
  rank: string
  name: string
  orderNo: string
  title: string
  grid: string
  status: string
  receivedAt: string
  deadline: string
}

const score = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)

/** The 通报 as three sheets: 三率 (this period and the one before), 排名, 超时工单. */
export function reportSheets(report: MonthlyReport, l: ReportLabels, gridName: (id?: string) => string): XlsxSheet[] {
  const rateColumns = [
    { header: l.figures.received, key: 'received', kind: 'number' as const },
    { header: l.figures.base, key: 'base', kind: 'number' as const },
    { header: l.figures.response, key: 'response', kind: 'percent' as const },
    { header: l.figures.resolution, key: 'resolution', kind: 'percent' as const },
    { header: l.figures.satisfaction, key: 'satisfaction', kind: 'percent' as const },
    { header: l.figures.score, key: 'score', kind: 'number' as const }
  ]
  const rates = (r: ScoreRow | null) => ({
    received: r?.counters.received ?? 0,
    base: r?.base ?? 0,
    response: r?.responseRate ?? null,
    resolution: r?.resolutionRate ?? null,
    satisfaction: r?.satisfactionRate ?? null,
    score: score(r?.score ?? null)
  })
  const ranking = (['grid', 'handler', 'unit'] as const).flatMap((kind) =>
    report.rankings[kind].map((r) => ({ dimension: l.kinds[kind], rank: r.rank, name: r.label, ...rates(r) }))
  )
  return [
    {
      name: l.sheetRates,
      columns: [{ header: l.period, key: 'period', width: 12 }, ...rateColumns],
      rows: [
        { period: report.period, ...rates(report.current) },
        ...(report.trend.length > 1 ? [{ period: report.trend[report.trend.length - 2].period, ...rates(report.previous) }] : [])
      ]
    },
    {
      name: l.sheetRanking,
      columns: [
        { header: l.dimension, key: 'dimension', width: 10 },
        { header: l.rank, key: 'rank', kind: 'number', width: 8 },
        { header: l.name, key: 'name', width: 24 },
        ...rateColumns
      ],
      rows: ranking
    },
    {
      name: l.sheetOverdue,
      columns: [
        { header: l.orderNo, key: 'orderNo', width: 18 },
        { header: l.title, key: 'title', width: 40 },
        { header: l.grid, key: 'grid', width: 14 },
        { header: l.status, key: 'status', width: 10 },
        { header: l.receivedAt, key: 'receivedAt', kind: 'date', width: 18 },
        { header: l.deadline, key: 'deadline', kind: 'date', width: 18 }
      ],
      rows: report.overdue.map((c) => ({
        orderNo: c.orderNo ?? '',
        title: c.title,
        grid: gridName(c.gridId),
        status: c.status,
        receivedAt: c.receivedAt,
        deadline: c.finishDeadline
      }))
    }
  ]
}
