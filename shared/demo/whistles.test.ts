import { describe, expect, it } from 'vitest'
import { reportState } from '../domain/whistleRules'
import { generateDemoCommunity } from './index'
import { generateDemoCases } from './cases'

const NOW = Date.UTC(2026, 10, 25, 6, 30)
const d = generateDemoCases(generateDemoCommunity({ seed: 5, now: NOW }), { seed: 5, now: NOW, phoneSalt: 'salt' })

describe('demo whistles', () => {
  it('has about 40 whistles over two years, two or three units each', () => {
    expect(d.whistle.length).toBeGreaterThanOrEqual(38)
    expect(d.whistle.length).toBeLessThanOrEqual(42)
    for (const w of d.whistle) {
      const reports = d.whistleReport.filter((r) => r.whistleId === w.id)
      expect(reports.map((r) => r.unitId)).toEqual(w.unitIds)
      expect(reports.length).toBeGreaterThanOrEqual(2)
      expect(reports.length).toBeLessThanOrEqual(3)
    }
    const days = d.whistle.map((w) => w.at)
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(600 * 86_400_000)
  })

  it('closes old whistles with every unit arrived, reported and rated; a few arrived late', () => {
    const closed = d.whistle.filter((w) => w.status === '已完成')
    const reports = d.whistleReport.filter((r) => closed.some((w) => w.id === r.whistleId))
    expect(reports.every((r) => r.arrivedAt !== undefined && r.result && r.rating && r.onTime === r.arrivedAt <= r.arrivalDeadline)).toBe(true)
    const late = reports.filter((r) => r.onTime === false).length
    expect(late).toBeGreaterThanOrEqual(2)
    expect(late).toBeLessThan(reports.length / 4)
  })

  it('has one or two open whistles now, with a late arrival and a unit overdue on the board', () => {
    const open = d.whistle.filter((w) => w.status === '已吹哨' || w.status === '处置中')
    expect(open.length).toBeGreaterThanOrEqual(1)
    expect(open.length).toBeLessThanOrEqual(2)
    const states = d.whistleReport.filter((r) => open.some((w) => w.id === r.whistleId)).map((r) => reportState(r, NOW))
    expect(states).toContain('late')
    expect(states).toContain('overdue')
  })

  it('links each whistle to its case: the case row carries it and its timeline shows it', () => {
    for (const w of d.whistle) {
      const [caseId] = w.caseIds
      expect(d.case.find((c) => c.id === caseId)?.whistleId).toBe(w.id)
      expect(d.caseEvent.some((e) => e.caseId === caseId && e.type === 'whistle' && e.payload?.whistleId === w.id)).toBe(true)
    }
    const openCases = d.whistle.filter((w) => w.status !== '已完成').map((w) => d.case.find((c) => c.id === w.caseIds[0])!.status)
    expect(openCases.every((s) => s !== '已办结')).toBe(true)
  })
})
