import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { autoBackupName, parseAutoBackupName, planRotation, type AutoBackupReason } from './rotation'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** A moment in China time: 2026-11-25 18:00 is chinaAt(2026, 11, 25, 18). */
const chinaAt = (y: number, m: number, d: number, h = 9) => Date.UTC(y, m - 1, d, h - 8)
const entry = (createdAt: number, reason: AutoBackupReason = 'daily') => ({ name: autoBackupName(createdAt, reason), reason, createdAt })
const dayOf = (name: string) => new Date(parseAutoBackupName(name)!.createdAt + 8 * HOUR).toISOString().slice(0, 10)

describe('automatic backup names', () => {
  it('carry the UTC moment and the reason, and read back exactly', () => {
    const at = Date.UTC(2026, 10, 25, 6, 30, 0, 123)
    expect(autoBackupName(at, 'daily')).toBe('auto-2026-11-25T06-30-00-123Z-daily.cdbak')
    expect(parseAutoBackupName('auto-2026-11-25T06-30-00-123Z-pre-migration.cdbak')).toEqual({ createdAt: at, reason: 'pre-migration' })
  })

  it('refuse paths, other files and impossible dates', () => {
    for (const name of [
      '../auto-2026-11-25T06-30-00-123Z-daily.cdbak',
      'auto-2026-11-25T06-30-00-123Z-daily.cdbak/../../x',
      'auto-2026-11-25T06-30-00-123Z-daily.cdbak.tmp',
      'auto-2026-13-40T06-30-00-123Z-daily.cdbak',
      'auto-2026-11-25T06-30-00-123Z-weekly.cdbak',
      '社区接诉即办-备份-2026-11-25.cdbak',
      ''
    ]) expect(parseAutoBackupName(name), name).toBeNull()
  })

  it('round-trip any moment and reason', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(9999, 0, 1) }), fc.constantFrom<AutoBackupReason>('daily', 'pre-migration'), (at, reason) => {
        expect(parseAutoBackupName(autoBackupName(at, reason))).toEqual({ createdAt: at, reason })
      })
    )
  })
})

describe('planRotation', () => {
  it('keeps 7 days, 4 ISO weeks and 12 months of daily backups', () => {
    const now = chinaAt(2026, 11, 25, 18) // a Wednesday
    const all = Array.from({ length: 400 }, (_, i) => entry(chinaAt(2026, 11, 25) - i * DAY))
    const plan = planRotation(all, now)
    expect(plan.keep.map(dayOf)).toEqual([
      // days
      '2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19',
      // weeks beginning 11-09 and 11-02 (11-23 and 11-16 are already kept as days)
      '2026-11-15', '2026-11-08',
      // months
      '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30', '2026-05-31', '2026-04-30',
      '2026-03-31', '2026-02-28', '2026-01-31', '2025-12-31'
    ])
    expect(plan.keep.length + plan.remove.length).toBe(400)
  })

  it('keeps only the newest backup of a day', () => {
    const now = chinaAt(2026, 11, 25, 18)
    const morning = entry(chinaAt(2026, 11, 25, 8))
    const noon = entry(chinaAt(2026, 11, 25, 12))
    expect(planRotation([morning, noon], now)).toEqual({ keep: [noon.name], remove: [morning.name] })
  })

  it('counts days in China time: 23:30 and 00:30 are two days', () => {
    const now = chinaAt(2026, 11, 25, 9)
    const late = entry(chinaAt(2026, 11, 24, 23) + 30 * 60_000)
    const early = entry(chinaAt(2026, 11, 25, 0) + 30 * 60_000)
    expect(planRotation([late, early], now).remove).toEqual([])
  })

  it('keeps pre-migration backups for a year, the newest one always, apart from the daily buckets', () => {
    const now = chinaAt(2026, 11, 25, 18)
    const recent = entry(chinaAt(2026, 6, 1), 'pre-migration')
    const old = entry(chinaAt(2025, 6, 1), 'pre-migration')
    const older = entry(chinaAt(2024, 6, 1), 'pre-migration')
    const daily = entry(chinaAt(2026, 11, 25, 10))
    expect(planRotation([older, old, recent, daily], now)).toEqual({ keep: [daily.name, recent.name], remove: [old.name, older.name] })
    expect(planRotation([older, old], now)).toEqual({ keep: [old.name], remove: [older.name] })
  })

  it('keeps pre-restore backups like pre-migration ones, never in place of a daily one', () => {
    const now = chinaAt(2026, 11, 25, 18)
    const restored = entry(chinaAt(2026, 11, 25, 9), 'pre-restore')
    const oldRestore = entry(chinaAt(2025, 1, 1), 'pre-restore')
    const olderRestore = entry(chinaAt(2024, 1, 1), 'pre-restore')
    const daily = entry(chinaAt(2026, 11, 25, 10))
    expect(planRotation([olderRestore, oldRestore, restored, daily], now)).toEqual({ keep: [daily.name, restored.name], remove: [oldRestore.name, olderRestore.name] })
    expect(parseAutoBackupName(restored.name)).toEqual({ createdAt: restored.createdAt, reason: 'pre-restore' })
  })

  it('keeps the last daily backup of a desk left unused for two years', () => {
    const last = entry(chinaAt(2024, 11, 1))
    const before = entry(chinaAt(2024, 10, 31))
    expect(planRotation([before, last], chinaAt(2026, 11, 25))).toEqual({ keep: [last.name], remove: [before.name] })
  })

  it('keeps a backup dated after now (a clock set back) rather than guess', () => {
    const now = chinaAt(2026, 11, 25, 18)
    const future = entry(now + 40 * DAY)
    expect(planRotation([future, entry(now - HOUR)], now).keep).toContain(future.name)
  })

  const backups = fc.uniqueArray(
    fc.record({ at: fc.integer({ min: 0, max: 900 * DAY }), reason: fc.constantFrom<AutoBackupReason>('daily', 'daily', 'pre-migration') }),
    { selector: (b) => b.at, maxLength: 120 }
  )
  const start = chinaAt(2025, 1, 1)

  it('splits every backup into keep or remove, keeps the newest, and a kept set stays kept', () => {
    fc.assert(
      fc.property(backups, fc.integer({ min: 0, max: 1000 * DAY }), (list, offset) => {
        const all = list.map((b) => entry(start + b.at, b.reason))
        const now = start + offset
        const plan = planRotation(all, now)
        expect([...plan.keep, ...plan.remove].sort()).toEqual(all.map((e) => e.name).sort())
        const newest = all.filter((e) => e.createdAt <= now).sort((a, b) => b.createdAt - a.createdAt)[0]
        if (newest) expect(plan.keep).toContain(newest.name)
        expect(plan.keep.filter((n) => n.endsWith('-daily.cdbak') && parseAutoBackupName(n)!.createdAt <= now).length).toBeLessThanOrEqual(7 + 4 + 12)
        expect(planRotation(all.filter((e) => plan.keep.includes(e.name)), now).remove).toEqual([])
      })
    )
  })

  it('rotating after every backup leaves what one rotation over them all would', () => {
    fc.assert(
      fc.property(backups, (list) => {
        const all = list.map((b) => entry(start + b.at, b.reason)).sort((a, b) => a.createdAt - b.createdAt)
        let folder: typeof all = []
        for (const next of all) {
          folder = [...folder, next]
          const { keep } = planRotation(folder, next.createdAt)
          folder = folder.filter((e) => keep.includes(e.name))
        }
        const last = all.at(-1)?.createdAt ?? start
        expect(folder.map((e) => e.name).sort()).toEqual(planRotation(all, last).keep.sort())
      })
    )
  })
})
