import type { CaseSource } from '../domain/case'
import { chinaDay } from '../domain/calendar'
import { intakeBase, type ValidIntake } from '../domain/caseIntake'
import type { CaseBase } from '../domain/caseRow'
import type { Category, Person, Place } from '../domain/org'
import type { SlaRuleRecord } from '../domain/case'
import { matchSlaRule } from '../domain/slaRules'
import { SPOTS, fillTemplate, type CaseTopic } from './caseTopics'
import { chineseName, mobile } from './org'
import type { Random } from './random'

/** Everything a demo case is made from: the community's places, people, categories and rules. */
export interface CaseWorld {
  random: Random
  places: readonly Place[]
  people: readonly Person[]
  /** callers who ring again and again */
  frequent: readonly Caller[]
  categories: ReadonlyMap<string, { id: string; path: string; ancestors: string[] }>
  rules: readonly SlaRuleRecord[]
  phoneSalt: string
  /** increments for unique 工单编号 */
  orderSeq: { next: number }
}

export interface Caller {
  name: string
  phone?: string
}

const SOURCES: [CaseSource, number][] = [
  ['12345派单', 0.68],
  ['来电', 0.08],
  ['来访', 0.07],
  ['小巷管家上报', 0.05],
  ['网格巡查', 0.07],
  ['主动发现', 0.05]
]

export function pickSource(random: Random): CaseSource {
  let x = random.next()
  for (const [source, p] of SOURCES) if ((x -= p) < 0) return source
  return '12345派单'
}

export function frequentCallers(random: Random, count = 15): Caller[] {
  return Array.from({ length: count }, () => ({ name: chineseName(random), phone: mobile(random) }))
}

/** Residents in the registry, repeat callers and strangers; patrols and proactive finds have none. */
export function pickCaller(w: CaseWorld, source: CaseSource): Caller | undefined {
  const { random } = w
  if (source === '网格巡查' || source === '主动发现') return undefined
  if (source === '小巷管家上报') {
    const p = random.pick(w.people.filter((x) => x.tags.includes('志愿者')).concat(w.people.slice(0, 1)))
    return { name: p.name, phone: p.phone }
  }
  const x = random.next()
  if (x < 0.3) {
    const p = random.pick(w.people)
    return { name: p.name, phone: p.phone }
  }
  if (x < 0.5) return random.pick(w.frequent)
  const phone = random.chance(0.1) ? `010-6${String(random.int(0, 9_999_999)).padStart(7, '0')}` : mobile(random)
  return { name: chineseName(random), phone }
}

/** A place the topic can happen at: complaints about a building never land in a square or a park. */
export function placeFor(w: CaseWorld, topic: CaseTopic): Place {
  const aboutBuilding = [...topic.titles, ...topic.contents].some((t) => t.includes('{building}'))
  return w.random.pick(aboutBuilding ? w.places.filter((p) => p.kind !== '公共空间') : w.places)
}

function where(random: Random, place: Place): { building: string; address: string } {
  if (place.kind === '街巷') {
    const building = `${random.int(1, 80)}号院`
    return { building, address: `${place.name}${building}` }
  }
  if (place.kind === '楼院') return { building: '', address: place.name }
  if (place.kind === '公共空间') return { building: '', address: place.name }
  const building = `${random.int(1, 12)}号楼`
  return { building, address: `${place.name}${building}${random.int(1, 6)}单元` }
}

export interface CaseDraft {
  topic: CaseTopic
  source: CaseSource
  receivedAt: number
  caller?: Caller
  place: Place
  /** the text of an earlier case, for a repeat call */
  text?: { title: string; content: string }
}

/** The intake of a demo case, built as the 新建工单 form would: SLA rule matched, phone hashed. */
export function demoIntake(w: CaseWorld, d: CaseDraft): CaseBase {
  const { random } = w
  const category = w.categories.get(d.topic.path)
  if (!category) throw new Error(`演示数据缺少分类：${d.topic.path}`)
  const { building, address } = where(random, d.place)
  const values = { place: d.place.name, spot: random.pick(SPOTS), building, n: random.int(2, 4) }
  const title = d.text?.title ?? fillTemplate(random.pick(d.topic.titles), values)
  const content = d.text?.content ?? fillTemplate(random.pick(d.topic.contents), values)
  const orderNo = d.source === '12345派单' ? `${chinaDay(d.receivedAt).replaceAll('-', '')}${String(w.orderSeq.next++ % 10_000).padStart(4, '0')}${String(random.int(0, 9999)).padStart(4, '0')}` : undefined
  const intake: ValidIntake = {
    source: d.source,
    ...(orderNo ? { orderNo } : {}),
    type: random.pick(d.topic.types),
    categoryId: category.id,
    title,
    content,
    ...(d.caller ? { callerName: d.caller.name } : {}),
    ...(d.caller?.phone ? { callerPhone: d.caller.phone.replace('-', '') } : {}),
    confidential: d.caller !== undefined && random.chance(0.03),
    address,
    gridId: d.place.gridId,
    placeId: d.place.id,
    receivedAt: d.receivedAt
  }
  const sla = matchSlaRule({ ...intake, categoryAncestors: category.ancestors }, w.rules)
  return intakeBase(intake, { sla, phoneSalt: w.phoneSalt, categoryPath: category.path, categoryAncestors: category.ancestors })
}

/** Category id, path and ancestors by path ('城乡建设/市容环卫/占道经营'). */
export function categoryIndex(categories: readonly Category[]): Map<string, { id: string; path: string; ancestors: string[] }> {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const out = new Map<string, { id: string; path: string; ancestors: string[] }>()
  for (const c of categories) {
    const names = [c.name]
    const ancestors: string[] = []
    for (let p = c.parentId ? byId.get(c.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      names.unshift(p.name)
      ancestors.push(p.id)
    }
    out.set(names.join('/'), { id: c.id, path: names.join('/'), ancestors })
  }
  return out
}
