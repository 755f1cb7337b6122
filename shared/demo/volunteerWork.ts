import type { CaseRecord } from '../domain/case'
import { DAY_MS, addDays, chinaDay, chinaDayStart, weekdayOf } from '../domain/calendar'
import { problemForCategory } from '../domain/findingIntake'
import type { Person } from '../domain/org'
import { manualAward, patrolPoints, shiftPoints, type PointsDraft } from '../domain/volunteerPoints'
import { problemOf, spansOverlap } from '../domain/volunteerRules'
import { DEFAULT_POINT_RULES, TEN_NOS, type Patrol, type PatrolFinding, type PointsEntry, type Shift, type ShiftSignup, type Volunteer } from '../domain/volunteers'
import type { DemoData } from './index'
import { make, type VolunteerDemoContext } from './volunteerContext'

const MIN = 60_000
const HOUR = 3_600_000
const WEEK = 7 * DAY_MS
const WEEKS_BACK = 52
/** paused and departed volunteers stopped this long ago */
const STOPPED_DAYS = 60

const SLOTS: [number, number][] = [[7.5, 9.5], [9, 11], [15, 17], [18, 20]]

/** What a patrol finds, and what a volunteer does about it on the spot. */
const FINDINGS: Record<string, { texts: string[]; done: string }> = {
  违章建筑: { texts: ['{place}有住户在院内私搭棚子'], done: '已劝说住户停止搭建，并告知网格员跟进' },
  开墙打洞: { texts: ['{place}临街住房有开墙打洞迹象'], done: '已提醒住户停止施工，告知须先报批' },
  乱停乱放: { texts: ['{place}共享单车乱停，堵住楼门口', '{place}消防通道停着私家车'], done: '已劝导车主挪车，单车已摆放整齐' },
  占道经营: { texts: ['{place}路口有早点摊占道经营，影响通行', '{place}有商户把货架摆到人行道上'], done: '已当场劝导，摊主收摊离开' },
  乱堆乱放: { texts: ['{place}楼道内堆放纸箱等杂物', '{place}墙根堆放废旧家具'], done: '已联系住户，杂物当场清走' },
  飞线充电: { texts: ['{place}有住户从窗口拉线给电动车充电'], done: '已拔除充电线并讲明火灾风险' },
  破损设施: { texts: ['{place}路灯不亮', '{place}井盖松动有响声', '{place}健身器材螺丝松动'], done: '已设置提示并告知物业报修' },
  违规广告: { texts: ['{place}电线杆上贴满小广告'], done: '已当场清除小广告' },
  积存垃圾: { texts: ['{place}垃圾桶满溢，周边有散落垃圾'], done: '已通知保洁员清运' },
  安全隐患: { texts: ['{place}树枝断裂悬挂，有坠落危险'], done: '已拉警戒线并通知物业处理' }
}

const AWARD_REASONS = ['冬季扫雪铲冰表现突出', '协助调解邻里纠纷', '参与垃圾分类宣传', '暴雨天坚守点位', '协助组织社区文化活动', '带领新队员熟悉点位']

interface WorkInput {
  org: DemoData
  cases: readonly CaseRecord[]
  volunteers: readonly Volunteer[]
  people: readonly Person[]
  uncovered: ReadonlySet<string>
}

