import { RefusedError, fieldError } from '@shared/domain/errors'
import type { AgendaItem, Meeting } from '@shared/domain/meetings'
import { assertMinutesEditable } from '@shared/domain/minutesRules'
import type { WriteContext } from '../repositories/writer'
import type { MeetingService } from './contract'
import { compact, type MeetingStore } from './store'

type ModePart = Pick<MeetingService, 'startItem' | 'nextItem' | 'saveNotes' | 'saveMinutes'>

const MAX_TEXT = 5000

function itemOf(meeting: Meeting, itemId: string): AgendaItem {
  const item = meeting.agenda.find((i) => i.id === itemId)
  if (!item) throw new RefusedError('找不到这项议程，可能已被移除，请刷新后重试')
  return item
}

/** The agenda with the running item ended and `nextId` (if any) started at `at`. */
function switchTo(meeting: Meeting, nextId: string | undefined, at: number): Pick<Meeting, 'agenda' | 'currentItemId'> {
  const agenda = meeting.agenda.map((item) => {
    if (item.id === nextId) {
      const { endedAt: _ended, ...rest } = item
      return { ...rest, startedAt: at }
    }
    if (item.id === meeting.currentItemId) return { ...item, endedAt: at }
    return item
  })
  return { agenda, currentItemId: nextId }
}

/** 会议模式 (one item at a time, with a time box) and the minutes of each item. */
export function modePart(store: MeetingStore): ModePart {
  const repo = () => store.repos().meeting

  const editing = (meetingId: string, what: string, change: (m: Meeting) => Partial<Meeting>, ctx: WriteContext) =>
    store.writing(async () => {
      const current = await store.meeting(meetingId)
      assertMinutesEditable(current.minutesStatus, what)
      return repo().update(meetingId, change(current), ctx)
    })

  const text = (value: string | undefined, field: string, label: string): string | undefined => {
    const trimmed = value?.trim()
    if (trimmed && trimmed.length > MAX_TEXT) throw fieldError(field, `${label}不能超过 ${MAX_TEXT} 个字`)
    return trimmed || undefined
  }

  const patchItem = (meeting: Meeting, itemId: string, patch: Partial<AgendaItem>): Pick<Meeting, 'agenda'> => {
    itemOf(meeting, itemId)
    return { agenda: meeting.agenda.map((i) => (i.id === itemId ? compact({ ...i, ...patch }) : i)) }
  }

  return {
    startItem: (meetingId, itemId, at, ctx) =>
      editing(
        meetingId,
        '会议进程',
        (m) => {
          itemOf(m, itemId)
          return m.currentItemId === itemId ? {} : switchTo(m, itemId, at)
        },
        ctx
      ),

    nextItem: (meetingId, at, ctx) =>
      editing(
        meetingId,
        '会议进程',
        (m) => {
          if (m.agenda.length === 0) throw new RefusedError('还没有议程，请先安排议程')
          const index = m.agenda.findIndex((i) => i.id === m.currentItemId)
          if (index >= 0) return switchTo(m, m.agenda[index + 1]?.id, at)
          const waiting = m.agenda.find((i) => i.endedAt === undefined)
          if (!waiting) throw new RefusedError('议程已全部结束')
          return switchTo(m, waiting.id, at)
        },
        ctx
      ),

    saveNotes: (meetingId, itemId, notes, ctx) => editing(meetingId, '会议记录', (m) => patchItem(m, itemId, { notes: text(notes, 'notes', '会议记录') }), ctx),

    saveMinutes: (meetingId, itemId, minutes, ctx) =>
      editing(
        meetingId,
        '纪要',
        (m) => patchItem(m, itemId, { points: text(minutes.points, 'points', '主要意见'), outcome: text(minutes.outcome, 'outcome', '议定结果') }),
        ctx
      )
  }
}
