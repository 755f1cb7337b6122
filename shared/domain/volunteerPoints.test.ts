import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors'
import {
  findingPoints,
  hoursOf,
  manualAward,
  meetingAttendees,
  meetingPoints,
  monthlyStarsOf,
  patrolPoints,
  rankVolunteers,
  shiftPoints,
  starsFor,
  totalsByVolunteer,
  validatePointRules
} from './volunteerPoints'
import { DEFAULT_POINT_RULES, type Patrol, type Shift } from './volunteers'

const MIN = 60_000
const T = Date.UTC(2026, 2, 9, 0)
const rules = DEFAULT_POINT_RULES // 10 per patrol hour, 5 per valid finding, 3 per meeting, 2 per shift

const patrol = (minutes: number, handlings: Patrol['findings'][number]['handling'][] = []): Patrol => ({
  id: 'pt1',
  communityId: 'c',
  createdAt: 0,
  updatedAt: 0,
  hlc: '',
  volunteerId: 'v1',
  placeId: 'p1',
  startedAt: T,
  endedAt: T + minutes * MIN + 59_000,
  checklist: {},
  findings: handlings.map((handling, i) => ({ id: `f${i}`, type: '占道经营', text: '摊点占道', handling, attachmentIds: [] }))
})

describe('patrol points', () => {
  it('prorates patrol hours to the whole minute', () => {
    expect(hoursOf(T, T + 90 * MIN + 59_000)).toBe(1.5)
    const [time] = patrolPoints(patrol(95), rules)
    expect(time).toMatchObject({ rule: '巡查时长', points: 15.83, hours: 1.58, at: T + 95 * MIN + 59_000, sourceTable: 'patrol', sourceId: 'pt1', note: '巡查 95 分钟' })
  })

  it('counts 当场劝导 and 转为工单 findings as valid, 待处理 not', () => {
    const entries = patrolPoints(patrol(60, ['当场劝导', '待处理', '转为工单']), rules)
    expect(entries.map((e) => `${e.rule}:${e.points}:${e.sourceItemId ?? ''}`)).toEqual(['巡查时长:10:', '有效发现:5:f0', '有效发现:5:f2'])
    expect(findingPoints(patrol(60), { id: 'f', type: '其他', handling: '待处理' }, rules)).toBeUndefined()
  })

  it('keeps the hours when the hour rule is off, and earns nothing for findings at 0', () => {
    const entries = patrolPoints(patrol(120, ['当场劝导']), { ...rules, perPatrolHour: 0, perValidFinding: 0 })
    expect(entries).toEqual([expect.objectContaining({ rule: '巡查时长', points: 0, hours: 2 })])
    expect(patrolPoints(patrol(0), rules)).toEqual([])
  })
})

