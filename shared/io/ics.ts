/**
 * iCalendar (.ics, RFC 5545) export for meetings and volunteer shifts, written by the `ics` package.
 * Times are written in UTC (`…Z`), which every calendar shows in the reader's own zone (Asia/Shanghai here).
 */
import { createEvents, type EventAttributes } from 'ics'

export interface IcsEvent {
  /** stable across exports, so a re-import updates the event instead of duplicating it */
  uid: string
  title: string
  /** epoch ms */
  start: number
  end: number
  location?: string
  description?: string
}

export interface IcsOptions {
  /** DTSTAMP (when the file was made); defaults to each event's start so the same data gives the same file */
  stamp?: number
  productId?: string
}

const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** Folds one content line at 75 octets (RFC 5545 §3.1) without cutting a UTF-8 character in two. */
function foldOctets(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = MAX_OCTETS
  for (const ch of line) {
    const size = encoder.encode(ch).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = MAX_OCTETS - 1 // continuation lines start with one space
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** The ics package folds by characters; Chinese text needs folding by octets, so unfold and fold again. */
function refold(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines.map((line) => (line === '' ? line : foldOctets(line))).join('\r\n')
}

/** One VCALENDAR with a VEVENT per event; CRLF line ends. Throws (Chinese) on an event that ends before it starts. */
export function toIcs(events: IcsEvent[], calendarName: string, options: IcsOptions = {}): string {
  const attributes: EventAttributes[] = events.map((e) => {
    if (!Number.isFinite(e.start) || !Number.isFinite(e.end) || e.end <= e.start) {
      throw new Error(`日程“${e.title}”的结束时间不晚于开始时间，请检查时间后再导出`)
    }
    const event: EventAttributes & { timestamp: number } = {
      uid: e.uid,
      title: e.title,
      start: e.start,
      startInputType: 'utc',
      startOutputType: 'utc',
      end: e.end,
      endInputType: 'utc',
      endOutputType: 'utc',
      timestamp: options.stamp ?? e.start,
      ...(e.location ? { location: e.location } : {}),
      ...(e.description ? { description: e.description } : {})
    }
    return event
  })
  const { error, value } = createEvents(attributes, {
    calName: calendarName,
    productId: options.productId ?? '-//社区接诉即办工作台//CN'
  })
  if (error || value === null) throw new Error(`日历文件生成失败：${error?.message ?? '未知原因'}`)
  return refold(value)
}
