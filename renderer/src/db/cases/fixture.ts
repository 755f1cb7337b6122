import type { Category, Grid, Place, Unit } from '@shared/domain/org'
import type { DeskDB } from '../database'
import { repositoriesFor } from '../repositories'
import { createCommunity } from '../setup'
import { T0, ctxAt } from '../testing'
import type { CaseIntakeInput } from './contract'
import { createCaseServices } from './index'

/** Test world: a community with two grids, a place in each, two units and the seeded categories. */
export interface CaseWorld {
  communityId: string
  grids: Grid[]
  places: Place[]
  units: Unit[]
  /** category by name, e.g. category('占道经营') */
  category(name: string): Category
  services: ReturnType<typeof createCaseServices>
  /** a valid 来电 intake, received 10 minutes before `now` */
  intake(overrides?: Partial<CaseIntakeInput>, now?: number): CaseIntakeInput
}

export async function caseWorld(db: DeskDB): Promise<CaseWorld> {
  const ctx = ctxAt(T0 - 3_600_000)
  const form = { community: { name: '银杏里社区', township: '安和街道', district: '东城区', population: '12000' }, grids: [{ code: 'WG-01', name: '第一网格' }, { code: 'WG-02', name: '第二网格' }] }
  const { community, grids } = await createCommunity(db, form, ctx)
  const repos = repositoriesFor(db)
  const places = [
    await repos.place.create(community.id, { kind: '小区', name: '安和里小区', gridId: grids[0].id }, ctx),
    await repos.place.create(community.id, { kind: '街巷', name: '银杏胡同', gridId: grids[1].id }, ctx)
  ]
  const units = [
    await repos.unit.create(community.id, { kind: '职能部门', name: '安和市场监管所' }, ctx),
    await repos.unit.create(community.id, { kind: '物业', name: '安和物业服务有限公司' }, ctx)
  ]
  const categories = await repos.category.list(community.id)
  return {
    communityId: community.id,
    grids,
    places,
    units,
    category: (name) => categories.find((c) => c.name === name)!,
    services: createCaseServices(db),
    intake: (overrides = {}, now = T0) => ({
      source: '来电',
      type: '投诉',
      categoryId: categories.find((c) => c.name === '占道经营')!.id,
      title: '小区东门外占道经营',
      content: '安和里小区东门外每天早上有商贩占道摆摊，早高峰影响通行，希望尽快处理。',
      callerName: '王秀英',
      callerPhone: '138 1234 5678',
      confidential: false,
      gridId: grids[0].id,
      placeId: places[0].id,
      receivedAt: now - 600_000,
      ...overrides
    })
  }
}
