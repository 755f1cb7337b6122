import { formatDate } from './dates'
import { type FieldIssue, ValidationError, fieldError } from './errors'
import type { Meeting } from './meetings'
import type { FindingHandling, Patrol, PointRuleName, PointRules, PointsEntry, Shift, Volunteer } from './volunteers'

/** The hours-and-points ledger of 小巷管家 (DESIGN §2.8): what each kind of service earns. */

/** A ledger line before it is stored. */
export type PointsDraft = Omit<PointsEntry, 'id' | 'communityId' | 'createdAt' | 'updatedAt' | 'hlc' | 'fieldClocks' | 'deletedAt'> & { rule: PointRuleName }

const MINUTE_MS = 60_000
const round2 = (x: number): number => Math.round(x * 100) / 100

/** Whole minutes of a span as hours (2 decimals): service time is prorated to the minute. */
export const hoursOf = (start: number, end: number): number => round2(Math.max(0, Math.floor((end - start) / MINUTE_MS)) / 60)

/** 有效发现: handled on the spot or turned into a case; a finding still 待处理 earns nothing yet. */
export const isValidFinding = (handling: FindingHandling): boolean => handling === '当场劝导' || handling === '转为工单'

/** 巡查时长 (kept even at 0 points, so the hours still count) and 有效发现 of a patrol. */
export function patrolPoints(patrol: Pick<Patrol, 'id' | 'volunteerId' | 'startedAt' | 'endedAt' | 'findings'>, rules: PointRules): PointsDraft[] {
  const minutes = Math.max(0, Math.floor((patrol.endedAt - patrol.startedAt) / MINUTE_MS))
  const hours = hoursOf(patrol.startedAt, patrol.endedAt)
  const source = { volunteerId: patrol.volunteerId, at: patrol.endedAt, sourceTable: 'patrol', sourceId: patrol.id }
  const out: PointsDraft[] = []
  if (minutes > 0) out.push({ ...source, rule: '巡查时长', points: round2((minutes / 60) * rules.perPatrolHour), hours, note: `巡查 ${minutes} 分钟` })
  for (const finding of patrol.findings) {
    const earned = findingPoints(patrol, finding, rules)
    if (earned) out.push(earned)
  }
  return out
}

/** 有效发现 for one finding, or undefined while it earns nothing (待处理, or the rule at 0). */
export function findingPoints(
  patrol: Pick<Patrol, 'id' | 'volunteerId' | 'endedAt'>,
  finding: { id: string; type: string; handling: FindingHandling },
  rules: PointRules
): PointsDraft | undefined {
  if (!isValidFinding(finding.handling) || rules.perValidFinding === 0) return undefined
  return {
    volunteerId: patrol.volunteerId,
    at: patrol.endedAt,
    rule: '有效发现',
    points: rules.perValidFinding,
    sourceTable: 'patrol',
    sourceId: patrol.id,
    sourceItemId: finding.id,
    note: `${finding.type}（${finding.handling}）`
  }
}

/** 值班服务: one entry per volunteer who served the shift (signed up, not marked absent), once it has ended. */
export function shiftPoints(shift: Pick<Shift, 'id' | 'start' | 'end' | 'signups'>, rules: PointRules, now: number): PointsDraft[] {
  if (shift.end > now) return []
  const hours = hoursOf(shift.start, shift.end)
  return shift.signups
    .filter((s) => !s.absent)
    .map((s) => ({ volunteerId: s.volunteerId, at: shift.end, rule: '值班服务' as const, points: rules.perShiftServed, hours, sourceTable: 'shift', sourceId: shift.id, note: `值班 ${hours} 小时` }))
    .filter((e) => e.points !== 0 || e.hours > 0)
}

/**
 * The volunteers a meeting's 参加议事 is due to: each signed in (matched by person) who had joined by the
 * meeting's day; nobody for a deleted meeting.
 */
export function meetingAttendees(
  meeting: Pick<Meeting, 'at' | 'attendance' | 'deletedAt'>,
  volunteers: readonly Pick<Volunteer, 'id' | 'personId' | 'since' | 'deletedAt'>[]
): string[] {
  if (meeting.deletedAt !== undefined) return []
  const signedIn = new Set(meeting.attendance.map((a) => a.personId).filter((id): id is string => !!id))
  const day = formatDate(meeting.at)
  return volunteers.filter((v) => v.deletedAt === undefined && signedIn.has(v.personId) && v.since <= day).map((v) => v.id)
}

/** 参加议事: one entry per volunteer signed in at the meeting. */
export function meetingPoints(meeting: { id: string; at: number; title: string }, volunteerIds: readonly string[], rules: PointRules): PointsDraft[] {
  if (rules.perMeetingAttended === 0) return []
  return volunteerIds.map((volunteerId) => ({ volunteerId, at: meeting.at, rule: '参加议事' as const, points: rules.perMeetingAttended, sourceTable: 'meeting', sourceId: meeting.id, note: meeting.title }))
}

