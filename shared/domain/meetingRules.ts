import { z } from 'zod'
import { RefusedError, ValidationError, fieldError, validate, type FieldIssue } from './errors'
import { optionalText, requiredText } from './fields'
import {
  ACTION_STATUSES,
  ATTENDEE_ROLES,
  INVITEE_KINDS,
  MEETING_TYPES,
  PROPOSAL_SOURCES,
  RATING_LEVELS,
  VOTE_METHODS,
  type ActionStatus,
  type Attendance,
  type AttendeeRole,
  type FollowUpAction,
  type RatingLevel
} from './meetings'

/** 议事协商 rules (DESIGN §2.7): pure checks of topics, meetings, sign-in, votes and follow-up actions. */

const at = (label: string) => z.number({ error: `请选择${label}` }).finite(`请选择${label}`)

// ——— 议题 ———

export const proposalSchema = z
  .object({
    source: z.enum(PROPOSAL_SOURCES, { error: '请选择议题来源' }),
    title: requiredText('议题名称', 60),
    content: requiredText('议题内容', 2000),
    proposerId: optionalText('提案人', 40),
    proposerName: optionalText('提案人姓名', 20),
    coSignerIds: z.array(z.string()).default([]),
    coSignerNames: z.array(requiredText('附议人姓名', 20)).optional(),
    budget: z
      .number({ error: '预算须为数字（元）' })
      .min(0, '预算不能为负数')
      .max(100_000_000, '预算过大，请核对（单位：元）')
      .optional(),
    placeId: optionalText('地点', 40),
    caseIds: z.array(z.string()).default([]),
    sourceRef: optionalText('来源', 200)
  })
  .refine((p) => p.source !== '微提案' || !!p.proposerId || !!p.proposerName, { path: ['proposerName'], message: '微提案须填写提案人' })
  .refine((p) => !p.proposerId || !p.coSignerIds.includes(p.proposerId), { path: ['coSignerIds'], message: '提案人不必再列为附议人' })
export type ProposalFields = z.output<typeof proposalSchema>

export const validateProposal = (input: unknown): ProposalFields => validate(proposalSchema, input)

/** 不立项 needs a reason the proposer can be told. */
export function screeningReason(screening: { accept: true } | { accept: false; reason: string }): string | undefined {
  if (screening.accept) return undefined
  const reason = screening.reason?.trim()
  if (!reason) throw fieldError('reason', '不立项须写明理由，以便告知提案人')
  if (reason.length > 500) throw fieldError('reason', '不立项理由不能超过 500 个字')
  return reason
}

// ——— 会议 ———

const invitee = z.object({
  kind: z.enum(INVITEE_KINDS, { error: '请选择参会人类别' }),
  name: requiredText('参会人姓名', 40),
  refId: optionalText('参会人', 40)
})

export const meetingSchema = z
  .object({
    type: z.enum(MEETING_TYPES, { error: '请选择会议类型' }),
    title: requiredText('会议名称', 60),
    at: at('会议时间'),
    durationMinutes: z.number({ error: '会议时长须为分钟数' }).int('会议时长须为整数分钟').min(1, '会议时长须为 1–720 分钟').max(720, '会议时长须为 1–720 分钟').optional(),
    placeId: optionalText('会议地点', 40),
    location: optionalText('会议地点', 100),
    hostName: optionalText('主持人', 20),
    recorderName: optionalText('记录人', 20),
    invitees: z.array(invitee).default([])
  })
  .refine((m) => !!m.placeId || !!m.location, { path: ['location'], message: '请选择会议地点或填写地点' })
export type MeetingFields = z.output<typeof meetingSchema>

export const validateMeeting = (input: unknown): MeetingFields => validate(meetingSchema, input)

export const AGENDA_MAX_MINUTES = 240

/** An agenda line after its topic filled the gaps: a title and a time box of 1–240 minutes. */
export function validateAgendaItem(item: { title?: string; minutes: number }, index: number): { title: string; minutes: number } {
  const issues: FieldIssue[] = []
  const title = item.title?.trim() ?? ''
  const no = index + 1
  if (!title) issues.push({ field: `agenda.${index}.title`, message: `第 ${no} 项议程须填写议题名称` })
  else if (title.length > 60) issues.push({ field: `agenda.${index}.title`, message: `第 ${no} 项议程的名称不能超过 60 个字` })
  const { minutes } = item
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > AGENDA_MAX_MINUTES) {
    issues.push({ field: `agenda.${index}.minutes`, message: `第 ${no} 项议程的时长须为 1–${AGENDA_MAX_MINUTES} 分钟的整数` })
  }
  if (issues.length) throw new ValidationError(issues)
  return { title, minutes }
}

