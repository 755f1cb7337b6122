import { describe, expect, it } from 'vitest'
import type { Grid, Place } from './org'
import { coverageOf, placesWithoutShifts, rosterGaps, rosterSlots, uncoveredPlaces } from './volunteerCoverage'
import type { Shift, Volunteer } from './volunteers'

const base = { communityId: 'c', createdAt: 0, updatedAt: 0, hlc: '' }
const grid = (id: string, name: string): Grid => ({ ...base, id, code: id, name, gridWorkers: [] })
const place = (id: string, gridId: string): Place => ({ ...base, id, name: `点位${id}`, kind: '街巷', gridId })
const volunteer = (id: string, placeIds: string[], status: Volunteer['status'] = '在岗', deletedAt?: number): Volunteer => ({
  ...base, id, personId: `person-${id}`, placeIds, skills: [], since: '2025-01-01', status, ...(deletedAt ? { deletedAt } : {})
})

describe('coverage', () => {
  const grids = [grid('g1', '第一网格'), grid('g2', '第二网格'), grid('g3', '第三网格')]
  const places = [place('a', 'g1'), place('b', 'g1'), place('c', 'g2'), place('d', 'g2'), place('e', 'g1')]

  it('lists each place with its active volunteers and each grid with covered / total', () => {
    const cov = coverageOf(places, grids, [volunteer('v1', ['a', 'c', 'a']), volunteer('v2', ['a']), volunteer('v3', ['b'], '暂停'), volunteer('v4', ['d'], '退出'), volunteer('v5', ['e'], '在岗', 5)])
    expect(cov.places.map((p) => [p.placeId, p.volunteerIds])).toEqual([['a', ['v1', 'v2']], ['b', []], ['c', ['v1']], ['d', []], ['e', []]])
    expect(cov.grids).toEqual([
      { gridId: 'g1', gridName: '第一网格', places: 3, covered: 1, uncoveredPlaceIds: ['b', 'e'] },
      { gridId: 'g2', gridName: '第二网格', places: 2, covered: 1, uncoveredPlaceIds: ['d'] },
      { gridId: 'g3', gridName: '第三网格', places: 0, covered: 0, uncoveredPlaceIds: [] }
    ])
    expect(uncoveredPlaces(cov).map((p) => p.placeId)).toEqual(['b', 'd', 'e'])
  })

  it('leaves a deleted place out and a place whose only volunteer paused uncovered', () => {
    const cov = coverageOf([...places.slice(0, 2), { ...place('x', 'g1'), deletedAt: 1 }], grids, [volunteer('v1', ['a', 'x']), volunteer('v2', ['b'], '暂停')])
    expect(cov.grids[0]).toMatchObject({ places: 2, covered: 1, uncoveredPlaceIds: ['b'] })
  })
})

describe('roster gaps', () => {
  const T = Date.UTC(2026, 2, 9)
  const shift = (id: string, start: number, needed: number, signups: Shift['signups'], placeId = 'a'): Shift => ({ ...base, id, placeId, start, end: start + 7_200_000, needed, signups })
  const on = (volunteerId: string, absent = false) => ({ volunteerId, at: 0, via: '指派' as const, ...(absent ? { absent } : {}) })

  it('counts absent volunteers as missing and never shows a negative gap', () => {
    const slots = rosterSlots([shift('s2', T + 10, 2, [on('v1'), on('v2', true)]), shift('s1', T, 1, [on('v1'), on('v2')]), shift('s3', T + 20, 3, [])])
    expect(slots.map((s) => [s.shift.id, s.filled, s.gap])).toEqual([['s1', 2, 0], ['s2', 1, 1], ['s3', 0, 3]])
    expect(rosterGaps(slots)).toMatchObject({ missing: 4 })
    expect(rosterGaps(slots).slots.map((s) => s.shift.id)).toEqual(['s2', 's3'])
  })

  it('finds places without any shift', () => {
    expect(placesWithoutShifts([place('a', 'g1'), place('b', 'g1')], [shift('s1', T, 1, [])]).map((p) => p.id)).toEqual(['b'])
  })
})