export const MAX_AWARD = 1000

/** 人工奖励: a reason and non-zero points (negative for a deduction), at most ±1000. */
export function manualAward(input: { volunteerId?: string; points?: unknown; reason?: unknown; at?: unknown }): PointsDraft {
  const issues: FieldIssue[] = []
  if (!input.volunteerId) issues.push({ field: 'volunteerId', message: '请选择要奖励的小巷管家' })
  const points = input.points
  if (typeof points !== 'number' || !Number.isFinite(points)) issues.push({ field: 'points', message: '请填写奖励积分，例如 10' })
  else if (points === 0) issues.push({ field: 'points', message: '奖励积分不能为 0' })
  else if (Math.abs(points) > MAX_AWARD) issues.push({ field: 'points', message: `一次奖励不能超过 ${MAX_AWARD} 分` })
  const reason = typeof input.reason === 'string' ? input.reason.trim() : ''
  if (!reason) issues.push({ field: 'reason', message: '请填写奖励理由，例如“冬季扫雪表现突出”' })
  else if (reason.length > 100) issues.push({ field: 'reason', message: '奖励理由不能超过 100 个字' })
  if (typeof input.at !== 'number' || !Number.isFinite(input.at)) issues.push({ field: 'at', message: '请填写奖励日期' })
  if (issues.length) throw new ValidationError(issues)
  return { volunteerId: input.volunteerId!, at: input.at as number, rule: '人工奖励', points: round2(points as number), note: reason }
}

const RULE_LABELS: Record<keyof PointRules, string> = {
  perPatrolHour: '每巡查 1 小时积分',
  perValidFinding: '每条有效发现积分',
  perMeetingAttended: '每参加 1 次议事积分',
  perShiftServed: '每值 1 个班积分'
}

/** Each rule a number from 0 to 1000; 0 turns the rule off. */
export function validatePointRules(rules: Partial<Record<keyof PointRules, unknown>>): PointRules {
  const out = {} as PointRules
  for (const key of Object.keys(RULE_LABELS) as (keyof PointRules)[]) {
    const v = rules[key]
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_AWARD) throw fieldError(key, `${RULE_LABELS[key]}须为 0 到 ${MAX_AWARD} 之间的数`)
    out[key] = round2(v)
  }
  return out
}

export interface Totals {
  points: number
  hours: number
}

/** Points and hours per volunteer from ledger lines (deleted lines skipped). */
export function totalsByVolunteer(entries: readonly Pick<PointsEntry, 'volunteerId' | 'points' | 'hours' | 'deletedAt'>[]): Map<string, Totals> {
  const out = new Map<string, Totals>()
  for (const e of entries) {
    if (e.deletedAt !== undefined) continue
    const t = out.get(e.volunteerId) ?? { points: 0, hours: 0 }
    t.points = round2(t.points + e.points)
    t.hours = round2(t.hours + (e.hours ?? 0))
    out.set(e.volunteerId, t)
  }
  return out
}

/**
 * 星级管家 thresholds: points earned in the month for 5, 4 and 3 stars; below 3 stars nobody is listed.
 * At the default rules 30 points is about three hours of patrol a month, 80 about two hours a week.
 */
export const STAR_THRESHOLDS: readonly { stars: number; points: number }[] = [
  { stars: 5, points: 80 },
  { stars: 4, points: 50 },
  { stars: 3, points: 30 }
]

export const starsFor = (points: number, thresholds = STAR_THRESHOLDS): number => thresholds.find((t) => points >= t.points)?.stars ?? 0

export interface RankedVolunteer extends Totals {
  volunteerId: string
  name: string
}

/** Highest points first; ties by hours, then by name in pinyin order. */
export function rankVolunteers(totals: ReadonlyMap<string, Totals>, nameOf: (volunteerId: string) => string): RankedVolunteer[] {
  return [...totals]
    .map(([volunteerId, t]) => ({ volunteerId, name: nameOf(volunteerId), ...t }))
    .sort((a, b) => b.points - a.points || b.hours - a.hours || a.name.localeCompare(b.name, 'zh-Hans-CN'))
}

/** The month's 星级管家: ranked volunteers who reached 3 stars or more, with their stars. */
export function monthlyStarsOf(ranked: readonly RankedVolunteer[], thresholds = STAR_THRESHOLDS): (RankedVolunteer & { stars: number })[] {
  return ranked.map((r) => ({ ...r, stars: starsFor(r.points, thresholds) })).filter((r) => r.stars > 0)
}
