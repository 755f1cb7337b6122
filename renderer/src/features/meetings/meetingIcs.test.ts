import { describe, expect, it } from 'vitest'
import type { Meeting } from '@shared/domain/meetings'
import { toIcs } from '@shared/io/ics'
import { meetingEvents } from './meetingIcs'

const meeting = (over: Partial<Meeting>): Meeting =>
  ({ id: 'M1', type: '小院议事厅', title: '停车难怎么办', at: Date.UTC(2026, 10, 25, 6, 30), agenda: [], invitees: [], attendance: [], amendments: [], minutesVersions: [], addenda: [], minutesStatus: '草稿', ...over }) as Meeting

describe('meetingEvents', () => {
  it('lasts as long as the agenda, names the place and lists the items', () => {
    const [e] = meetingEvents(
      [meeting({ placeId: 'P1', location: '3号楼前', hostName: '王厅长', agenda: [{ id: 'a', title: '车位划线', minutes: 20, caseIds: [] }, { id: 'b', title: '充电桩', minutes: 25, caseIds: [] }] })],
      (id) => (id === 'P1' ? '银杏里小区' : undefined)
    )
    expect(e).toMatchObject({ uid: 'M1@community-desk', title: '小院议事厅：停车难怎么办', location: '银杏里小区 · 3号楼前' })
    expect(e.end - e.start).toBe(45 * 60_000)
    expect(e.description).toBe('主持人：王厅长\n1. 车位划线（20 分钟）\n2. 充电桩（25 分钟）')
    expect(toIcs([e], '议事日程')).toContain('SUMMARY:小院议事厅：停车难怎么办')
  })

  it('takes the set length first, and 90 minutes without an agenda', () => {
    const [set, bare] = meetingEvents([meeting({ durationMinutes: 60 }), meeting({ id: 'M2' })], () => undefined)
    expect(set.end - set.start).toBe(60 * 60_000)
    expect(bare.end - bare.start).toBe(90 * 60_000)
    expect(bare.location).toBeUndefined()
  })
})
