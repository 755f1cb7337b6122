import type { ChartOption } from '../../components/charts/echarts'
import type { ScoreRow } from '../../db/rollups/contract'
import type { TrendPoint } from '../../stores/reports'

export interface ChartTheme {
  text: string
  axis: string
  fontSize: number
}

export const PRINT_THEME: ChartTheme = { text: '#111', axis: '#999', fontSize: 13 }
export const SCREEN_THEME: ChartTheme = { text: '#f5f7fa', axis: '#5b6b80', fontSize: 22 }

const pct = (x: number | null | undefined) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 1000) / 10 : null)

/** 三率 (percent) and 综合得分 by month; periods without cases are gaps, not zeros. */
export function trendOption(points: readonly TrendPoint[], theme: ChartTheme, names: { response: string; resolution: string; satisfaction: string; score: string }): ChartOption {
  const line = (name: string, pick: (r: ScoreRow) => number | null, width = 3) => ({
    name,
    type: 'line',
    connectNulls: false,
    symbolSize: 8,
    lineStyle: { width },
    data: points.map((p) => (p.row ? pick(p.row) : null))
  })
  const axisText = { color: theme.text, fontSize: theme.fontSize }
  return {
    animation: false,
    color: ['#1d5fd6', '#0f9d58', '#e8710a', '#c5221f'],
    legend: { top: 0, textStyle: axisText },
    grid: { left: 60, right: 24, top: theme.fontSize * 3, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => p.period), axisLabel: axisText, axisLine: { lineStyle: { color: theme.axis } } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: axisText, splitLine: { lineStyle: { color: theme.axis, opacity: 0.4 } } },
    series: [
      line(names.response, (r) => pct(r.responseRate)),
      line(names.resolution, (r) => pct(r.resolutionRate)),
      line(names.satisfaction, (r) => pct(r.satisfactionRate)),
      line(names.score, (r) => (r.score === null ? null : Math.round(r.score * 10) / 10), 5)
    ]
  }
}

/** Cases per category, largest at the top. */
export function volumeOption(rows: readonly Pick<ScoreRow, 'label' | 'counters'>[], theme: ChartTheme, color = '#1d5fd6'): ChartOption {
  const sorted = [...rows].sort((a, b) => a.counters.received - b.counters.received)
  const axisText = { color: theme.text, fontSize: theme.fontSize }
  return {
    animation: false,
    grid: { left: 12, right: 60, top: 12, bottom: 12, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', axisLabel: axisText, splitLine: { lineStyle: { color: theme.axis, opacity: 0.4 } } },
    yAxis: { type: 'category', data: sorted.map((r) => r.label), axisLabel: { ...axisText, width: 220, overflow: 'truncate' } },
    series: [{ type: 'bar', data: sorted.map((r) => r.counters.received), itemStyle: { color }, label: { show: true, position: 'right', ...axisText } }]
  }
}
