import { describe, expect, it } from 'vitest'
import { toIcs } from './ics'

const at = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h - 8, min) // Asia/Shanghai wall clock

const meeting = {
  uid: 'meeting-1@desk',
  title: '小院议事厅：3号楼停车位分配',
  start: at(2025, 3, 12, 19, 0),
  end: at(2025, 3, 12, 20, 30),
  location: '和平里社区党群服务中心',
  description: '议题：停车位；楼道堆物\n主持：王厅长'
}

const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('toIcs', () => {
  it('writes one VCALENDAR with a VEVENT per event and CRLF line ends', () => {
    const text = toIcs([meeting, { ...meeting, uid: 'meeting-2@desk', title: '居民恳谈会' }], '议事协商')
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(2)
    expect(text.match(/END:VEVENT\r\n/g)).toHaveLength(2)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(unfold(text)).toContain('X-WR-CALNAME:议事协商\r\n')
  })

  it('writes times in UTC: 19:00 in Shanghai is 11:00Z', () => {
    const text = unfold(toIcs([meeting], '议事协商'))
    expect(text).toContain('DTSTART:20250312T110000Z\r\n')
    expect(text).toContain('DTEND:20250312T123000Z\r\n')
    expect(text).toContain('UID:meeting-1@desk\r\n')
  })

  it('escapes text: newlines, semicolons and commas', () => {
    const text = unfold(toIcs([meeting], '议事协商'))
    expect(text).toContain('DESCRIPTION:议题：停车位；楼道堆物\\n主持：王厅长\r\n')
    expect(text).toContain('LOCATION:和平里社区党群服务中心\r\n')
    const commas = unfold(toIcs([{ ...meeting, description: 'a,b;c' }], 'x'))
    expect(commas).toContain('DESCRIPTION:a\\,b\\;c\r\n')
  })

  it('folds long Chinese lines at 75 octets without breaking characters', () => {
    const long = '关于'.repeat(80)
    const text = toIcs([{ ...meeting, description: long }], '议事协商')
    const bytes = new TextEncoder()
    for (const line of text.split('\r\n')) expect(bytes.encode(line).length).toBeLessThanOrEqual(75)
    expect(unfold(text)).toContain(`DESCRIPTION:${long}\r\n`)
  })

  it('is the same file for the same data (DTSTAMP from the event or the given stamp)', () => {
    expect(toIcs([meeting], '议事协商')).toBe(toIcs([meeting], '议事协商'))
    expect(unfold(toIcs([meeting], 'x', { stamp: Date.UTC(2025, 0, 1) }))).toContain('DTSTAMP:20250101T000000Z')
  })

  it('refuses an event that ends before it starts, in Chinese', () => {
    expect(() => toIcs([{ ...meeting, end: meeting.start }], '议事协商')).toThrow(/结束时间不晚于开始时间/)
  })

  it('writes an empty calendar for no events', () => {
    const text = toIcs([], '议事协商')
    expect(text).toContain('BEGIN:VCALENDAR')
    expect(text).not.toContain('BEGIN:VEVENT')
  })
})
