import { formatDate } from '@shared/domain/dates'
import { weeklyCounts, type HotspotAlert } from '@shared/domain/hotspots'
import { CHART_COLORS, CHART_TEXT, type ChartOption } from '../../components/charts/echarts'

/** Evidence cases per week over the alert's window, as a small bar chart. */
export function evidenceOption(alert: HotspotAlert, receivedAt: readonly number[], labels: { perWeek: string }): ChartOption {
  const weeks = weeklyCounts(receivedAt, alert.since, alert.until)
  return {
    // many small charts re-draw on every case write; motion there only distracts
    animation: false,
    color: [CHART_COLORS[3]],
    grid: { left: 32, right: 12, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: weeks.map((w) => formatDate(w.week).slice(5)), axisLabel: { ...CHART_TEXT, fontSize: 12 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { ...CHART_TEXT, fontSize: 12 } },
    series: [{ type: 'bar', name: labels.perWeek, data: weeks.map((w) => w.count), barMaxWidth: 28 }]
  }
}

/** A topic's monthly case volume against its baseline, 12 months. */
export function volumeOption(volume: readonly { month: string; count: number }[], baseline: number | undefined, labels: { volume: string; baseline: string }): ChartOption {
  const series: object[] = [{ type: 'bar', name: labels.volume, data: volume.map((v) => v.count), barMaxWidth: 36, label: { show: true, position: 'top', ...CHART_TEXT } }]
  if (baseline !== undefined) series.push({ type: 'line', name: labels.baseline, data: volume.map(() => baseline), symbol: 'none', lineStyle: { type: 'dashed', width: 2 } })
  return {
    color: [CHART_COLORS[0], CHART_COLORS[2]],
    grid: { left: 44, right: 20, top: 40, bottom: 36 },
    legend: { top: 0, textStyle: CHART_TEXT },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: volume.map((v) => v.month), axisLabel: CHART_TEXT },
    yAxis: { type: 'value', minInterval: 1, axisLabel: CHART_TEXT },
    series
  }
}
