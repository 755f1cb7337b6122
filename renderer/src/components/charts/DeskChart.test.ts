import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import DeskChart from './DeskChart.vue'

// happy-dom has no canvas: the ECharts component is replaced by a plain element
vi.mock('vue-echarts', () => ({ default: { name: 'VChart', template: '<div class="stub-chart" />' } }))
import { optionHasData } from './echarts'

const line = (data: unknown[]) => ({ xAxis: { type: 'category', data: ['2026-10', '2026-11'] }, yAxis: {}, series: [{ type: 'line', data }] })

describe('optionHasData', () => {
  it('is false for no option, no series, and series of nulls', () => {
    expect(optionHasData(null)).toBe(false)
    expect(optionHasData({ series: [] })).toBe(false)
    expect(optionHasData(line([null, null]))).toBe(false)
    expect(optionHasData(line([NaN]))).toBe(false)
  })

  it('sees numbers in plain, object, heat-map and dataset forms', () => {
    expect(optionHasData(line([null, 0.95]))).toBe(true)
    expect(optionHasData({ series: [{ type: 'pie', data: [{ name: '正常', value: 3 }] }] })).toBe(true)
    expect(optionHasData({ series: [{ type: 'heatmap', data: [[0, 1, 4]] }] })).toBe(true)
    expect(optionHasData({ series: [{ type: 'heatmap', data: [[0, 1, null]] }] })).toBe(false)
    expect(optionHasData({ dataset: { source: [['a', 'b'], ['x', 1]] }, series: [{ type: 'bar' }] })).toBe(true)
  })
})

describe('DeskChart', () => {
  it('says 本期无数据 instead of drawing an empty chart, and exports nothing', () => {
    const wrapper = mount(DeskChart, { props: { option: line([null, null]) } })
    expect(wrapper.find('[data-test="chart-empty"]').text()).toBe('本期无数据')
    expect((wrapper.vm as unknown as { toPng(): string }).toPng()).toBe('')
  })

  it('draws the chart when there is data', () => {
    const wrapper = mount(DeskChart, {
      props: { option: line([0.9, 0.95]) }
    })
    expect(wrapper.find('[data-test="chart-empty"]').exists()).toBe(false)
    expect(wrapper.find('.stub-chart').exists()).toBe(true)
  })
})
