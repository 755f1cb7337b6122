import type { Unit } from '../domain/org'
import type { BaseRecord } from '../domain/record'
import { DEFAULT_ARRIVAL_MINUTES, REPORT_RATINGS, type ReportRating, type Whistle, type WhistleReport, type WhistleType } from '../domain/work'
import { stampCreate, type Stamp } from '../sync/stamp'
import type { CaseRun } from './caseScript'
import type { Random } from './random'

const MIN = 60_000

/** Who else answers a whistle about a topic, besides the topic's own unit. */
const HELPERS = ['安和派出所', '安和街道综合行政执法队', '安和物业服务有限公司', '区住房和城乡建设委员会安和房管所', '区市场监督管理局安和市场监管所']

const ACTIONS = ['现场核查情况，劝离相关人员', '联合清理现场并拍照留存', '约谈当事人，下达整改通知', '维护现场秩序，配合执法', '现场宣传政策，登记相关信息']
const RESULTS = ['问题已现场处置完毕', '当事人承诺限期整改，已安排复查', '现场已清理，将持续巡查', '已配合完成处置']

export interface WhistlePlan {
  run: CaseRun
  caseId: string
  at: number
  /** the topic's own unit first */
  unitName: string
  type?: WhistleType
  /** minutes after `at` each unit arrived; undefined: not yet arrived */
  arrivals?: (number | undefined)[]
  /** the whistle is still open now */
  open?: boolean
}

export interface WhistleContext {
  random: Random
  ids: () => string
  communityId: string
  stamp: Stamp
  units: readonly Unit[]
  actor: string
  now: number
}

const make = <T extends BaseRecord>(ctx: WhistleContext, fields: object): T =>
  stampCreate<T>(fields as Omit<T, keyof BaseRecord>, ctx.ids(), ctx.communityId, ctx.stamp)

function rating(random: Random, onTime: boolean): ReportRating {
  if (!onTime) return random.chance(0.6) ? '一般' : '差'
  return random.pick([...REPORT_RATINGS.slice(0, 2), REPORT_RATINGS[0], REPORT_RATINGS[0], REPORT_RATINGS[2]])
}

/**
 * One 吹哨报到 on a case: the whistle, a report per summoned unit (most on time, some late), and
 * a `whistle` event plus the link on the case. Closed ones carry actions, results and ratings.
 */
export function demoWhistle(ctx: WhistleContext, plan: WhistlePlan): { whistle: Whistle; reports: WhistleReport[] } {
  const { random } = ctx
  const byName = new Map(ctx.units.map((u) => [u.name, u]))
  const helpers = random.sample(HELPERS.filter((n) => n !== plan.unitName), plan.arrivals ? plan.arrivals.length - 1 : random.int(1, 2))
  const units = [plan.unitName, ...helpers].map((n) => byName.get(n)).filter((u): u is Unit => u !== undefined)
  const base = plan.run.base
  const type = plan.type ?? (base.type === '举报' ? '综合执法' : '群众诉求')
  const whistleId = ctx.ids()
  const reports = units.map((unit, i) => {
    const minutes = plan.arrivals ? plan.arrivals[i] : random.chance(0.12) ? random.int(33, 75) : random.int(6, 28)
    const arrivalDeadline = plan.at + DEFAULT_ARRIVAL_MINUTES * MIN
    const arrivedAt = minutes === undefined ? undefined : plan.at + minutes * MIN
    const onTime = arrivedAt === undefined ? undefined : arrivedAt <= arrivalDeadline
    const done = !plan.open && arrivedAt !== undefined
    return make<WhistleReport>(ctx, {
      whistleId,
      unitId: unit.id,
      notifiedAt: plan.at,
      arrivalDeadline,
      ...(arrivedAt !== undefined ? { arrivedAt, onTime, peopleSent: random.int(2, 8) } : {}),
      ...(done ? { actions: random.pick(ACTIONS), result: random.pick(RESULTS), rating: rating(random, onTime === true) } : {})
    })
  })
  const arrived = reports.some((r) => r.arrivedAt !== undefined)
  const status = plan.open ? (arrived ? '处置中' : '已吹哨') : '已完成'
  const whistle = stampCreate<Whistle>(
    {
      type,
      issue: base.title,
      ...(base.placeId ? { placeId: base.placeId } : {}),
      ...(base.address ? { address: base.address } : {}),
      caseIds: [plan.caseId],
      at: plan.at,
      unitIds: units.map((u) => u.id),
      arrivalMinutes: DEFAULT_ARRIVAL_MINUTES,
      status,
      actor: ctx.actor,
      ...(plan.open ? {} : { summary: '各单位联合处置，问题已解决' })
    },
    whistleId,
    ctx.communityId,
    ctx.stamp
  )
  plan.run.base = { ...plan.run.base, whistleId }
  plan.run.events.push({ id: ctx.ids(), type: 'whistle', at: plan.at, actor: ctx.actor, payload: { whistleId, issue: base.title, unitIds: whistle.unitIds } })
  return { whistle, reports }
}
