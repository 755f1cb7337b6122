import type { CaseRecord } from '../domain/case'
import { DAY_MS, chinaDay } from '../domain/calendar'
import { type IdFactory, seedHlc } from '../domain/categories'
import type { Person, Place } from '../domain/org'
import type { PartyEvaluation, PartyRegistration, Patrol, PointsEntry, Shift, Team, Volunteer, VolunteerStatus } from '../domain/volunteers'
import type { DemoData } from './index'
import { chineseName, mobile } from './org'
import { createRandom, seededIds } from './random'
import { make, type VolunteerDemoContext } from './volunteerContext'
import { demoVolunteerWork } from './volunteerWork'

/** 小巷管家 and 双报到 of the demo community: registry, teams, a year of roster and patrols, the ledger. */
export interface DemoVolunteerData {
  /** residents added to the registry to make up the 40 volunteers and the party members */
  person: Person[]
  team: Team[]
  volunteer: Volunteer[]
  partyRegistration: PartyRegistration[]
  shift: Shift[]
  patrol: Patrol[]
  pointsEntry: PointsEntry[]
}

export interface DemoVolunteerOptions {
  seed?: number
  now: number
  ids?: IdFactory
}

export const DEMO_VOLUNTEERS = 40
/** places left without anybody, so the coverage page has something to show */
export const DEMO_UNCOVERED = 4
const TEAM_NAMES = ['东片管家团', '西片管家团', '南片管家团', '北片管家团']
const SKILLS = ['调解', '摄影', '电工', '急救', '宣传', '文明劝导', '垃圾分类指导', '理发', '法律咨询', '修自行车']
const EMPLOYERS = ['区财政局', '区卫生健康委员会', '区教育委员会', '东城区第一中学', '区税务局安和税务所', '国网东城供电公司', '区人民法院', '区图书馆', '区城市管理委员会', '区市场监督管理局']
const POSTS = ['文明引导岗', '垃圾分类指导岗', '小巷巡查岗', '老年助餐岗', '议事协商岗', '政策宣讲岗']

/** A day `days` before now, 'YYYY-MM-DD'. */
const daysAgo = (ctx: VolunteerDemoContext, days: number): string => chinaDay(ctx.now - days * DAY_MS)

function newPeople(ctx: VolunteerDemoContext, org: DemoData, count: number, tags: string[]): Person[] {
  const phones = new Set(org.person.map((p) => p.phone))
  const homes = org.place.filter((p) => p.kind !== '公共空间')
  return Array.from({ length: count }, () => {
    let phone = mobile(ctx.random)
    while (phones.has(phone)) phone = mobile(ctx.random)
    phones.add(phone)
    const home = ctx.random.pick(homes)
    return make<Person>(ctx, { name: chineseName(ctx.random), phone, address: home.address ?? `${home.name}${ctx.random.int(1, 8)}号楼`, gridId: home.gridId, tags })
  })
}

/** Four teams of two grids each, led later by one of their volunteers. */
function demoTeams(ctx: VolunteerDemoContext, org: DemoData): Team[] {
  return TEAM_NAMES.map((name, i) => {
    const grids = new Set(org.grid.slice(i * 2, i * 2 + 2).map((g) => g.id))
    return make<Team>(ctx, { name, placeIds: org.place.filter((p) => grids.has(p.gridId)).map((p) => p.id), note: `负责${org.grid.filter((g) => grids.has(g.id)).map((g) => g.name).join('、')}` })
  })
}

const STATUSES: VolunteerStatus[] = [...Array<VolunteerStatus>(DEMO_VOLUNTEERS - 5).fill('在岗'), '暂停', '暂停', '暂停', '退出', '退出']

/**
 * 40 volunteers with teams and places: every place but DEMO_UNCOVERED has an active volunteer;
 * one paused volunteer keeps an uncovered place, which stays uncovered (paused ones do not count).
 */
