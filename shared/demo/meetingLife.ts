import type { Amendment, FollowUpAction, Meeting, Proposal, Resolution, Vote } from '../domain/meetings'
import { addAddendum, advanceMinutes, type MinutesParts } from '../domain/minutesRules'
import { DEMO_DAY as DAY, type RunCast } from './meetingRun'

/** What happened to a demo meeting after it was held: its minutes' road, and the follow-up of every resolution. */

const AMENDMENTS = ['建议在纪要中写明施工期间的临时安排', '我的发言记录不完整，补充：希望优先照顾老人', '议定结果中的时间表述不准确，应为“一个月内”']
const ADDENDA = ['更正：纪要第二项中的责任单位名称有误，应为安和物业服务有限公司', '补充：经与承办单位确认，完成时限顺延两周', '更正：表决时到会人数统计有误，已按签到表核对']
const OVERDUE_COUNT = 3

/**
 * The minutes as far as they have come by `now`: sent out for comment after two days, 通过 after nine, 公示
 * after fourteen; a few published ones later corrected by an addendum. Each step goes through the rules,
 * so versions are made as the app makes them.
 */
export function finishMinutes(cast: RunCast, meeting: Meeting, parts: MinutesParts, now: number, actor: string): Meeting {
  const { random } = cast
  const age = now - meeting.at
  if (age < 2 * DAY) return meeting
  const author = () => random.pick(meeting.attendance.filter((a) => a.role !== '列席')).name
  const amendment = (at: number, accepted?: boolean): Amendment => ({
    id: cast.ids(),
    at,
    author: author(),
    agendaItemId: meeting.agenda[0]?.id,
    text: random.pick(AMENDMENTS),
    ...(accepted === undefined ? {} : { accepted })
  })
  let m: Meeting = { ...meeting, ...advanceMinutes(meeting, '征求意见', parts, { at: meeting.at + 2 * DAY, actor }) }
  if (age < 9 * DAY) return { ...m, amendments: [amendment(m.at + 2 * DAY + Math.round((age - 2 * DAY) / 2))] }
  if (random.chance(0.35)) m = { ...m, amendments: [amendment(m.at + 4 * DAY, random.chance(0.7))] }
  m = { ...m, ...advanceMinutes(m, '通过', parts, { at: m.at + 9 * DAY, actor }) }
  if (age < 14 * DAY) return m
  m = { ...m, ...advanceMinutes(m, '公示', parts, { at: m.at + 14 * DAY, actor }) }
  if (random.chance(0.12)) {
    const first = m.at + random.int(16, 40) * DAY
    for (const [i, at] of [first, first + random.int(3, 20) * DAY].entries()) {
      if (at > now || (i > 0 && random.chance(0.6))) break
      m = { ...m, ...addAddendum(m, random.pick(ADDENDA), parts, { at, actor }) }
    }
  }
  return m
}

const finished = (a: FollowUpAction) => a.status === '已完成' || a.status === '已终止'

/**
 * Leaves a few actions overdue (the 工作台 shows them), then closes the resolutions whose actions are all
 * finished, with residents' ratings, and their topics.
 */
export function settleFollowUp(cast: RunCast, data: { proposal: Proposal[]; meeting: Meeting[]; vote: Vote[]; resolution: Resolution[] }, now: number): void {
  const { random } = cast
  const lapsed = data.resolution.flatMap((r) => r.actions.filter((a) => a.status === '已完成' && a.due! < now - 7 * DAY && a.due! > now - 80 * DAY).map((a) => a.id))
  const overdue = new Set(random.sample(lapsed, OVERDUE_COUNT))
  data.resolution = data.resolution.map((r) => {
    const actions = r.actions.map((a): FollowUpAction => {
      if (!overdue.has(a.id)) return a
      const progress = random.int(5, 8) * 10
      return { id: a.id, text: a.text, owner: a.owner, due: a.due, status: '进行中', progress, evidence: [{ at: a.due! - 3 * DAY, actor: a.evidence[0]?.actor ?? 'system', text: `施工单位进场延误，目前完成约 ${progress}%，正在催办。`, attachmentIds: [] }] }
    })
    if (!actions.every(finished)) return { ...r, actions }
    const closedAt = Math.max(...actions.map((a) => a.closedAt ?? 0))
    const rated = random.chance(0.85)
      ? { ratings: { 满意: random.int(6, 18), 基本满意: random.int(1, 5), ...(random.chance(0.4) ? { 不满意: random.int(1, 2) } : {}) }, ...(random.chance(0.3) ? { ratingNote: '居民代表现场查看后评价' } : {}) }
      : {}
    return { ...r, actions, closedAt, ...rated }
  })
  for (const [i, p] of data.proposal.entries()) {
    const items = new Set(data.meeting.flatMap((m) => m.agenda.filter((a) => a.proposalId === p.id).map((a) => a.id)))
    const results = data.resolution.filter((r) => r.agendaItemId && items.has(r.agendaItemId))
    if (results.length > 0 && results.every((r) => r.closedAt !== undefined)) data.proposal[i] = { ...p, status: '已办结' }
  }
}
