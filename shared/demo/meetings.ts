import type { CaseRecord } from '../domain/case'
import { chinaDay, chinaDayStart } from '../domain/calendar'
import type { IdFactory } from '../domain/categories'
import type { Meeting, MeetingType, Proposal, ProposalSource, Resolution, Vote } from '../domain/meetings'
import type { Place } from '../domain/org'
import { periodOf, shiftPeriod } from '../domain/period'
import { stampCreate, type Stamp } from '../sync/stamp'
import type { DemoData } from './index'
import { DEMO_ACCEPTED, DEMO_MEETING_TOPICS, DEMO_REJECTED, DEMO_WAITING, type DemoMeetingTopic } from './meetingTopics'
import { DEMO_DAY as DAY, demoAction, demoAgenda, demoAttendance, demoVote, type RunCast } from './meetingRun'
import { finishMinutes, settleFollowUp } from './meetingLife'
import { createRandom, type Random } from './random'

export interface DemoMeetingData {
  proposal: Proposal[]
  meeting: Meeting[]
  vote: Vote[]
  resolution: Resolution[]
}

const HOUR = 3_600_000
const TYPE_WEIGHTS: [MeetingType, number][] = [['小院议事厅', 5], ['居民恳谈会', 2], ['微提案评审会', 2], ['居民代表会议', 1.5]]
const START_HOUR: Record<MeetingType, number> = { 小院议事厅: 19, 居民恳谈会: 14.5, 微提案评审会: 9.5, 居民代表会议: 9.5 }
/** meetings of the last weeks sit at fixed distances from now, so every minutes status is on show */
const RECENT_DAYS = [-13, -6, -1, 4, 11]

function pickType(random: Random): MeetingType {
  let x = random.next() * TYPE_WEIGHTS.reduce((s, [, w]) => s + w, 0)
  for (const [type, w] of TYPE_WEIGHTS) if ((x -= w) < 0) return type
  return '小院议事厅'
}

/** 2–4 meetings a month over two years, then the recent ones. */
function schedule(random: Random, now: number): { at: number; type: MeetingType }[] {
  const slots: { at: number; type: MeetingType }[] = []
  const startOf = (day: string, type: MeetingType) => ({ at: chinaDayStart(day) + START_HOUR[type] * HOUR, type })
  for (let back = 23; back >= 0; back--) {
    const month = shiftPeriod(periodOf(now), -back)
    const days = random.sample(Array.from({ length: 25 }, (_, i) => i + 2), random.int(2, 4)).sort((a, b) => a - b)
    for (const d of days) {
      const slot = startOf(`${month}-${String(d).padStart(2, '0')}`, pickType(random))
      if (slot.at < now - 18 * DAY) slots.push(slot)
    }
  }
  for (const offset of RECENT_DAYS) slots.push(startOf(chinaDay(now + offset * DAY), offset === -1 ? '小院议事厅' : pickType(random)))
  return slots
}

const fill = (text: string, place: string) => text.replaceAll('{place}', place)

function meetingTitle(type: MeetingType, at: number, place: string, firstTopic: string, community: string): string {
  const [y, mo] = chinaDay(at).split('-')
  if (type === '小院议事厅') return `${place}小院议事厅`
  if (type === '微提案评审会') return `${y}年${Number(mo)}月微提案评审会`
  if (type === '居民代表会议') return `${community}${y}年${Number(mo)}月居民代表会议`
  return `${firstTopic}居民恳谈会`
}

/**
 * Two years of 议事协商 for the demo community: topics (微提案 with proposer, co-signers and budget, some
 * from demo cases, some 不立项 with reasons, a few 待筛选), meetings of the four types at its places with
 * attendance, agenda, votes and resolutions, minutes in every status, and follow-up with 民评.
 */