// ——— 签到 ———

/** A new attendance line; the same person (by id, or by name and role) signing in twice is refused. */
export function signInAttendee(
  attendance: readonly Attendance[],
  input: { name: string; role: AttendeeRole; personId?: string; at: number },
  id: string
): Attendance {
  const name = input.name?.trim() ?? ''
  if (!name) throw fieldError('name', '签到须填写姓名')
  if (name.length > 20) throw fieldError('name', '姓名不能超过 20 个字')
  if (!(ATTENDEE_ROLES as readonly string[]).includes(input.role)) throw fieldError('role', `身份须为 ${ATTENDEE_ROLES.join('、')} 之一`)
  if (!Number.isFinite(input.at)) throw fieldError('at', '请填写签到时间')
  const twice = attendance.find((a) => (input.personId && a.personId === input.personId) || (a.name === name && a.role === input.role))
  if (twice) throw fieldError('name', `${twice.name}（${twice.role}）已签到，不能重复签到`)
  return { id, name, role: input.role, signedAt: input.at, ...(input.personId ? { personId: input.personId } : {}) }
}

/** Signed-in attendees per role, in the order of ATTENDEE_ROLES. */
export function attendanceByRole(attendance: readonly Attendance[]): { role: AttendeeRole; count: number }[] {
  return ATTENDEE_ROLES.map((role) => ({ role, count: attendance.filter((a) => a.role === role).length })).filter((r) => r.count > 0)
}

// ——— 表决 ———

/** Attendees entitled to vote: signed in and not 列席. */
export const eligibleVoters = (attendance: readonly Attendance[]): number => attendance.filter((a) => a.role !== '列席').length

/** Default quorum: more than half of the eligible attendees. */
export const defaultQuorum = (eligible: number): number => Math.floor(eligible / 2) + 1

const VOTE_LABELS = { yes: '赞成', no: '反对', abstain: '弃权' } as const

export interface VoteTally {
  eligible: number
  quorum: number
  passed: boolean
}

/**
 * Checks the counts against the attendance and decides the vote. Rule: a vote counts when the votes cast
 * (赞成 + 反对 + 弃权) reach the quorum, and passes when 赞成 is more than half of the votes cast, so an
 * abstention weighs like a 反对.
 */
export function tallyVote(
  input: { question: string; method: string; yes: number; no: number; abstain: number; quorum?: number },
  attendance: readonly Attendance[]
): VoteTally {
  const issues: FieldIssue[] = []
  if (!input.question?.trim()) issues.push({ field: 'question', message: '请填写表决事项' })
  if (!(VOTE_METHODS as readonly string[]).includes(input.method)) issues.push({ field: 'method', message: '表决方式须为举手或投票' })
  for (const key of ['yes', 'no', 'abstain'] as const) {
    const n = input[key]
    if (!Number.isInteger(n) || n < 0) issues.push({ field: key, message: `${VOTE_LABELS[key]}票数须为不小于 0 的整数` })
  }
  if (issues.length) throw new ValidationError(issues)
  const eligible = eligibleVoters(attendance)
  if (eligible === 0) throw new RefusedError('还没有可表决的到会人员（列席不参加表决），请先签到再表决')
  const cast = input.yes + input.no + input.abstain
  if (cast > eligible) throw fieldError('yes', `赞成、反对、弃权合计 ${cast} 票，超过到会可表决人数 ${eligible} 人，请核对票数`)
  const quorum = input.quorum ?? defaultQuorum(eligible)
  if (!Number.isInteger(quorum) || quorum < 1) throw fieldError('quorum', '法定票数须为不小于 1 的整数')
  if (quorum > eligible) throw fieldError('quorum', `法定票数 ${quorum} 超过到会可表决人数 ${eligible} 人，请核对`)
  return { eligible, quorum, passed: cast >= quorum && input.yes * 2 > cast }
}

