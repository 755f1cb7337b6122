import { CHART_COLORS, CHART_TEXT, type ChartOption } from '../../components/charts/echarts'
import type { GridCoverage } from '../../db/volunteers/contract'

/** Covered and uncovered places per grid, stacked. */
export function coverageOption(grids: readonly GridCoverage[], labels: { covered: string; uncovered: string }): ChartOption {
  return {
    color: [CHART_COLORS[1], CHART_COLORS[3]],
    grid: { left: 40, right: 16, top: 36, bottom: 40 },
    legend: { top: 0, textStyle: CHART_TEXT },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: grids.map((g) => g.gridName), axisLabel: { ...CHART_TEXT, fontSize: 12, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: CHART_TEXT },
    series: [
      { type: 'bar', stack: 'places', name: labels.covered, data: grids.map((g) => g.covered), barMaxWidth: 36 },
      { type: 'bar', stack: 'places', name: labels.uncovered, data: grids.map((g) => g.places - g.covered), barMaxWidth: 36 }
    ]
  }
}

/** Points of the month per volunteer, highest at the top. */
export function rankingOption(rows: readonly { name: string; points: number; hours: number }[], labels: { points: string }): ChartOption {
  const top = rows.slice(0, 15).reverse()
  return {
    color: [CHART_COLORS[0]],
    grid: { left: 80, right: 48, top: 12, bottom: 24 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: CHART_TEXT },
    yAxis: { type: 'category', data: top.map((r) => r.name), axisLabel: CHART_TEXT },
    series: [{ type: 'bar', name: labels.points, data: top.map((r) => r.points), barMaxWidth: 22, label: { show: true, position: 'right', ...CHART_TEXT } }]
  }
}
