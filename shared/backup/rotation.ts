import { CHINA_OFFSET_MS } from '../domain/dates'

/**
 * Automatic backups on the desktop: their file names and which of them to keep.
 * Days, ISO weeks and months are China calendar ones (UTC+8), like every day in the desk.
 */

export const AUTO_BACKUP_REASONS = ['daily', 'pre-migration', 'pre-restore'] as const
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number]

export interface AutoBackupEntry {
  name: string
  reason: AutoBackupReason
  createdAt: number
  size: number
}

/** What the rotation keeps; every bucket holds the newest daily backup of its period. */
export const ROTATION = {
  days: 7,
  weeks: 4,
  months: 12,
  /** pre-migration and pre-restore backups are kept this many days, and the newest of each always */
  preMigrationDays: 365
} as const

const DAY_MS = 86_400_000
const NAME = /^auto-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|pre-migration|pre-restore)\.cdbak$/

/** `auto-2026-11-25T06-30-00-123Z-daily.cdbak`: the UTC moment it was made, safe on every file system. */
export function autoBackupName(createdAt: number, reason: AutoBackupReason): string {
  const stamp = new Date(createdAt).toISOString().replace(/:/g, '-').replace('.', '-')
  return `auto-${stamp}-${reason}.cdbak`
}

/** The moment and reason of an automatic backup's file name; null for any other name (a path never parses). */
export function parseAutoBackupName(name: string): { createdAt: number; reason: AutoBackupReason } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number)
  const createdAt = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  // Rejects 2026-13-40 and the like: the name must be exactly what autoBackupName writes.
  if (autoBackupName(createdAt, m[8] as AutoBackupReason) !== name) return null
  return { createdAt, reason: m[8] as AutoBackupReason }
}

/** Days since 1970-01-01 in China time. */
const chinaDay = (ms: number): number => Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS)
/** The China day of the Monday that starts the ISO week (1970-01-01 was a Thursday). */
const isoWeekStart = (ms: number): number => {
  const day = chinaDay(ms)
  return day - ((day + 3) % 7)
}
const chinaMonth = (ms: number): number => {
  const d = new Date(ms + CHINA_OFFSET_MS)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}

export interface RotationPlan {
  keep: string[]
  remove: string[]
}

/**
 * Which automatic backups to keep at `now`: the newest daily backup of each of the last 7 days, of each of
 * the last 4 ISO weeks and of each of the last 12 months (the current one counted in each); every
 * pre-migration and pre-restore backup younger than a year; the newest backup of each kind whatever its age; anything dated after `now`
 * (a clock set back) is kept rather than guessed about.
 */
export function planRotation(entries: readonly Pick<AutoBackupEntry, 'name' | 'reason' | 'createdAt'>[], now: number): RotationPlan {
  const keep = new Set<string>()
  const newestFirst = [...entries].sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name))
  const buckets: { age: (e: { createdAt: number }) => number; limit: number; taken: Set<number> }[] = [
    { age: (e) => chinaDay(now) - chinaDay(e.createdAt), limit: ROTATION.days, taken: new Set() },
    { age: (e) => (isoWeekStart(now) - isoWeekStart(e.createdAt)) / 7, limit: ROTATION.weeks, taken: new Set() },
    { age: (e) => chinaMonth(now) - chinaMonth(e.createdAt), limit: ROTATION.months, taken: new Set() }
  ]
  const seen = new Set<AutoBackupReason>()
  for (const entry of newestFirst) {
    if (entry.createdAt > now) {
      keep.add(entry.name)
      continue
    }
    // However long the desk stood unused, the newest backup of each kind survives.
    if (!seen.has(entry.reason)) keep.add(entry.name)
    seen.add(entry.reason)
    if (entry.reason !== 'daily') {
      if (now - entry.createdAt < ROTATION.preMigrationDays * DAY_MS) keep.add(entry.name)
      continue
    }
    for (const bucket of buckets) {
      const age = bucket.age(entry)
      if (age < bucket.limit && !bucket.taken.has(age)) {
        bucket.taken.add(age)
        keep.add(entry.name)
      }
    }
  }
  return {
    keep: newestFirst.filter((e) => keep.has(e.name)).map((e) => e.name),
    remove: newestFirst.filter((e) => !keep.has(e.name)).map((e) => e.name)
  }
}
