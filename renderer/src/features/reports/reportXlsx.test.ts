import { describe, expect, it } from 'vitest'
import { emptyCounters } from '@shared/domain/rollups'
import type { CaseRecord } from '@shared/domain/case'
import type { ScoreRow } from '../../db/rollups/contract'
import type { MonthlyReport } from '../../stores/reports'
import { reportSheets, type ReportLabels } from './reportXlsx'

const labels: ReportLabels = {
  sheetRates: '三率', sheetRanking: '排名', sheetOverdue: '超时工单', dimension: '维度',
  kinds: { grid: '网格', handler: '承办人', unit: '承办单位' },
  figures: { response: '响应率', resolution: '解决率', satisfaction: '满意率', score: '综合得分', received: '受理量', base: '考核基数' },
  period: '通报期间', rank: '名次', name: '名称', orderNo: '工单编号', title: '标题', grid: '网格', status: '状态', receivedAt: '受理时间', deadline: '办结时限'
}

function row(key: string, label: string, score: number | null, rank: number | null): ScoreRow {
  const counters = { ...emptyCounters(), received: 4, base: score === null ? 0 : 2 }
  const rate = score === null ? null : score / 100
  return {
    dimension: 'grid', key, label, counters, rank, base: counters.base, contacted: 2, resolved: 2, satisfied: 2, basicallySatisfied: 0,
    responseRate: rate, resolutionRate: rate, satisfactionRate: rate, score, signOnTimeRate: null, finishOnTimeRate: null,
    firstTimeResolutionRate: null, repeatCallRate: null
  }
}

const overdueCase = { id: 'c1', orderNo: '2026110100001', title: '路灯不亮', gridId: 'g1', status: '办理中', receivedAt: 1, finishDeadline: 2 } as CaseRecord

const report: MonthlyReport = {
  period: '2026-11', first: '2026-11-01', last: '2026-11-30',
  current: row('c', '银杏里社区', 91.25, null), previous: null,
  rankings: { grid: [row('g1', '第一网格', 95, 1), row('g2', '第二网格', null, null)], handler: [], unit: [row('u1', '物业', 80, 1)] },
  overdue: [overdueCase], topics: [], hotCategories: [], hotPlaces: [],
  trend: [{ period: '2026-10', row: null }, { period: '2026-11', row: null }]
}

describe('reportSheets', () => {
  it('lays out 三率, 排名 and 超时工单 with the previous period beside this one', () => {
    const [rates, ranking, overdue] = reportSheets(report, labels, (id) => (id === 'g1' ? '第一网格' : ''))
    expect([rates.name, ranking.name, overdue.name]).toEqual(['三率', '排名', '超时工单'])
    expect(rates.rows).toEqual([
      { period: '2026-11', received: 4, base: 2, response: 0.9125, resolution: 0.9125, satisfaction: 0.9125, score: 91.3 },
      { period: '2026-10', received: 0, base: 0, response: null, resolution: null, satisfaction: null, score: null }
    ])
    expect(rates.columns.find((c) => c.key === 'response')?.kind).toBe('percent')
  })

  it('ranks every dimension in one sheet, an empty base staying empty rather than 0', () => {
    const [, ranking] = reportSheets(report, labels, () => '')
    expect(ranking.rows.map((r) => [r.dimension, r.rank, r.name, r.score])).toEqual([
      ['网格', 1, '第一网格', 95],
      ['网格', null, '第二网格', null],
      ['承办单位', 1, '物业', 80]
    ])
  })

  it('lists overdue cases with the grid name and dates as dates', () => {
    const [, , overdue] = reportSheets(report, labels, (id) => (id === 'g1' ? '第一网格' : ''))
    expect(overdue.rows).toEqual([{ orderNo: '2026110100001', title: '路灯不亮', grid: '第一网格', status: '办理中', receivedAt: 1, deadline: 2 }])
    expect(overdue.columns.filter((c) => c.kind === 'date').map((c) => c.key)).toEqual(['receivedAt', 'deadline'])
  })
})
