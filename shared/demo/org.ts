import type { Community, Grid, Person, Place, PlaceKind, Unit, UnitKind, User } from '../domain/org'
import type { BaseRecord, NewRecord } from '../domain/record'
import type { IdFactory } from '../domain/categories'
import { stampCreate, type Stamp } from '../sync/stamp'
import type { Random } from './random'
import { ESTATES, GIVEN_NAMES, GRID_ORDINALS, LANES, PUBLIC_SPACES, SURNAMES } from './names'

/** What every table generator gets: the seeded randomness, ids and the one clock of the demo. */
export interface DemoContext {
  random: Random
  ids: IdFactory
  communityId: string
  stamp: Stamp
}

function make<T extends BaseRecord>(ctx: DemoContext, fields: Omit<NewRecord<T>, 'id'>, id = ctx.ids()): T {
  return stampCreate<T>(fields as Omit<T, keyof BaseRecord>, id, ctx.communityId, ctx.stamp)
}

export function chineseName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES)
}

export function mobile(random: Random): string {
  return `1${random.int(3, 9)}${String(random.int(0, 999_999_999)).padStart(9, '0')}`
}

const landline = (random: Random): string => `010-6${String(random.int(0, 9_999_999)).padStart(7, '0')}`

export function demoCommunity(ctx: DemoContext): Community {
  const population = ctx.random.int(11_000, 13_000)
  const fields = { name: '银杏里社区', township: '安和街道', district: '东城区', population, households: Math.round(population / 2.6), mode: 'community' as const }
  return make<Community>(ctx, fields, ctx.communityId)
}

export function demoGrids(ctx: DemoContext, count = 8): Grid[] {
  return Array.from({ length: count }, (_, i) =>
    make<Grid>(ctx, {
      code: `WG-${String(i + 1).padStart(2, '0')}`,
      name: `${GRID_ORDINALS[i] ?? i + 1}网格`,
      gridWorkers: Array.from({ length: ctx.random.int(1, 2) }, () => chineseName(ctx.random)),
      households: ctx.random.int(450, 700),
      partyBranch: `${GRID_ORDINALS[i] ?? i + 1}网格党支部`
    })
  )
}

/** Five places per grid: a lane, an estate, two courtyards or buildings and a public space. */
export function demoPlaces(ctx: DemoContext, grids: readonly Grid[]): Place[] {
  const { random } = ctx
  const lanes = random.sample(LANES, LANES.length)
  const estates = random.sample(ESTATES, ESTATES.length)
  const spaces = random.sample(PUBLIC_SPACES, PUBLIC_SPACES.length)
  const place = (kind: PlaceKind, name: string, gridId: string, address?: string) => make<Place>(ctx, { kind, name, gridId, address })
  return grids.flatMap((grid, i) => {
    const lane = lanes[i % lanes.length]
    const estate = estates[i % estates.length]
    return [
      place('街巷', lane, grid.id),
      place('小区', estate, grid.id),
      place('楼院', `${lane}${random.int(1, 60)}号院`, grid.id, `${lane}${random.int(1, 60)}号`),
      place('楼院', `${estate}${random.int(1, 12)}号楼`, grid.id),
      place('公共空间', spaces[i % spaces.length], grid.id)
    ]
  })
}

const UNITS: [UnitKind, string][] = [
  ['街乡', '安和街道办事处'],
  ['街乡', '安和街道综合行政执法队'],
  ['社区', '银杏里社区居民委员会'],
  ['职能部门', '安和派出所'],
  ['职能部门', '区住房和城乡建设委员会安和房管所'],
  ['职能部门', '区市场监督管理局安和市场监管所'],
  ['职能部门', '区园林绿化局'],
  ['公共服务企业', '自来水集团东城营业所'],
  ['公共服务企业', '热力集团东城供热服务中心'],
  ['公共服务企业', '燃气集团东城分公司'],
  ['公共服务企业', '供电公司东城供电中心'],
  ['物业', '安和物业服务有限公司'],
  ['物业', '银杏家园物业管理处']
]

export function demoUnits(ctx: DemoContext): Unit[] {
  return UNITS.map(([kind, name]) => make<Unit>(ctx, { kind, name, contact: chineseName(ctx.random), phone: landline(ctx.random) }))
}

function address(random: Random, place: Place): string {
  if (place.kind === '街巷') return `${place.name}${random.int(1, 80)}号`
  if (place.kind === '楼院') return place.address ?? `${place.name}${random.int(1, 6)}单元${random.int(1, 6)}0${random.int(1, 4)}`
  return `${place.name}${random.int(1, 12)}号楼${random.int(1, 6)}单元${random.int(1, 18)}0${random.int(1, 4)}`
}

export function demoPeople(ctx: DemoContext, places: readonly Place[], count = 60): Person[] {
  const { random } = ctx
  const homes = places.filter((p) => p.kind !== '公共空间')
  const phones = new Set<string>()
  return Array.from({ length: count }, () => {
    let phone = mobile(random)
    while (phones.has(phone)) phone = mobile(random)
    phones.add(phone)
    const home = random.pick(homes)
    const tags = ['居民']
    if (random.chance(0.25)) tags.push('党员')
    if (random.chance(0.2)) tags.push('志愿者')
    if (home.kind !== '街巷' && random.chance(0.12)) tags.push('楼门长')
    return make<Person>(ctx, { name: chineseName(random), phone, address: address(random, home), gridId: home.gridId, tags })
  })
}

/** An administrator and a clerk; passwords are set on first login. */
export function demoUsers(ctx: DemoContext): User[] {
  return [
    make<User>(ctx, { name: '管理员', username: 'admin', roles: ['admin'], disabled: false }),
    make<User>(ctx, { name: chineseName(ctx.random), username: 'clerk', roles: ['clerk'], disabled: false })
  ]
}
