import type { IdFactory } from '../domain/categories'
import { tallyVote } from '../domain/meetingRules'
import type { AgendaItem, Attendance, AttendeeRole, FollowUpAction, Invitee, MeetingType, Vote } from '../domain/meetings'
import type { Person, Unit } from '../domain/org'
import type { DemoMeetingTopic } from './meetingTopics'
import { chineseName } from './org'
import type { Random } from './random'

/** One demo meeting's people, agenda, votes and resolutions, before lifecycle and follow-up are decided. */

const MIN = 60_000
export const DEMO_DAY = 86_400_000

export interface RunCast {
  random: Random
  ids: IdFactory
  people: readonly Person[]
  units: readonly Unit[]
}

/** Roles that own actions are filled with a resident's name; units own actions by their name. */
export function ownerOf(cast: RunCast, owner: string): string {
  if (cast.units.some((u) => u.name === owner)) return owner
  return `${owner} ${cast.random.pick(cast.people).name}`
}

/** Who is invited and who signed in: residents from the registry, guests not in it, the property company, 列席 officials. */
export function demoAttendance(cast: RunCast, type: MeetingType, at: number, owners: readonly string[]): { invitees: Invitee[]; attendance: Attendance[] } {
  const { random, ids } = cast
  const residents = random.sample(cast.people, random.int(type === '居民代表会议' ? 14 : 8, type === '居民代表会议' ? 24 : 18))
  const roleOf = (p: Person): AttendeeRole => {
    if (type === '居民代表会议' && random.chance(0.7)) return '居民代表'
    if (p.tags.includes('党员') && random.chance(0.6)) return '党员'
    if (p.tags.includes('志愿者') && random.chance(0.4)) return '志愿者'
    return '居民'
  }
  const property = cast.units.find((u) => u.kind === '物业')!
  const owningUnits = cast.units.filter((u) => u.kind !== '社区' && u.kind !== '物业' && owners.includes(u.name))
  const invitees: Invitee[] = [
    ...residents.map((p) => ({ kind: (p.tags.includes('党员') ? '党员' : '居民') as Invitee['kind'], name: p.name, refId: p.id })),
    { kind: '物业', name: property.name, refId: property.id },
    ...owningUnits.map((u) => ({ kind: '承办单位' as const, name: u.name, refId: u.id }))
  ]
  const signed = (name: string, role: AttendeeRole, personId?: string): Attendance => ({ id: ids(), name, role, signedAt: at - random.int(0, 15) * MIN, ...(personId ? { personId } : {}) })
  // most invitees come; a few neighbours come along without being in the registry
  const came = residents.filter(() => random.chance(0.85)).map((p) => signed(p.name, roleOf(p), p.id))
  const names = new Set(came.map((a) => a.name))
  for (let i = random.int(1, 3); i > 0; i--) {
    const name = chineseName(random)
    if (names.has(name)) continue
    names.add(name)
    came.push(signed(name, '居民'))
  }
  came.push(signed(property.contact ?? chineseName(random), '物业'))
  for (const u of owningUnits.slice(0, 2)) came.push(signed(u.contact ?? chineseName(random), '承办单位'))
  came.push(signed(`街道${random.pick(['包片干部', '社区办干部'])}${chineseName(random)}`, '列席'))
  return { invitees, attendance: came.sort((a, b) => a.signedAt - b.signedAt) }
}

/** The agenda lines with their time boxes, run one after another from the start of the meeting. */
export function demoAgenda(cast: RunCast, at: number, lines: { title: string; proposalId: string; caseIds: string[]; topic: DemoMeetingTopic; place: string }[], held: boolean): AgendaItem[] {
  let clock = at + 10 * MIN
  return lines.map((line) => {
    const minutes = cast.random.int(3, 8) * 5
    const item: AgendaItem = { id: cast.ids(), title: line.title, minutes, proposalId: line.proposalId, caseIds: line.caseIds }
    if (!held) return item
    const used = minutes + cast.random.int(-5, 8)
    const run = { ...item, startedAt: clock, endedAt: clock + used * MIN, notes: `${line.topic.points.split('；')[0]}。`, points: line.topic.points, outcome: line.topic.outcome.replaceAll('{place}', line.place) }
    clock += used * MIN
    return run
  })
}

/** A vote on an item: mostly carried, a contested topic sometimes not. */
export function demoVote(cast: RunCast, item: AgendaItem, attendance: Attendance[], type: MeetingType, contested: boolean): Omit<Vote, 'id' | 'communityId' | 'createdAt' | 'updatedAt' | 'hlc' | 'meetingId'> {
  const { random } = cast
  const eligible = attendance.filter((a) => a.role !== '列席').length
  const voting = eligible - random.int(0, Math.min(2, eligible - 1))
  const fails = contested && random.chance(0.4)
  const abstain = random.int(0, 2)
  const yes = fails ? Math.floor(voting * 0.45) : voting - abstain - random.int(0, Math.floor(voting / 6))
  const no = voting - yes - abstain
  const counts = { question: `是否同意：${item.outcome ?? item.title}`, method: type === '小院议事厅' || type === '居民恳谈会' ? '举手' as const : '投票' as const, yes, no, abstain }
  return { ...counts, agendaItemId: item.id, ...tallyVote(counts, attendance), at: (item.endedAt ?? item.startedAt ?? 0) - 2 * MIN }
}

/**
 * An action's state at `now`: due ones done (a few stopped), the rest started in proportion to the time
 * gone; each with the evidence a clerk would have written.
 */
export function demoAction(cast: RunCast, text: string, owner: string, from: number, due: number, now: number, actor: string): FollowUpAction {
  const { random, ids } = cast
  const base: FollowUpAction = { id: ids(), text, owner: ownerOf(cast, owner), due, status: '未开始', progress: 0, evidence: [] }
  const early = random.chance(0.25)
  if (due < now || early) {
    const closedAt = Math.min(now - DEMO_DAY, Math.max(from + DEMO_DAY, due - random.int(0, 10) * DEMO_DAY))
    if (closedAt > from && random.chance(0.05)) {
      return { ...base, status: '已终止', closedAt, evidence: [{ at: closedAt, actor, text: '经复议，该事项并入街道统一改造项目，本项终止。', attachmentIds: [] }] }
    }
    if (closedAt > from) return { ...base, status: '已完成', progress: 100, closedAt, evidence: [{ at: closedAt, actor, text: `${text}，已完成并经居民代表现场查看。`, attachmentIds: [] }] }
  }
  const gone = Math.max(0, Math.min(1, (now - from) / (due - from)))
  if (gone < 0.15) return base
  const progress = Math.max(10, Math.min(90, Math.round((gone * 90) / 10) * 10))
  return { ...base, status: '进行中', progress, evidence: [{ at: from + Math.round((now - from) / 2), actor, text: `已启动：${text}，完成约 ${progress}%。`, attachmentIds: [] }] }
}
