import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DeskDB } from '../database'
import { T0, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from './fixture'

let db: DeskDB
let w: CaseWorld
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
})
afterEach(() => db.delete())

const DAY = 86_400_000

describe('caseService.suggestDuplicates', () => {
  it('finds the same caller, the same place and category, and near-identical text', async () => {
    const samePhone = await w.services.cases.intake(
      w.communityId,
      w.intake({ title: '咨询老年证办理', content: '想问老年证在哪里办', categoryId: w.category('政务服务').id, placeId: undefined, gridId: undefined }, T0 - 200 * DAY),
      ctxAt(T0 - 200 * DAY)
    )
    const samePlace = await w.services.cases.intake(
      w.communityId,
      w.intake({ title: '门口有人摆摊', content: '卖菜的摊子堵住人行道', callerPhone: '13900001111' }, T0 - 10 * DAY),
      ctxAt(T0 - 10 * DAY)
    )
    const sameText = await w.services.cases.intake(
      w.communityId,
      w.intake({ callerPhone: '13900002222', placeId: w.places[1].id, gridId: w.grids[1].id, categoryId: w.category('乱停车').id }, T0 - 60 * DAY),
      ctxAt(T0 - 60 * DAY)
    )
    await w.services.cases.intake(
      w.communityId,
      w.intake({ title: '路灯不亮', content: '胡同口路灯坏了一周', callerPhone: '13900003333', placeId: w.places[1].id, gridId: w.grids[1].id, categoryId: w.category('路灯不亮').id }, T0 - DAY),
      ctxAt(T0 - DAY)
    )
    const found = await w.services.cases.suggestDuplicates(w.communityId, w.intake({ receivedAt: T0 }), T0)
    const byId = new Map(found.map((s) => [s.case.id, s.reasons]))
    expect(byId.get(samePhone.id)).toEqual(['samePhone'])
    expect(byId.get(samePlace.id)).toEqual(['samePlaceCategory'])
    expect(byId.get(sameText.id)).toEqual(['similarText'])
    expect(found).toHaveLength(3)
    expect(found[0].case.id).toBe(sameText.id)
  })

  it('does not offer cases already cancelled, nor anything when the draft is empty', async () => {
    const original = await w.services.cases.intake(w.communityId, w.intake({}, T0 - DAY), ctxAt(T0 - DAY))
    const copy = await w.services.cases.intake(w.communityId, w.intake({}, T0 - DAY + 1000), ctxAt(T0 - DAY + 1000))
    await w.services.cases.linkDuplicate(copy.id, original.id, ctxAt(T0 - DAY + 2000))
    const found = await w.services.cases.suggestDuplicates(w.communityId, w.intake(), T0)
    expect(found.map((s) => s.case.id)).toEqual([original.id])
    expect(await w.services.cases.suggestDuplicates(w.communityId, {}, T0)).toEqual([])
  })
})