export function generateDemoMeetings(org: DemoData, cases: readonly CaseRecord[], { seed = 1, now, ids }: { seed?: number; now: number; ids: IdFactory }): DemoMeetingData {
  const random = createRandom(seed ^ 0x6d7e)
  const communityId = org.community[0].id
  const stamp: Stamp = { now, hlc: org.community[0].hlc }
  const make = <T extends Proposal | Meeting | Vote | Resolution>(fields: object): T => stampCreate<T>(fields as never, ids(), communityId, stamp)
  const cast: RunCast = { random, ids, people: org.person, units: org.unit }
  const actor = org.user.find((u) => u.username === 'admin')?.id ?? 'system'
  const host = org.person.find((p) => p.tags.includes('党员'))?.name ?? org.person[0].name
  const recorder = org.user.find((u) => u.username === 'clerk')?.name ?? '记录员'
  const venues = org.place.filter((p) => p.kind !== '街巷')
  const usedCases = new Set<string>()
  const out: DemoMeetingData = { proposal: [], meeting: [], vote: [], resolution: [] }

  /** A case of the topic's category received in the months before the meeting, not yet on any topic. */
  const caseFor = (topic: DemoMeetingTopic, at: number): CaseRecord | undefined =>
    topic.casePath && random.chance(0.6)
      ? cases.find((c) => !usedCases.has(c.id) && c.categoryPath?.endsWith(topic.casePath!) && c.receivedAt < at - 3 * DAY && c.receivedAt > at - 120 * DAY)
      : undefined

  function proposalFor(topic: DemoMeetingTopic, place: Place, at: number): Proposal {
    const title = fill(topic.title, place.name)
    const screenedAt = at - random.int(3, 20) * DAY
    const fields = { title, content: fill(topic.content, place.name), placeId: place.id, coSignerIds: [] as string[], caseIds: [] as string[], status: '已上会', screenedAt }
    const fromCase = caseFor(topic, at)
    if (fromCase) {
      usedCases.add(fromCase.id)
      return make({ ...fields, source: '工单', caseIds: [fromCase.id], sourceRef: `case:${fromCase.id}`, content: `${fields.content}（源自工单：${fromCase.title}）` })
    }
    if (topic.budget || random.chance(0.4)) {
      const [proposer, ...co] = random.sample(org.person, random.int(3, 7))
      const budget = topic.budget ? Math.round(random.int(topic.budget[0], topic.budget[1]) / 100) * 100 : undefined
      return make({ ...fields, source: '微提案', proposerId: proposer.id, proposerName: proposer.name, coSignerIds: co.map((p) => p.id), ...(budget ? { budget } : {}) })
    }
    const source: ProposalSource = random.pick(['网格上报', '热点', '小巷管家'] as const)
    const sourceRef = source === '网格上报' ? `grid:${place.gridId}` : source === '热点' ? `hotspot:samePlace:${place.id}` : undefined
    return make({ ...fields, source, ...(sourceRef ? { sourceRef } : {}) })
  }

  for (const { at, type } of schedule(random, now)) {
    const held = at <= now
    const place = random.pick(venues)
    const pool = DEMO_MEETING_TOPICS.filter((t) => t.types.includes(type))
    const topics = random.sample(pool, type === '微提案评审会' ? 3 : random.int(1, 3))
    const proposals = topics.map((t) => proposalFor(t, place, at))
    out.proposal.push(...proposals)
    const lines = topics.map((topic, i) => ({ title: proposals[i].title, proposalId: proposals[i].id, caseIds: proposals[i].caseIds, topic, place: place.name }))
    const agenda = demoAgenda(cast, at, lines, held)
    const owners = topics.flatMap((t) => t.actions.map(([, owner]) => owner))
    const { invitees, attendance } = demoAttendance(cast, type, at, owners)
    const title = meetingTitle(type, at, place.name, proposals[0].title, org.community[0].name)
    const onSite = type === '小院议事厅'
    const meeting = make<Meeting>({
      type, title, at, durationMinutes: 90, ...(onSite ? { placeId: place.id } : { location: `${org.community[0].name}党群服务中心议事厅` }), hostName: host, recorderName: recorder,
      invitees, attendance: held ? attendance : [], agenda, minutesStatus: '草稿', amendments: [], minutesVersions: [], addenda: []
    })
    const votes: Vote[] = []
    const resolutions: Resolution[] = []
    for (const [i, item] of (held ? agenda : []).entries()) {
      const vote = make<Vote>({ meetingId: meeting.id, ...demoVote(cast, item, attendance, type, !!topics[i].contested) })
      votes.push(vote)
      if (!vote.passed) continue
      const actions = topics[i].actions.map(([text, owner]) => demoAction(cast, fill(text, place.name), owner, at, at + random.int(14, 75) * DAY, now, actor))
      resolutions.push(make<Resolution>({ meetingId: meeting.id, agendaItemId: item.id, text: fill(topics[i].resolution, place.name), actions, caseIds: item.caseIds }))
    }
    out.meeting.push(held ? finishMinutes(cast, meeting, { votes, resolutions }, now, actor) : meeting)
    out.vote.push(...votes)
    out.resolution.push(...resolutions)
  }

  settleFollowUp(cast, out, now)
  const side = (status: Proposal['status'], [title, content]: [string, string], reason?: string) => {
    const proposer = random.pick(org.person)
    const at = now - random.int(12, 700) * DAY
    const screened = status === '待筛选' ? {} : { screenedAt: at + random.int(2, 10) * DAY, ...(reason ? { screeningReason: reason } : {}) }
    return make<Proposal>({ source: '微提案', title, content, proposerId: proposer.id, proposerName: proposer.name, coSignerIds: random.sample(org.person, 2).filter((p) => p.id !== proposer.id).map((p) => p.id), caseIds: [], status, ...screened })
  }
  out.proposal.push(...DEMO_REJECTED.map(([t, reason]) => side('不立项', [t, `居民建议：${t}。`], reason)))
  out.proposal.push(...DEMO_ACCEPTED.map((p) => side('立项', p)), ...DEMO_WAITING.map((p) => side('待筛选', p)))
  return out
}
