import { formatDateTime } from './dates'
import { type FieldIssue, RefusedError, ValidationError } from './errors'
import type { FindingHandling, Shift } from './volunteers'

/** 排班 and 巡查 rules of 小巷管家 (DESIGN §2.8): pure checks with the Chinese message a coordinator sees. */

export const HOUR_MS = 3_600_000
/** a shift or a patrol longer than this is a typing mistake */
export const MAX_SPAN_MS = 24 * HOUR_MS
export const MAX_NEEDED = 50

export interface ShiftFields {
  placeId: string
  start: number
  end: number
  needed: number
  note?: string
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

/** Where an end should come after its start, the issue that time pair has, if any. */
function spanIssue(start: unknown, end: unknown, what: '班次' | '巡查'): FieldIssue | undefined {
  if (!isTime(start)) return { field: what === '班次' ? 'start' : 'startedAt', message: `请填写${what}开始时间` }
  if (!isTime(end)) return { field: what === '班次' ? 'end' : 'endedAt', message: `请填写${what}结束时间` }
  const field = what === '班次' ? 'end' : 'endedAt'
  if (end < start) return { field, message: `结束时间早于开始时间，请检查${what}时间` }
  if (end === start) return { field, message: `结束时间与开始时间相同，请检查${what}时间` }
  if (end - start > MAX_SPAN_MS) return { field, message: what === '班次' ? '一个班次不能超过 24 小时，请拆成几个班次' : '一次巡查不能超过 24 小时，请检查开始和结束时间' }
  return undefined
}

/** A shift as typed: a place, an end after its start, at most 24 hours, at least one volunteer needed. */
export function validateShift(input: Partial<ShiftFields>): ShiftFields {
  const issues: FieldIssue[] = []
  const placeId = text(input.placeId)
  if (!placeId) issues.push({ field: 'placeId', message: '请选择班次的点位' })
  const span = spanIssue(input.start, input.end, '班次')
  if (span) issues.push(span)
  const needed = input.needed
  if (typeof needed !== 'number' || !Number.isInteger(needed) || needed < 1) issues.push({ field: 'needed', message: '需要人数须为不小于 1 的整数' })
  else if (needed > MAX_NEEDED) issues.push({ field: 'needed', message: `需要人数不能超过 ${MAX_NEEDED} 人` })
  const note = text(input.note)
  if (note.length > 100) issues.push({ field: 'note', message: '备注不能超过 100 个字' })
  if (issues.length) throw new ValidationError(issues)
  return { placeId, start: input.start!, end: input.end!, needed: needed!, ...(note ? { note } : {}) }
}

/** Two time spans overlap when each starts before the other ends; touching ends (08–10, 10–12) do not. */
export const spansOverlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end

/** '2026-03-09 08:00–10:00', or both full times when the span crosses midnight. */
export function formatSpan(start: number, end: number): string {
  const from = formatDateTime(start)
  const to = formatDateTime(end)
  return from.slice(0, 10) === to.slice(0, 10) ? `${from}–${to.slice(11)}` : `${from} 至 ${to}`
}

/** The volunteer's other shift overlapping `span`, if any (absent or not, a signup holds the time). */
export function overlappingShift(span: { id?: string; start: number; end: number }, volunteerId: string, shifts: readonly Shift[]): Shift | undefined {
  return shifts.find((s) => s.id !== span.id && s.deletedAt === undefined && s.signups.some((x) => x.volunteerId === volunteerId) && spansOverlap(span, s))
}

/**
 * Refuses putting a volunteer on `span` while they hold an overlapping shift; the message names the
 * other shift's place and time so the coordinator can find it.
 */
export function checkNoOverlap(
  span: { id?: string; start: number; end: number },
  volunteer: { id: string; name: string },
  shifts: readonly Shift[],
  placeName: (placeId: string) => string
): void {
  const other = overlappingShift(span, volunteer.id, shifts)
  if (other) throw new RefusedError(`${volunteer.name}已排在「${placeName(other.placeId)} ${formatSpan(other.start, other.end)}」的班次，时间重叠，不能同时排班`)
}

export interface FindingFields {
  type: string
  text: string
  placeId?: string
  handling: FindingHandling
  handledNote?: string
}

export interface PatrolFields {
  volunteerId: string
  placeId: string
  startedAt: number
  endedAt: number
  checklist: Record<string, boolean>
  findings: FindingFields[]
  note?: string
}

function findingIssues(f: Partial<FindingFields>, i: number): FieldIssue[] {
  const at = (field: string, message: string) => ({ field: `findings.${i}.${field}`, message: `第 ${i + 1} 条发现：${message}` })
  const issues: FieldIssue[] = []
  if (!text(f.type)) issues.push(at('type', '请选择问题类型'))
  if (!text(f.text)) issues.push(at('text', '请填写发现的问题'))
  else if (text(f.text).length > 500) issues.push(at('text', '问题描述不能超过 500 个字'))
  if (f.handling === '当场劝导' && !text(f.handledNote)) issues.push(at('handledNote', '选了当场劝导，请写明劝导了什么、结果如何'))
  if (f.handling === '转为工单') issues.push(at('handling', '请先保存巡查记录，再在记录里点“转为工单”'))
  else if (f.handling !== '当场劝导' && f.handling !== '待处理') issues.push(at('handling', '请选择处理方式：当场劝导或待处理'))
  return issues
}

/**
 * A patrol as recorded: volunteer and place chosen, an end after its start and not after `now`,
 * at most 24 hours; each finding with a type and text, 当场劝导 with what was done.
 */
export function validatePatrol(input: Partial<PatrolFields>, now: number): PatrolFields {
  const issues: FieldIssue[] = []
  if (!text(input.volunteerId)) issues.push({ field: 'volunteerId', message: '请选择巡查的小巷管家' })
  if (!text(input.placeId)) issues.push({ field: 'placeId', message: '请选择巡查点位' })
  const span = spanIssue(input.startedAt, input.endedAt, '巡查')
  if (span) issues.push(span)
  else if (input.endedAt! > now) issues.push({ field: 'endedAt', message: '巡查结束时间不能晚于现在，请巡查结束后再记录' })
  const checklist = input.checklist ?? {}
  if (Object.keys(checklist).some((k) => !k.trim() || typeof checklist[k] !== 'boolean')) issues.push({ field: 'checklist', message: '检查清单有无法识别的项目，请重新勾选' })
  const findings = input.findings ?? []
  findings.forEach((f, i) => issues.push(...findingIssues(f, i)))
  const note = text(input.note)
  if (note.length > 500) issues.push({ field: 'note', message: '巡查备注不能超过 500 个字' })
  if (issues.length) throw new ValidationError(issues)
  return {
    volunteerId: text(input.volunteerId),
    placeId: text(input.placeId),
    startedAt: input.startedAt!,
    endedAt: input.endedAt!,
    checklist: { ...checklist },
    findings: findings.map((f) => ({
      type: text(f.type),
      text: text(f.text),
      handling: f.handling!,
      ...(text(f.placeId) ? { placeId: text(f.placeId) } : {}),
      ...(f.handling === '当场劝导' ? { handledNote: text(f.handledNote) } : {})
    })),
    ...(note ? { note } : {})
  }
}

/** '无占道经营' → '占道经营': the problem a failed checklist item names. */
export const problemOf = (item: string): string => item.trim().replace(/^无/, '')