// ——— 决议落实 ———

export const actionInputSchema = z.object({
  text: requiredText('落实事项', 200),
  owner: requiredText('责任人', 40),
  due: z.number({ error: '请选择完成期限' }).finite('请选择完成期限').optional()
})

/** A resolution's text and its actions; every action needs an owner. Fields: `text`, `actions.N.owner`. */
export function validateResolution(input: { text: string; actions: { text: string; owner: string; due?: number }[] }): {
  text: string
  actions: z.output<typeof actionInputSchema>[]
} {
  return validate(z.object({ text: requiredText('决议内容', 1000), actions: z.array(actionInputSchema) }), input)
}

/** One action added to a resolution later; it needs an owner too. Fields: `text`, `owner`, `due`. */
export const validateAction = (input: { text: string; owner: string; due?: number }): z.output<typeof actionInputSchema> => validate(actionInputSchema, input)

/** A new action, 未开始 with no progress. */
export const newAction = (input: z.output<typeof actionInputSchema>, id: string): FollowUpAction => ({
  id,
  text: input.text,
  owner: input.owner,
  ...(input.due !== undefined ? { due: input.due } : {}),
  status: '未开始',
  progress: 0,
  evidence: []
})

export const isFinished = (status: ActionStatus): boolean => status === '已完成' || status === '已终止'

/**
 * The action after a progress update: progress 0–100, 已完成 means 100 (filled in when not given);
 * a finished action's status and progress no longer move.
 */
export function progressAction(
  action: FollowUpAction,
  patch: { status?: ActionStatus; progress?: number; owner?: string; due?: number },
  at: number
): FollowUpAction {
  const issues: FieldIssue[] = []
  if (patch.status !== undefined && !(ACTION_STATUSES as readonly string[]).includes(patch.status)) issues.push({ field: 'status', message: `状态须为 ${ACTION_STATUSES.join('、')} 之一` })
  if (patch.progress !== undefined && (!Number.isInteger(patch.progress) || patch.progress < 0 || patch.progress > 100)) issues.push({ field: 'progress', message: '进度须为 0–100 的整数' })
  if (patch.owner !== undefined && !patch.owner.trim()) issues.push({ field: 'owner', message: '责任人不能为空' })
  if (issues.length) throw new ValidationError(issues)
  const moving = (patch.status !== undefined && patch.status !== action.status) || (patch.progress !== undefined && patch.progress !== action.progress)
  if (moving && isFinished(action.status)) throw new RefusedError(`该事项${action.status}，不能再修改状态或进度`)
  const status = patch.status ?? action.status
  const progress = patch.progress ?? (status === '已完成' ? 100 : action.progress)
  if (status === '已完成' && progress !== 100) throw fieldError('progress', '状态为“已完成”时进度须为 100%')
  const next: FollowUpAction = { ...action, status, progress, owner: patch.owner?.trim() ?? action.owner }
  if (patch.due !== undefined) next.due = patch.due
  if (isFinished(status) && !isFinished(action.status)) next.closedAt = at
  return next
}

/** Actions past their due date and not finished. */
export const isOverdue = (action: FollowUpAction, now: number): boolean => action.due !== undefined && action.due < now && !isFinished(action.status)

/** 民评: the counts added per level; non-negative integers, at least one rating. */
export function addRatings(current: Partial<Record<RatingLevel, number>> | undefined, added: Partial<Record<RatingLevel, number>>): Partial<Record<RatingLevel, number>> {
  const issues: FieldIssue[] = []
  for (const [level, n] of Object.entries(added)) {
    if (!(RATING_LEVELS as readonly string[]).includes(level)) issues.push({ field: level, message: `评价等级须为 ${RATING_LEVELS.join('、')} 之一` })
    else if (!Number.isInteger(n) || (n as number) < 0) issues.push({ field: level, message: `“${level}”人数须为不小于 0 的整数` })
  }
  if (issues.length) throw new ValidationError(issues)
  if (Object.values(added).every((n) => !n)) throw fieldError('满意', '请至少录入一条居民评价')
  const out: Partial<Record<RatingLevel, number>> = { ...current }
  for (const level of RATING_LEVELS) if (added[level]) out[level] = (out[level] ?? 0) + added[level]!
  return out
}