function demoRoster(ctx: VolunteerDemoContext, people: readonly Person[], teams: Team[], uncovered: ReadonlySet<string>, places: readonly Place[]): Volunteer[] {
  const { random } = ctx
  const teamOf = (p: Person) => teams.find((t) => places.some((pl) => pl.gridId === p.gridId && t.placeIds.includes(pl.id))) ?? random.pick(teams)
  const statuses = random.sample(STATUSES, STATUSES.length)
  const drafts = people.map((person, i) => ({ person, team: teamOf(person), status: statuses[i], placeIds: [] as string[] }))
  for (const team of teams) {
    const mine = drafts.filter((d) => d.team === team && d.status === '在岗')
    const open = team.placeIds.filter((id) => !uncovered.has(id))
    // every coverable place gets somebody; the team's first volunteer takes any the others cannot
    open.forEach((placeId, i) => (mine.length ? mine[i % mine.length] : drafts.find((d) => d.status === '在岗')!).placeIds.push(placeId))
    for (const d of mine) if (d.placeIds.length === 0 || random.chance(0.5)) d.placeIds.push(random.pick(open))
    for (const d of drafts.filter((x) => x.team === team && x.status !== '在岗')) d.placeIds.push(random.pick(open.length ? open : team.placeIds))
  }
  const pausedWithGap = drafts.find((d) => d.status === '暂停')
  if (pausedWithGap) pausedWithGap.placeIds.push([...uncovered][0])
  return drafts.map((d) =>
    make<Volunteer>(ctx, {
      personId: d.person.id,
      teamId: d.team.id,
      placeIds: [...new Set(d.placeIds)],
      skills: random.sample(SKILLS, random.int(0, 2)),
      since: daysAgo(ctx, random.int(400, 1500)),
      status: d.status
    })
  )
}

/** 双报到: ten in-service party members, some evaluated for last year. */
function demoParty(ctx: VolunteerDemoContext, people: readonly Person[]): PartyRegistration[] {
  const { random } = ctx
  const lastYear = Number(chinaDay(ctx.now).slice(0, 4)) - 1
  return people.map((person) => {
    const employer = random.pick(EMPLOYERS)
    const registeredAt = daysAgo(ctx, random.int(200, 1100))
    const evaluations: PartyEvaluation[] =
      Number(registeredAt.slice(0, 4)) < lastYear + 1 && random.chance(0.8)
        ? [{ year: lastYear, grade: random.chance(0.3) ? '优秀' : '合格', at: ctx.now - random.int(30, 300) * DAY_MS, actor: 'system' }]
        : []
    return make<PartyRegistration>(ctx, {
      personId: person.id,
      employer,
      branch: `${employer}机关第${'一二三'[random.int(0, 2)]}党支部`,
      registeredAt,
      servicePosts: random.sample(POSTS, random.int(1, 2)),
      active: random.chance(0.9),
      ...(evaluations.length ? { evaluations } : {})
    })
  })
}

/**
 * The demo's 小巷管家: teams, 40 volunteers from the registry (new residents added as needed), ten
 * 双报到 party members, a year of weekly shifts, patrols whose findings were handled on the spot or
 * became the demo's 小巷管家上报 cases, and the points those earned. Pure and deterministic.
 */
export function generateDemoVolunteers(org: DemoData, cases: readonly CaseRecord[], { seed = 1, now, ids = seededIds(seed ^ 0x7017, now) }: DemoVolunteerOptions): DemoVolunteerData {
  const ctx: VolunteerDemoContext = { random: createRandom(seed ^ 0x5a11e), ids, communityId: org.community[0].id, stamp: { now, hlc: seedHlc(now) }, now }
  const tagged = org.person.filter((p) => p.tags.includes('志愿者') || p.tags.includes('小巷管家')).slice(0, DEMO_VOLUNTEERS)
  const added = newPeople(ctx, org, DEMO_VOLUNTEERS - tagged.length, ['居民', '志愿者', '小巷管家'])
  const partyPeople = org.person.filter((p) => p.tags.includes('党员')).slice(0, 10)
  const addedParty = newPeople(ctx, org, 10 - partyPeople.length, ['居民', '党员'])
  const teams = demoTeams(ctx, org)
  const uncovered = new Set(ctx.random.sample(org.place.filter((p) => p.kind === '楼院' || p.kind === '公共空间'), DEMO_UNCOVERED).map((p) => p.id))
  const volunteers = demoRoster(ctx, [...tagged, ...added], teams, uncovered, org.place)
  const leaders = teams.map((t) => ({ ...t, leaderPersonId: volunteers.find((v) => v.teamId === t.id && v.status === '在岗')?.personId }))
  const people = [...org.person, ...added, ...addedParty]
  const work = demoVolunteerWork(ctx, { org, cases, volunteers, people, uncovered })
  return {
    person: [...added, ...addedParty],
    team: leaders,
    volunteer: volunteers,
    partyRegistration: demoParty(ctx, [...partyPeople, ...addedParty]),
    ...work
  }
}

