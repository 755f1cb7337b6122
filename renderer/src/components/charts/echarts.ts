import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts'
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent
} from 'echarts/components'
import type { EChartsCoreOption } from 'echarts/core'

// the one place charts are registered, so every page ships the same small ECharts build
use([
  CanvasRenderer,
  LineChart,
  BarChart,
  PieChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  TitleComponent,
  DatasetComponent
])

export type ChartOption = EChartsCoreOption

/** Text and palette that read on a projector: large type, high contrast. */
export const CHART_TEXT = { fontSize: 14, color: '#1f2329' }
export const CHART_COLORS = ['#1d5fd6', '#0f9d58', '#e8710a', '#c5221f', '#7b3fb5', '#00838f', '#8d6e00', '#5f6368']
export const LIGHT_COLORS: Record<string, string> = { green: '#0f9d58', yellow: '#f2b600', orange: '#e8710a', red: '#c5221f' }

function seriesHasData(series: unknown): boolean {
  const data = (series as { data?: unknown[] } | undefined)?.data
  if (!Array.isArray(data)) return false
  return data.some((d) => {
    const v = d !== null && typeof d === 'object' && !Array.isArray(d) ? (d as { value?: unknown }).value : d
    if (Array.isArray(v)) return v.some((x, i) => i === v.length - 1 && typeof x === 'number' && Number.isFinite(x))
    return typeof v === 'number' && Number.isFinite(v)
  })
}

/** True when some series (or the dataset) carries at least one finite number; false draws '本期无数据'. */
export function optionHasData(option: ChartOption | null | undefined): boolean {
  if (!option) return false
  const dataset = (option as { dataset?: { source?: unknown[] } | { source?: unknown[] }[] }).dataset
  const sets = Array.isArray(dataset) ? dataset : dataset ? [dataset] : []
  if (sets.some((s) => Array.isArray(s.source) && s.source.length > 1)) return true
  const series = (option as { series?: unknown }).series
  const list = Array.isArray(series) ? series : series ? [series] : []
  return list.some(seriesHasData)
}
