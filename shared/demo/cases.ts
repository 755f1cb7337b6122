import type { CallbackRecord, CaseEventRecord, CaseRecord } from '../domain/case'
import { DAY_MS, chinaCalendar, chinaDay, chinaDayStart, type HolidayCalendar } from '../domain/calendar'
import { projectCaseRow, type CaseBase } from '../domain/caseRow'
import type { IdFactory } from '../domain/categories'
import { DEFAULT_LEVEL_CLOCKS } from '../domain/slaRules'
import type { Whistle, WhistleReport } from '../domain/work'
import { stampCreate, type Stamp } from '../sync/stamp'
import { seedHlc } from '../domain/categories'
import type { DemoData } from './index'
import { CASE_TOPICS, fillTemplate, topicWeight, type CaseTopic } from './caseTopics'
import { categoryIndex, demoIntake, frequentCallers, pickCaller, pickSource, placeFor, type CaseWorld } from './caseCast'
import { liveCase, type LifeCast } from './caseLife'
import { startCase, type CaseRun } from './caseScript'
import { NATURAL_DAY_TOPIC, SHOWCASE, SHOWCASE_TIMES, receivedForLight, receivedForStatus } from './caseShowcase'
import { demoCallback } from './caseCallbacks'
import { demoWhistle, type WhistleContext } from './whistles'
import { createRandom, seededIds, type Random } from './random'

export interface DemoCaseOptions {
  seed?: number
  now: number
  /** this install's salt for phone hashes */
  phoneSalt: string
  ids?: IdFactory
  calendar?: HolidayCalendar
  /** cases per day on an average day */
  perDay?: number
  days?: number
}

export interface DemoCaseData {
  case: CaseRecord[]
  caseEvent: CaseEventRecord[]
  callback: CallbackRecord[]
  whistle: Whistle[]
  whistleReport: WhistleReport[]
}

interface Played {
  id: string
  run: CaseRun
  topic: CaseTopic
}

const { MIN, HOUR, DAY } = SHOWCASE_TIMES
const MONTH_WEIGHT = (m: number) => CASE_TOPICS.reduce((sum, t) => sum + topicWeight(t, m), 0)
const AVERAGE_WEIGHT = Array.from({ length: 12 }, (_, i) => MONTH_WEIGHT(i + 1)).reduce((a, b) => a + b) / 12

function pickTopic(random: Random, month: number): CaseTopic {
  let x = random.next() * MONTH_WEIGHT(month)
  for (const t of CASE_TOPICS) if ((x -= topicWeight(t, month)) < 0) return t
  return CASE_TOPICS[0]
}

const monthOf = (ms: number) => Number(chinaDay(ms).slice(5, 7))
const topicNamed = (name: string) => CASE_TOPICS.find((t) => t.path.endsWith(`/${name}`) || t.path.endsWith(name))!

/**
 * Two years of 接诉即办 for the demo community (about 1,500 cases), relative to `now`: seasonal
 * (供暖 in winter, noise and greenery in summer), every source, state and light, repeat callers and
 * duplicates, callbacks and whistles. Deterministic for a seed and a `now`.
 */