export function demoVolunteerWork(ctx: VolunteerDemoContext, { org, cases, volunteers, people, uncovered }: WorkInput): { shift: Shift[]; patrol: Patrol[]; pointsEntry: PointsEntry[] } {
  const { random, now } = ctx
  const today = chinaDay(now)
  const monday = chinaDayStart(addDays(today, -((weekdayOf(today) + 6) % 7)))
  const placeName = new Map(org.place.map((p) => [p.id, p.name]))
  // a volunteer serves from the day they joined; paused and departed ones stopped a while ago
  const servingAt = (v: Volunteer, t: number) => chinaDay(t) >= v.since && (v.status === '在岗' || t < now - STOPPED_DAYS * DAY_MS)
  const booked = new Map<string, { start: number; end: number }[]>()
  const free = (v: Volunteer, span: { start: number; end: number }) => !(booked.get(v.id) ?? []).some((b) => spansOverlap(b, span))
  const book = (id: string, span: { start: number; end: number }) => booked.set(id, [...(booked.get(id) ?? []), span])

  // ——— 排班: eight weekly slots at covered places, a year back and a week ahead ———
  const slotPlaces = random.sample(org.place.filter((p) => !uncovered.has(p.id) && p.kind !== '楼院'), 8)
  const templates = slotPlaces.map((place) => ({ place, day: random.int(0, 6), slot: random.pick(SLOTS), needed: random.int(2, 3) }))
  const shifts: Shift[] = []
  for (let w = -WEEKS_BACK; w <= 1; w++) {
    for (const t of templates) {
      const start = monday + w * WEEK + t.day * DAY_MS + t.slot[0] * HOUR
      const span = { start, end: monday + w * WEEK + t.day * DAY_MS + t.slot[1] * HOUR }
      const ahead = span.start > now
      const pool = volunteers.filter((v) => servingAt(v, ahead ? now : start) && free(v, span))
      const local = random.sample(pool.filter((v) => v.placeIds.includes(t.place.id)), 3)
      const others = random.sample(pool.filter((v) => !local.includes(v)), 3)
      // the coming weeks are only partly signed up: the week view has gaps to fill
      const fill = Math.max(0, t.needed - (ahead ? random.int(1, 2) : random.chance(0.12) ? 1 : 0))
      const signups: ShiftSignup[] = [...local, ...others].slice(0, fill).map((v) => {
        book(v.id, span)
        const via = random.chance(0.65) ? '指派' : random.chance(0.9) ? '报名' : '换班'
        const swappedFrom = via === '换班' ? random.pick(volunteers.filter((x) => x.id !== v.id)).id : undefined
        return { volunteerId: v.id, at: start - random.int(2, 6) * DAY_MS, via, ...(swappedFrom ? { swappedFrom } : {}), ...(!ahead && span.end <= now && random.chance(0.06) ? { absent: true } : {}) }
      })
      shifts.push(make<Shift>(ctx, { placeId: t.place.id, ...span, needed: t.needed, signups }))
    }
  }

  // ——— 巡查: about one patrol in three weeks per volunteer at their own places ———
  const patrols: Patrol[] = []
  const finding = (type: string, text: string, extra: Partial<PatrolFinding>): PatrolFinding => ({ id: ctx.ids(), type, text, attachmentIds: [], handling: '当场劝导', ...extra })
  const checklist = (failed?: string) => Object.fromEntries(TEN_NOS.map((item) => [item, problemOf(item) !== failed]))
  for (let w = -WEEKS_BACK; w <= 0; w++) {
    for (const v of volunteers) {
      if (!v.placeIds.length || !random.chance(0.33)) continue
      const startedAt = monday + w * WEEK + random.int(0, 6) * DAY_MS + (8 + random.int(0, 9)) * HOUR + random.int(0, 11) * 5 * MIN
      const endedAt = startedAt + random.int(8, 30) * 5 * MIN
      if (endedAt > now - 10 * MIN || !servingAt(v, startedAt) || !free(v, { start: startedAt, end: endedAt })) continue
      const placeId = random.pick(v.placeIds)
      const findings: PatrolFinding[] = []
      if (random.chance(0.18)) {
        const type = problemOf(random.pick(TEN_NOS))
        const text = random.pick(FINDINGS[type].texts).replace('{place}', placeName.get(placeId) ?? '')
        const waiting = endedAt > now - 14 * DAY_MS && random.chance(0.5)
        findings.push(finding(type, text, waiting ? { handling: '待处理' } : { handledNote: FINDINGS[type].done }))
      }
      patrols.push(make<Patrol>(ctx, { volunteerId: v.id, placeId, startedAt, endedAt, checklist: checklist(findings[0]?.type), findings }))
    }
  }

  // ——— the demo's 小巷管家上报 cases of the last year, each found on a patrol ———
  const categoryName = new Map(org.category.map((c) => [c.id, c.name]))
  const personName = new Map(people.map((p) => [p.id, p.name]))
  const active = volunteers.filter((v) => v.status === '在岗')
  for (const c of cases.filter((x) => x.source === '小巷管家上报' && x.placeId && x.receivedAt > now - 365 * DAY_MS && x.deletedAt === undefined)) {
    const v =
      volunteers.find((x) => personName.get(x.personId) === c.callerName && servingAt(x, c.receivedAt)) ??
      active.find((x) => x.placeIds.includes(c.placeId!)) ??
      random.pick(active)
    const endedAt = c.receivedAt - random.int(1, 8) * 5 * MIN
    const startedAt = endedAt - random.int(9, 24) * 5 * MIN
    const type = problemForCategory(categoryName.get(c.categoryId ?? '') ?? '') ?? '其他'
    const found = finding(type, c.content, { handling: '转为工单', caseId: c.id, placeId: c.placeId })
    patrols.push(make<Patrol>(ctx, { volunteerId: v.id, placeId: c.placeId!, startedAt, endedAt, checklist: checklist(type), findings: [found] }))
  }
  patrols.sort((a, b) => a.startedAt - b.startedAt)

  // ——— 积分: what the rules give for all of it, and a few awards ———
  const drafts: PointsDraft[] = [
    ...patrols.flatMap((p) => patrolPoints(p, DEFAULT_POINT_RULES)),
    ...shifts.flatMap((s) => shiftPoints(s, DEFAULT_POINT_RULES, now)),
    ...Array.from({ length: 10 }, () => manualAward({ volunteerId: random.pick(active).id, points: random.int(1, 4) * 5, reason: random.pick(AWARD_REASONS), at: now - random.int(5, 330) * DAY_MS }))
  ]
  return { shift: shifts, patrol: patrols, pointsEntry: drafts.sort((a, b) => a.at - b.at).map((d) => make<PointsEntry>(ctx, d)) }
}
