import type { CaseEventRecord, ClockUnit } from '@shared/domain/case'
import { formatClock } from './format'

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface TimelineLookup {
  userName(id: string): string
  unitName(id: string): string
  /** how to name another case, e.g. its 工单编号 or title */
  caseRef(id: string): string
}

export interface TimelineEntry {
  id: string
  type: string
  label: string
  at: number
  actor: string
  summary: string
  /** why the merged order made this event inapplicable, when it did */
  conflict?: string
}

/** Event types with a label of their own; anything else shows as 其他记录. */
export const KNOWN_EVENTS = [
  'intake', 'created', 'imported', 'sign', 'contact', 'reply', 'close', 'return', 'requestExtension',
  'approveExtension', 'rejectExtension', 'park', 'resume', 'reopen', 'cancel', 'assign', 'flag', 'unflag',
  'callback', 'assess', 'linkDuplicate', 'whistle', 'note'
] as const

type Payload = Record<string, unknown>
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

export interface Extension {
  amount: number
  unit: ClockUnit
  reason: string
}

/** The extension asked for and not yet approved or rejected, from the timeline. */
export function pendingExtension(events: readonly Pick<CaseEventRecord, 'type' | 'payload'>[]): Extension | undefined {
  let pending: Extension | undefined
  for (const e of events) {
    if (e.type === 'requestExtension') {
      const p = (e.payload ?? {}) as Payload
      pending = { amount: Number(p.amount), unit: p.unit as ClockUnit, reason: str(p.reason) }
    } else if (e.type === 'approveExtension' || e.type === 'rejectExtension' || e.type === 'cancel') {
      pending = undefined
    }
  }
  return pending
}

/** One line of what an event carried: the reason, the reply, '+3个工作日', the satisfaction…. */
export function eventSummary(
  event: Pick<CaseEventRecord, 'type' | 'payload'>,
  before: readonly Pick<CaseEventRecord, 'type' | 'payload'>[],
  lookup: TimelineLookup,
  t: Translate
): string {
  const p = (event.payload ?? {}) as Payload
  const parts: string[] = []
  const add = (key: string, text: unknown, name = 'text') => {
    if (str(text)) parts.push(t(`cases.summary.${key}`, { [name]: str(text) }))
  }
  switch (event.type) {
    case 'intake':
    case 'created':
    case 'imported':
      if (str(p.source)) parts.push(str(p.source))
      add('orderNo', p.orderNo, 'orderNo')
      add('level', p.level, 'level')
      break
    case 'contact':
    case 'note':
      if (str(p.note)) parts.push(str(p.note))
      break
    case 'reply':
      add('reply', p.reply)
      add('result', p.result)
      break
    case 'close':
      add('result', p.result)
      break
    case 'requestExtension':
      if (typeof p.amount === 'number') parts.push(t('cases.summary.extension', { clock: formatClock(p as unknown as Extension) }))
      add('extensionReason', p.reason)
      break
    case 'approveExtension': {
      const asked = typeof p.amount === 'number' ? (p as unknown as Extension) : pendingExtension(before)
      if (asked && Number.isFinite(asked.amount)) parts.push(t('cases.summary.extension', { clock: formatClock(asked) }))
      break
    }
    case 'cancel':
      if (str(p.duplicateOf)) parts.push(t('cases.summary.duplicateOf', { ref: lookup.caseRef(str(p.duplicateOf)) }))
      add('reason', p.reason)
      break
    case 'assign':
      if (str(p.handlerId)) parts.push(t('cases.summary.handler', { name: lookup.userName(str(p.handlerId)) }))
      if (str(p.unitId)) parts.push(t('cases.summary.unit', { name: lookup.unitName(str(p.unitId)) }))
      break
    case 'flag':
    case 'unflag':
      if (str(p.flag)) parts.push(str(p.flag))
      break
    case 'callback':
      parts.push(str(p.satisfaction) || t('cases.facts.noSatisfaction'))
      parts.push(t(p.contacted ? 'cases.facts.contacted' : 'cases.facts.notContacted'))
      parts.push(t(p.resolved ? 'cases.facts.resolved' : 'cases.facts.notResolved'))
      if (str(p.summary)) parts.push(str(p.summary))
      break
    case 'assess':
      parts.push(p.included ? t('cases.facts.included') : t('cases.facts.excluded', { reason: str(p.exclusionReason) }))
      break
    default:
      add('reason', p.reason)
  }
  return parts.join(' · ')
}

/** The case's events as the timeline lists them, oldest first, each with its label and summary. */
export function timelineEntries(
  events: readonly CaseEventRecord[],
  conflicts: readonly { eventId: string; message: string }[],
  lookup: TimelineLookup,
  t: Translate
): TimelineEntry[] {
  const known = KNOWN_EVENTS as readonly string[]
  const conflictOf = new Map(conflicts.map((c) => [c.eventId, c.message]))
  return events.map((e, i) => ({
    id: e.id,
    type: e.type,
    label: t(`cases.event.${known.includes(e.type) ? e.type : 'other'}`),
    at: e.at,
    actor: e.actor === 'system' ? t('cases.event.system') : lookup.userName(e.actor),
    summary: eventSummary(e, events.slice(0, i), lookup, t),
    conflict: conflictOf.get(e.id)
  }))
}
