import { MINUTES_STATUSES, type AgendaItem, type Meeting, type MinutesStatus } from '@shared/domain/meetings'

/** The step after `status`, or null once 公示. */
export function nextMinutesStatus(status: MinutesStatus): MinutesStatus | null {
  const i = MINUTES_STATUSES.indexOf(status)
  return MINUTES_STATUSES[i + 1] ?? null
}

/** Minutes are fixed once 通过 (and locked once 公示); only addenda follow. */
export const minutesLocked = (status: MinutesStatus): boolean => status === '通过' || status === '公示'

export const agendaMinutes = (items: readonly Pick<AgendaItem, 'minutes'>[]): number => items.reduce((sum, i) => sum + i.minutes, 0)

/** The time box left of the running item in ms (negative once over), or null when it has not started. */
export function timeLeft(item: Pick<AgendaItem, 'minutes' | 'startedAt' | 'endedAt'>, now: number): number | null {
  if (item.startedAt === undefined) return null
  const end = item.endedAt ?? now
  return item.startedAt + item.minutes * 60_000 - end
}

/** '07:05' for a countdown; '-01:30' once over time. */
export function formatCountdown(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  const total = Math.floor(Math.abs(ms) / 1000)
  const mm = String(Math.floor(total / 60)).padStart(2, '0')
  const ss = String(total % 60).padStart(2, '0')
  return `${sign}${mm}:${ss}`
}

/** Where the meeting is held, as text. */
export const meetingPlace = (m: Pick<Meeting, 'placeId' | 'location'>, placeName: (id: string) => string | undefined): string =>
  [m.placeId ? placeName(m.placeId) : undefined, m.location].filter(Boolean).join(' · ') || '—'


/** The 公示 period: from publication for `days` natural days. */
export const noticeUntil = (publishedAt: number, days = 7): number => publishedAt + days * 86_400_000