describe('shift, meeting and manual points', () => {
  const shift: Shift = {
    id: 's1', communityId: 'c', createdAt: 0, updatedAt: 0, hlc: '', placeId: 'p1', start: T, end: T + 120 * MIN, needed: 3,
    signups: [{ volunteerId: 'v1', at: 0, via: '指派' }, { volunteerId: 'v2', at: 0, via: '报名', absent: true }, { volunteerId: 'v3', at: 0, via: '换班', swappedFrom: 'v4' }]
  }

  it('credits each volunteer who served an ended shift, not the absent one', () => {
    expect(shiftPoints(shift, rules, T + 60 * MIN)).toEqual([])
    const entries = shiftPoints(shift, rules, T + 120 * MIN)
    expect(entries.map((e) => [e.volunteerId, e.points, e.hours, e.rule, e.sourceId])).toEqual([
      ['v1', 2, 2, '值班服务', 's1'],
      ['v3', 2, 2, '值班服务', 's1']
    ])
  })

  it('credits each attending volunteer once per meeting, nothing when the rule is off', () => {
    const m = { id: 'm1', at: T, title: '小院议事厅' }
    expect(meetingPoints(m, ['v1', 'v2'], rules).map((e) => [e.volunteerId, e.points, e.sourceTable])).toEqual([['v1', 3, 'meeting'], ['v2', 3, 'meeting']])
    expect(meetingPoints(m, ['v1'], { ...rules, perMeetingAttended: 0 })).toEqual([])
  })

  it('owes 参加议事 to volunteers signed in by person who had joined by the meeting day, none for a deleted meeting', () => {
    // T is 2026-03-09 08:00 China time
    const signed = (personId?: string) => ({ id: `a-${personId}`, name: '某人', role: '志愿者' as const, signedAt: T, ...(personId ? { personId } : {}) })
    const meeting = { at: T, attendance: [signed('p1'), signed('p2'), signed('p3'), signed()] }
    const volunteers = [
      { id: 'v1', personId: 'p1', since: '2025-04-01' },
      { id: 'v2', personId: 'p2', since: '2026-03-10' },
      { id: 'v3', personId: 'p3', since: '2026-03-09' },
      { id: 'v4', personId: 'p4', since: '2025-01-01' }
    ]
    expect(meetingAttendees(meeting, volunteers)).toEqual(['v1', 'v3'])
    expect(meetingAttendees({ ...meeting, deletedAt: T + 1 }, volunteers)).toEqual([])
    expect(meetingAttendees(meeting, [{ ...volunteers[0], deletedAt: T }])).toEqual([])
  })

  it('takes a manual award with a reason and non-zero points, deductions included', () => {
    expect(manualAward({ volunteerId: 'v1', points: 8, reason: ' 扫雪 ', at: T })).toMatchObject({ rule: '人工奖励', points: 8, note: '扫雪' })
    expect(manualAward({ volunteerId: 'v1', points: -5, reason: '无故缺勤', at: T }).points).toBe(-5)
    expect(() => manualAward({ volunteerId: 'v1', points: 0, reason: '扫雪', at: T })).toThrow('奖励积分不能为 0')
    let issues: string[] = []
    try {
      manualAward({ volunteerId: 'v1', points: 5, reason: '  ', at: T })
    } catch (err) {
      issues = (err as ValidationError).issues.map((i) => i.field)
    }
    expect(issues).toEqual(['reason'])
  })

  it('refuses a negative rule at its field', () => {
    expect(() => validatePointRules({ ...rules, perShiftServed: -1 })).toThrow('每值 1 个班积分须为 0 到 1000 之间的数')
    expect(validatePointRules({ ...rules, perPatrolHour: 12.345 }).perPatrolHour).toBe(12.35)
  })
})

describe('totals, ranking and stars', () => {
  const entries = [
    { volunteerId: 'v1', points: 60, hours: 6 },
    { volunteerId: 'v1', points: 45, hours: 4.5 },
    { volunteerId: 'v2', points: 40, hours: 4 },
    { volunteerId: 'v3', points: 40, hours: 5 },
    { volunteerId: 'v4', points: 29.99 },
    { volunteerId: 'v4', points: 100, deletedAt: 1 }
  ]

  it('sums points and hours per volunteer, skipping deleted lines', () => {
    const totals = totalsByVolunteer(entries)
    expect(totals.get('v1')).toEqual({ points: 105, hours: 10.5 })
    expect(totals.get('v4')).toEqual({ points: 29.99, hours: 0 })
  })

  it('ranks by points, then hours, and gives stars by the documented thresholds', () => {
    const names: Record<string, string> = { v1: '张秀英', v2: '李建国', v3: '王芳', v4: '赵强' }
    const ranked = rankVolunteers(totalsByVolunteer(entries), (id) => names[id])
    expect(ranked.map((r) => r.volunteerId)).toEqual(['v1', 'v3', 'v2', 'v4'])
    expect(monthlyStarsOf(ranked).map((r) => [r.name, r.stars])).toEqual([['张秀英', 5], ['王芳', 3], ['李建国', 3]])
    expect([starsFor(80), starsFor(79.99), starsFor(50), starsFor(30), starsFor(29.99)]).toEqual([5, 4, 4, 3, 0])
  })
})
