import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Satisfaction } from '@shared/domain/case'
import { ValidationError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { caseWorld, type CaseWorld } from '../cases/fixture'
import { counts, ctxAt, freshDb } from '../testing'
import { createScoreboardService } from './service'
import { DEFAULT_SETTINGS } from './settings'
import type { ScoreboardService } from './contract'

let db: DeskDB
let w: CaseWorld
let board: ScoreboardService
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
  board = createScoreboardService(db)
})
afterEach(() => db.delete())

const HOUR = 3_600_000
const at = (iso: string) => Date.parse(`${iso}+08:00`)

interface Made {
  grid: number
  receivedAt: number
  satisfaction?: Satisfaction
  resolved?: boolean
  contacted?: boolean
  exclude?: boolean
}

/** A case taken through 签收, 反馈 and a valid callback (unless no satisfaction is given). */
async function made({ grid, receivedAt, satisfaction, resolved = true, contacted = true, exclude }: Made) {
  const { cases, callbacks } = w.services
  const row = await cases.intake(w.communityId, w.intake({ gridId: w.grids[grid].id, placeId: w.places[grid].id, receivedAt, callerPhone: undefined }), ctxAt(receivedAt + 60_000))
  await cases.act(row.id, { type: 'sign' }, ctxAt(receivedAt + HOUR))
  await cases.act(row.id, { type: 'reply', reply: '已协调处理' }, ctxAt(receivedAt + 2 * HOUR))
  if (satisfaction) await callbacks.recordResult(row.id, { valid: true, contacted, resolved, satisfaction }, ctxAt(receivedAt + 3 * HOUR))
  if (exclude) await cases.act(row.id, { type: 'assess', included: false, exclusionReason: '不合理诉求' }, ctxAt(receivedAt + 4 * HOUR))
  return row
}

describe('scoreboardService.ranking', () => {
  it('ranks grids by hand-computed figures: 基本满意 at k = 0.9, an exclusion left out, an empty base without rates', async () => {
    const day = at('2026-02-10T10:00:00')
    await made({ grid: 0, receivedAt: day, satisfaction: '满意' })
    await made({ grid: 0, receivedAt: day + HOUR, satisfaction: '基本满意' })
    await made({ grid: 0, receivedAt: day + 2 * HOUR, satisfaction: '不满意', resolved: false })
    await made({ grid: 0, receivedAt: day + 3 * HOUR, satisfaction: '满意', exclude: true })
    await made({ grid: 1, receivedAt: day + 4 * HOUR })

    const rows = await board.ranking(w.communityId, '2026-02', 'grid')
    expect(rows.map((r) => [r.label, r.rank])).toEqual([['第一网格', 1], ['第二网格', null]])
    const [first, second] = rows
    expect(first.counters).toMatchObject({ received: 4, base: 3, contacted: 3, resolved: 2, satisfied: 1, basicallySatisfied: 1, excluded: 1 })
    // 响应 3/3, 解决 2/3, 满意 (1 + 0.9)/3; 100 × (0.1 + 0.5 × 2/3 + 0.4 × 1.9/3) = 68.666…
    expect(first.responseRate).toBe(1)
    expect(first.resolutionRate).toBeCloseTo(2 / 3, 12)
    expect(first.satisfactionRate).toBeCloseTo(1.9 / 3, 12)
    expect(first.score).toBeCloseTo(68.6666666667, 9)
    expect([second.responseRate, second.resolutionRate, second.satisfactionRate, second.score]).toEqual([null, null, null, null])
    expect(second.counters.received).toBe(1)

    const behind = await board.casesBehind(w.communityId, '2026-02', 'grid', w.grids[0].id, 'basicallySatisfied')
    expect(behind).toHaveLength(1)
    expect(behind[0].callback?.satisfaction).toBe('基本满意')
    expect(await board.casesBehind(w.communityId, '2026-02', 'grid', w.grids[0].id, 'excluded')).toHaveLength(1)
  })

  it('places cases by the cut-off day and shows the previous period beside each row', async () => {
    await board.saveSettings(w.communityId, { ...DEFAULT_SETTINGS, cutoffDay: 19 }, ctxAt(at('2026-01-01T09:00:00')))
    await made({ grid: 0, receivedAt: at('2026-01-18T23:00:00'), satisfaction: '满意' })
    await made({ grid: 0, receivedAt: at('2026-01-19T00:30:00'), satisfaction: '不满意', resolved: false })
    await made({ grid: 1, receivedAt: at('2026-01-20T09:00:00'), satisfaction: '满意' })

    expect(await board.periodOf(at('2026-01-19T00:00:00'))).toBe('2026-02')
    const january = await board.ranking(w.communityId, '2026-01', 'grid')
    expect(january.map((r) => [r.label, r.counters.received, r.score])).toEqual([['第一网格', 1, 100]])
    const february = await board.ranking(w.communityId, '2026-02', 'grid')
    expect(february.map((r) => [r.label, r.rank, r.previous])).toEqual([
      ['第二网格', 1, undefined],
      ['第一网格', 2, { rank: 1, score: 100 }]
    ])
    const trend = await board.trend(w.communityId, ['2026-01', '2026-02', '2026-03'])
    expect(trend.map((t) => [t.period, t.row.counters.received, t.row.base])).toEqual([['2026-01', 1, 1], ['2026-02', 2, 2], ['2026-03', 0, 0]])
    expect(trend[2].row.score).toBeNull()
    expect(trend[0].row.label).toBe('银杏里社区')
  })
})

describe('scoreboardService.saveSettings', () => {
  it('refuses weights not summing to 1, k above 1 and a cut-off day of 30, at their fields, writing nothing', async () => {
    const before = await counts(db, 'setting', 'outbox', 'rollup')
    const bad = { k: 1.2, weights: { response: 0.2, resolution: 0.5, satisfaction: 0.4 }, cutoffDay: 30, periodBy: 'receivedAt' as const }
    const err = await board.saveSettings(w.communityId, bad, ctxAt()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).issues.map((i) => i.field).sort()).toEqual(['cutoffDay', 'k', 'weights'])
    expect((err as ValidationError).issues.find((i) => i.field === 'weights')?.message).toContain('三项权重之和须为 1')
    expect(await counts(db, 'setting', 'outbox', 'rollup')).toEqual(before)
    expect(await board.settings()).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps new weights and re-counts the periods when the period rule changes', async () => {
    const received = at('2026-01-30T10:00:00')
    await made({ grid: 0, receivedAt: received, satisfaction: '满意' })
    const settings = { k: 0.8, weights: { response: 0.1, resolution: 0.45, satisfaction: 0.45 }, cutoffDay: 26, periodBy: 'receivedAt' as const }
    await board.saveSettings(w.communityId, settings, ctxAt(received + 5 * HOUR))
    expect(await board.settings()).toEqual(settings)
    expect(await board.ranking(w.communityId, '2026-01', 'grid')).toEqual([])
    expect((await board.ranking(w.communityId, '2026-02', 'grid')).map((r) => r.counters.received)).toEqual([1])
  })
})
