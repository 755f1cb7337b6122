import type { ScoreRow } from '../../db/rollups/contract'
import { CHART_COLORS, CHART_TEXT, LIGHT_COLORS, type ChartOption } from '../../components/charts/echarts'
import type { WarningLight } from '@shared/domain/lights'
import { LIGHTS, type UnitPunctuality } from './figures'

type Labels = (key: string) => string

const pct = (x: number | null | undefined) => (typeof x === 'number' ? Math.round(x * 1000) / 10 : null)
// rates cluster near the top: start the axis one step below the lowest point so changes show
const floorTen = (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10)
const axisText = { fontSize: CHART_TEXT.fontSize, color: CHART_TEXT.color }
const base = { color: CHART_COLORS, textStyle: CHART_TEXT, tooltip: { trigger: 'axis', textStyle: { fontSize: 14 } } }

/** 三率 (%, left axis) and 综合得分 (right axis) over the periods; null points leave gaps. */
export function trendOption(trend: { period: string; row: ScoreRow | null }[], t: Labels): ChartOption {
  const line = (name: string, values: (number | null)[], yAxisIndex = 0) => ({
    name, type: 'line', yAxisIndex, data: values, connectNulls: false, symbolSize: 8, lineStyle: { width: 3 }
  })
  return {
    ...base,
    legend: { top: 0, textStyle: axisText },
    grid: { left: 56, right: 56, top: 48, bottom: 36 },
    xAxis: { type: 'category', data: trend.map((p) => p.period), axisLabel: axisText },
    yAxis: [
      { type: 'value', name: `${t('dashboard.charts.rate')} %`, min: floorTen, max: 100, axisLabel: axisText },
      { type: 'value', name: t('dashboard.charts.score'), min: floorTen, max: 100, axisLabel: axisText, splitLine: { show: false } }
    ],
    series: [
      line(t('dashboard.kpi.responseRate'), trend.map((p) => pct(p.row?.responseRate))),
      line(t('dashboard.kpi.resolutionRate'), trend.map((p) => pct(p.row?.resolutionRate))),
      line(t('dashboard.kpi.satisfactionRate'), trend.map((p) => pct(p.row?.satisfactionRate))),
      line(t('dashboard.kpi.score'), trend.map((p) => (p.row?.score ?? null)), 1)
    ]
  }
}

/** Horizontal bars: the largest `limit` rows by received cases. */
export function categoryOption(rows: ScoreRow[], t: Labels, limit = 10): ChartOption {
  const top = [...rows].filter((r) => r.counters.received > 0).sort((a, b) => b.counters.received - a.counters.received).slice(0, limit).reverse()
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 16, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: t('dashboard.charts.cases'), axisLabel: axisText, minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => r.label), axisLabel: axisText },
    series: [{ type: 'bar', data: top.map((r) => r.counters.received), barMaxWidth: 28, label: { show: true, position: 'right', fontSize: 14 } }]
  }
}

/** Open cases per light as a doughnut. */
export function lightsOption(counts: Record<WarningLight, number>, t: Labels): ChartOption {
  const data = LIGHTS.filter((l) => counts[l] > 0).map((l) => ({
    name: t(`dashboard.lights.${l}`), value: counts[l], itemStyle: { color: LIGHT_COLORS[l] }
  }))
  return {
    textStyle: CHART_TEXT,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { bottom: 0, textStyle: axisText },
    series: [{ type: 'pie', radius: ['38%', '68%'], center: ['50%', '45%'], data, label: { fontSize: 15, formatter: '{b}\n{c} 件' } }]
  }
}

/** Grid (rows) × top-level category (columns) by received cases; keys are `gridId|categoryId`. */
export function heatOption(rows: ScoreRow[], gridName: Labels, categoryName: Labels, t: Labels): ChartOption {
  const cells = rows.map((r) => {
    const [grid, category] = r.key.split('|')
    return { grid, category, value: r.counters.received }
  })
  const totals = (pick: (c: (typeof cells)[number]) => string) => {
    const m = new Map<string, number>()
    for (const c of cells) m.set(pick(c), (m.get(pick(c)) ?? 0) + c.value)
    return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k)
  }
  const grids = totals((c) => c.grid).reverse()
  const categories = totals((c) => c.category).slice(0, 12)
  const data = cells
    .filter((c) => categories.includes(c.category))
    .map((c) => [categories.indexOf(c.category), grids.indexOf(c.grid), c.value])
  const max = Math.max(1, ...data.map((d) => d[2]))
  return {
    textStyle: CHART_TEXT,
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 16, bottom: 72, containLabel: true },
    xAxis: { type: 'category', data: categories.map(categoryName), axisLabel: { ...axisText, interval: 0, rotate: 30 }, splitArea: { show: true } },
    yAxis: { type: 'category', data: grids.map(gridName), axisLabel: axisText, splitArea: { show: true } },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: [`${max}`, '0'], textStyle: axisText, inRange: { color: ['#eef4ff', '#1d5fd6', '#c5221f'] } },
    series: [{ name: t('dashboard.charts.cases'), type: 'heatmap', data, label: { show: true, fontSize: 13 } }]
  }
}

/** On-time arrival rate per summoned unit, in %. */
export function punctualityOption(rows: UnitPunctuality[], unitName: Labels, t: Labels): ChartOption {
  const list = [...rows].reverse()
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 56, top: 16, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: '%', min: 0, max: 100, axisLabel: axisText },
    yAxis: { type: 'category', data: list.map((r) => unitName(r.unitId)), axisLabel: axisText },
    series: [{
      name: t('dashboard.charts.onTime'), type: 'bar', barMaxWidth: 28, data: list.map((r) => pct(r.rate)),
      label: { show: true, position: 'right', fontSize: 14, formatter: '{c}%' }
    }]
  }
}