export function generateDemoCases(org: DemoData, { seed = 1, now, phoneSalt, ids = seededIds(seed ^ 0xca5e, now), calendar = chinaCalendar, perDay = 2, days = 730 }: DemoCaseOptions): DemoCaseData {
  const random = createRandom(seed ^ 0xc0ffee)
  const communityId = org.community[0].id
  const stamp: Stamp = { now, hlc: seedHlc(now) }
  const [admin, clerk] = [org.user.find((u) => u.username === 'admin')!, org.user.find((u) => u.username === 'clerk')!]
  const units = new Map(org.unit.map((u) => [u.name, u.id]))
  const world: CaseWorld = {
    random,
    places: org.place,
    people: org.person.filter((p) => p.phone),
    frequent: frequentCallers(random),
    categories: categoryIndex(org.category),
    rules: org.slaRule,
    phoneSalt,
    orderSeq: { next: 1 }
  }
  const runCtx = { now, calendar, ids }
  const placeNames = new Map(org.place.map((p) => [p.id, p.name]))
  const placeName = (id: string | undefined) => (id ? (placeNames.get(id) ?? '') : '')
  const played: Played[] = []
  const cast = (topic: CaseTopic, base: CaseBase, extra: Partial<LifeCast> = {}): LifeCast => ({
    clerk: clerk.id,
    leader: admin.id,
    handlerId: random.chance(0.8) ? clerk.id : admin.id,
    unitId: units.get(topic.unit),
    reply: fillTemplate(random.pick(topic.replies), { place: placeName(base.placeId), spot: '', building: '', n: 2 }),
    ...extra
  })

  for (let d = days; d >= 0; d--) {
    const dayStart = chinaDayStart(chinaDay(now - d * DAY_MS))
    const month = monthOf(dayStart)
    const weekend = [0, 6].includes(new Date(dayStart + 8 * HOUR).getUTCDay())
    const rate = (perDay * MONTH_WEIGHT(month)) / AVERAGE_WEIGHT * (weekend ? 0.75 : 1.1)
    const count = Math.floor(rate * (0.5 + random.next()) + random.next())
    for (let i = 0; i < count; i++) {
      const hour = random.chance(0.9) ? 7.5 + random.next() * 13.5 : random.next() * 24
      const receivedAt = Math.round(dayStart + hour * HOUR)
      if (receivedAt > now - 5 * MIN) continue
      const earlier = played.slice(-40).filter((p) => p.run.base.receivedAt > receivedAt - 7 * DAY && p.run.base.callerPhoneHash && p.run.state.status !== '已撤销')
      const candidate = earlier.length && random.chance(0.015) ? random.pick(earlier) : undefined
      // a repeat call keeps the first call's topic, unless that topic is out of season now
      const repeat = candidate && topicWeight(candidate.topic, month) > 0 ? candidate : undefined
      const topic = repeat?.topic ?? pickTopic(random, month)
      const source = pickSource(random)
      const base = repeat
        ? demoIntake(world, { topic, source, receivedAt, caller: { name: repeat.run.base.callerName!, phone: repeat.run.base.callerPhone }, place: world.places.find((p) => p.id === repeat.run.base.placeId)!, text: repeat.run.base })
        : demoIntake(world, { topic, source, receivedAt, caller: pickCaller(world, source), place: placeFor(world, topic) })
      const run = startCase(base, clerk.id, runCtx)
      liveCase(run, random, cast(topic, base, repeat ? { duplicateOf: repeat.id } : {}))
      played.push({ id: ids(), run, topic })
    }
  }

  const whistleCtx: WhistleContext = { random, ids, communityId, stamp, units: org.unit, actor: clerk.id, now }
  const whistles: ReturnType<typeof demoWhistle>[] = []
  const showcaseDraft = (topic: CaseTopic) => {
    const draft = demoIntake(world, { topic, source: random.chance(0.7) ? '12345派单' : '来电', receivedAt: now, caller: pickCaller(world, '来电'), place: placeFor(world, topic) })
    return { topic, draft, finish: (draft.clocks ?? DEFAULT_LEVEL_CLOCKS[draft.level]).finish }
  }
  for (const show of SHOWCASE) {
    let { topic, draft, finish } = showcaseDraft(topicNamed(show.topic))
    let receivedAt = show.light && show.status !== '待签收' ? receivedForLight(finish, show.light, now, calendar) : receivedForStatus(show.status, now)
    if (receivedAt === undefined && show.light) {
      ;({ topic, draft, finish } = showcaseDraft(topicNamed(NATURAL_DAY_TOPIC)))
      receivedAt = receivedForLight(finish, show.light, now, calendar)
    }
    if (receivedAt === undefined) continue
    const base = { ...draft, receivedAt, ...(draft.orderNo ? { orderNo: chinaDay(receivedAt).replaceAll('-', '') + draft.orderNo.slice(8) } : {}) }
    const run = startCase(base, clerk.id, runCtx)
    const c = cast(topic, base)
    run.act(receivedAt + 5 * MIN, { type: 'assign', handlerId: c.handlerId, unitId: c.unitId }, clerk.id)
    if (show.status !== '待签收') {
      run.act(receivedAt + 40 * MIN, { type: 'sign' }, clerk.id)
      run.act(receivedAt + 3 * HOUR, { type: 'contact', note: '已电话联系来电人了解情况' }, clerk.id)
    }
    for (const flag of show.flags ?? []) run.act(now - 2 * DAY, { type: 'flag', flag }, admin.id)
    if (show.status === '延期审核') run.act(now - 3 * HOUR, { type: 'requestExtension', amount: 5, unit: 'work_day', reason: '需协调房管所、派出所联合检查，申请延期 5 个工作日' }, clerk.id)
    if (show.status === '挂账') run.act(now - 4 * DAY, { type: 'park', reason: '屋面维修须待产权单位立项，暂时挂账' }, clerk.id)
    if (show.status === '已反馈') run.act(now - random.int(20, 40) * HOUR, { type: 'reply', reply: c.reply, result: '已解决' }, clerk.id)
    const id = ids()
    played.push({ id, run, topic })
    if (show.whistle) {
      const at = now - show.whistle.minutesAgo * MIN
      whistles.push(demoWhistle(whistleCtx, { run, caseId: id, at, unitName: topic.unit, arrivals: show.whistle.arrivals, open: true }))
    }
  }

  // about 40 closed whistles, spread over the two years, on cases that needed several departments
  const candidates = played.filter((p) => p.topic.whistle && p.run.state.status === '已办结' && p.run.events.some((e) => e.type === 'sign'))
  const step = Math.max(1, Math.floor(candidates.length / 38))
  for (let i = 0; i < candidates.length && whistles.length < 40; i += step) {
    const { run, id, topic } = candidates[i]
    const signAt = run.events.find((e) => e.type === 'sign')!.at
    const replyAt = run.events.find((e) => e.type === 'reply')!.at
    const at = Math.round(signAt + (replyAt - signAt) * (0.2 + random.next() * 0.3))
    whistles.unshift(demoWhistle(whistleCtx, { run, caseId: id, at, unitName: topic.unit }))
  }

  const cases: CaseRecord[] = []
  const events: CaseEventRecord[] = []
  const callbacks: CallbackRecord[] = []
  for (const { id, run } of played) {
    const fields = projectCaseRow(run.base, run.events, { calendar, now })
    cases.push(stampCreate<CaseRecord>(fields, id, communityId, stamp))
    for (const e of run.events) events.push(stampCreate<CaseEventRecord>({ caseId: id, type: e.type, at: e.at, actor: e.actor, ...(e.payload ? { payload: e.payload } : {}) }, e.id, communityId, stamp))
    const callback = demoCallback(random, run, id, ids(), communityId, stamp)
    if (callback) callbacks.push(callback)
  }
  return { case: cases, caseEvent: events, callback: callbacks, whistle: whistles.map((w) => w.whistle), whistleReport: whistles.flatMap((w) => w.reports) }
}
