import { describe, expect, it } from 'vitest'
import { coverageOf } from '../domain/volunteerCoverage'
import { patrolPoints, shiftPoints } from '../domain/volunteerPoints'
import { overlappingShift } from '../domain/volunteerRules'
import { DEFAULT_POINT_RULES } from '../domain/volunteers'
import { generateDemoCases } from './cases'
import { generateDemoCommunity } from './index'
import { DEMO_UNCOVERED, generateDemoVolunteers } from './volunteers'

describe('demo volunteers', () => {
  const now = Date.UTC(2026, 10, 25, 6)
  const org = generateDemoCommunity({ now })
  const cases = generateDemoCases(org, { now, phoneSalt: 's' }).case
  const demo = generateDemoVolunteers(org, cases, { now })
  const people = new Map([...org.person, ...demo.person].map((p) => [p.id, p]))

  it('has 40 volunteers from the registry in four teams with leaders, and ten 双报到 party members', () => {
    expect(demo.volunteer).toHaveLength(40)
    expect(new Set(demo.volunteer.map((v) => v.personId)).size).toBe(40)
    for (const v of demo.volunteer) expect(people.get(v.personId)!.tags).toContain('志愿者')
    expect(demo.team).toHaveLength(4)
    for (const t of demo.team) expect(demo.volunteer.find((v) => v.personId === t.leaderPersonId)?.teamId).toBe(t.id)
    expect(demo.partyRegistration).toHaveLength(10)
    for (const r of demo.partyRegistration) expect(people.get(r.personId)!.tags).toContain('党员')
  })

  it('leaves a few places uncovered, whatever paused volunteers hold', () => {
    const cov = coverageOf(org.place, org.grid, demo.volunteer)
    expect(cov.places.filter((p) => p.volunteerIds.length === 0)).toHaveLength(DEMO_UNCOVERED)
    const paused = demo.volunteer.filter((v) => v.status !== '在岗').flatMap((v) => v.placeIds)
    expect(cov.places.some((p) => p.volunteerIds.length === 0 && paused.includes(p.placeId))).toBe(true)
  })

  it('rosters a year of weekly shifts without double bookings, with gaps ahead and a few absences', () => {
    expect(demo.shift.length).toBeGreaterThanOrEqual(8 * 52)
    for (const s of demo.shift) for (const x of s.signups) expect(overlappingShift(s, x.volunteerId, demo.shift)).toBeUndefined()
    const ahead = demo.shift.filter((s) => s.start > now)
    expect(ahead.some((s) => s.signups.length < s.needed)).toBe(true)
    expect(demo.shift.filter((s) => s.end <= now).flatMap((s) => s.signups).filter((x) => x.absent).length).toBeGreaterThan(0)
  })

  it('has patrols with 十无 checklists and findings, some handled on the spot, some the demo\'s 小巷管家上报 cases', () => {
    expect(demo.patrol.length).toBeGreaterThan(300)
    for (const p of demo.patrol) {
      expect(p.endedAt).toBeLessThanOrEqual(now)
      expect(Object.keys(p.checklist)).toHaveLength(10)
    }
    const findings = demo.patrol.flatMap((p) => p.findings)
    expect(findings.filter((f) => f.handling === '当场劝导').every((f) => f.handledNote)).toBe(true)
    const turned = findings.filter((f) => f.handling === '转为工单')
    expect(turned.length).toBeGreaterThan(10)
    const byId = new Map(cases.map((c) => [c.id, c]))
    for (const f of turned) expect(byId.get(f.caseId!)?.source).toBe('小巷管家上报')
  })

  it('keeps a ledger the rules would give, plus a few manual awards', () => {
    const byRule = (rule: string) => demo.pointsEntry.filter((e) => e.rule === rule)
    const expected = [...demo.patrol.flatMap((p) => patrolPoints(p, DEFAULT_POINT_RULES)), ...demo.shift.flatMap((s) => shiftPoints(s, DEFAULT_POINT_RULES, now))]
    const sum = (xs: { points: number }[]) => Math.round(xs.reduce((a, e) => a + e.points, 0) * 100)
    expect(sum(demo.pointsEntry.filter((e) => e.rule !== '人工奖励'))).toBe(sum(expected))
    expect(byRule('值班服务').length).toBeGreaterThan(500)
    expect(byRule('人工奖励').every((e) => e.note)).toBe(true)
  })

  it('is the same for the same seed', () => {
    expect(generateDemoVolunteers(org, cases, { now })).toEqual(demo)
  })
})
