import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../domain/calendar'
import { eligibleVoters, isOverdue, validateMeeting, validateProposal } from '../domain/meetingRules'
import { MEETING_TYPES, MINUTES_STATUSES } from '../domain/meetings'
import { generateDemoCommunity, seededIds } from './index'
import { generateDemoCases } from './cases'
import { generateDemoMeetings } from './meetings'

describe('demo meetings', () => {
  const now = Date.UTC(2026, 10, 25, 6)
  const org = generateDemoCommunity({ now })
  const cases = generateDemoCases(org, { now, phoneSalt: 's' }).case
  const data = generateDemoMeetings(org, cases, { seed: 3, now, ids: seededIds(9, now) })
  const { meeting, proposal, vote, resolution } = data

  it('holds 2–4 meetings a month of every type over two years, at the demo\'s places, each valid', () => {
    expect(meeting.length).toBeGreaterThanOrEqual(24 * 2)
    expect(meeting.length).toBeLessThanOrEqual(24 * 4 + 2)
    const first = Math.min(...meeting.map((m) => m.at))
    expect(now - first).toBeGreaterThan(690 * DAY_MS)
    expect(new Set(meeting.map((m) => m.type))).toEqual(new Set(MEETING_TYPES))
    const places = new Set(org.place.map((p) => p.id))
    for (const m of meeting) {
      expect(() => validateMeeting(m)).not.toThrow()
      if (m.placeId) expect(places.has(m.placeId)).toBe(true)
      expect(m.agenda.length).toBeGreaterThan(0)
    }
    expect(meeting.filter((m) => m.at > now).every((m) => m.attendance.length === 0 && m.minutesStatus === '草稿')).toBe(true)
  })

  it('has minutes in every status, each step a version, some published ones with addenda', () => {
    expect(new Set(meeting.map((m) => m.minutesStatus))).toEqual(new Set(MINUTES_STATUSES))
    for (const m of meeting) {
      expect(m.minutesVersions.map((v) => v.version)).toEqual(m.minutesVersions.map((_, i) => i + 1))
      expect(m.minutesVersions.every((v) => v.at <= now)).toBe(true)
      if (m.minutesStatus === '公示') expect(m.publishedAt).toBeLessThanOrEqual(now)
      if (m.minutesStatus === '通过' || m.minutesStatus === '公示') expect(m.amendments.every((a) => a.accepted !== undefined)).toBe(true)
    }
    const published = meeting.filter((m) => m.minutesStatus === '公示')
    expect(published.length).toBeGreaterThan(meeting.length * 0.8)
    expect(published.some((m) => m.addenda.length > 0)).toBe(true)
    expect(meeting.some((m) => m.minutesStatus === '征求意见' && m.amendments.some((a) => a.accepted === undefined))).toBe(true)
  })

  it('keeps votes within the eligible attendees, with a few failing', () => {
    const byId = new Map(meeting.map((m) => [m.id, m]))
    for (const v of vote) {
      const m = byId.get(v.meetingId)!
      expect(v.eligible).toBe(eligibleVoters(m.attendance))
      expect(v.yes + v.no + v.abstain).toBeLessThanOrEqual(v.eligible)
      expect(v.passed).toBe(v.yes + v.no + v.abstain >= v.quorum && v.yes * 2 > v.yes + v.no + v.abstain)
    }
    expect(vote.some((v) => !v.passed)).toBe(true)
    expect(meeting.every((m) => m.attendance.length === 0 || m.attendance.some((a) => !a.personId))).toBe(true)
  })

  it('has a topic pool with micro-proposals, topics from cases, 不立项 with reasons and some 待筛选', () => {
    for (const p of proposal) expect(() => validateProposal(p)).not.toThrow()
    const micro = proposal.filter((p) => p.source === '微提案' && p.budget)
    expect(micro.length).toBeGreaterThan(5)
    expect(micro.every((p) => p.proposerId && p.coSignerIds.length > 0)).toBe(true)
    const fromCases = proposal.filter((p) => p.source === '工单')
    expect(fromCases.length).toBeGreaterThan(3)
    const caseIds = new Set(cases.map((c) => c.id))
    expect(fromCases.every((p) => p.caseIds.length === 1 && caseIds.has(p.caseIds[0]))).toBe(true)
    expect(proposal.filter((p) => p.status === '不立项').every((p) => !!p.screeningReason)).toBe(true)
    expect(new Set(proposal.map((p) => p.status))).toEqual(new Set(['待筛选', '立项', '不立项', '已上会', '已办结']))
  })

  it('follows resolutions up: most done, some in progress, 2–3 overdue, 民评 on finished ones', () => {
    const actions = resolution.flatMap((r) => r.actions)
    const done = actions.filter((a) => a.status === '已完成')
    expect(done.length).toBeGreaterThan(actions.length / 2)
    expect(done.every((a) => a.progress === 100 && a.closedAt! <= now)).toBe(true)
    expect(actions.some((a) => a.status === '进行中' && !isOverdue(a, now))).toBe(true)
    const overdue = actions.filter((a) => isOverdue(a, now))
    expect(overdue.length).toBeGreaterThanOrEqual(2)
    expect(overdue.length).toBeLessThanOrEqual(3)
    const closed = resolution.filter((r) => r.closedAt !== undefined)
    expect(closed.filter((r) => r.ratings).length).toBeGreaterThan(closed.length / 2)
    expect(resolution.filter((r) => r.ratings).every((r) => r.closedAt !== undefined)).toBe(true)
  })

  it('is the same for the same seed', () => {
    const again = generateDemoMeetings(org, cases, { seed: 3, now, ids: seededIds(9, now) })
    expect(again).toEqual(data)
  })
})
