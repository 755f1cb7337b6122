import type { Meeting } from '@shared/domain/meetings'
import type { IcsEvent } from '@shared/io/ics'
import { agendaMinutes, meetingPlace } from './meetingFacts'

/** A meeting with no set length lasts as long as its agenda, or an hour and a half without one. */
const DEFAULT_MINUTES = 90

export function meetingMinutes(m: Pick<Meeting, 'durationMinutes' | 'agenda'>): number {
  return m.durationMinutes ?? (agendaMinutes(m.agenda) || DEFAULT_MINUTES)
}

/** Calendar events for meetings: the id keeps a re-exported meeting one event; the agenda goes in the description. */
export function meetingEvents(meetings: readonly Meeting[], placeName: (id: string) => string | undefined): IcsEvent[] {
  return meetings.map((m) => {
    const place = meetingPlace(m, placeName)
    const lines = [
      m.hostName ? `主持人：${m.hostName}` : '',
      m.recorderName ? `记录人：${m.recorderName}` : '',
      ...m.agenda.map((item, i) => `${i + 1}. ${item.title}（${item.minutes} 分钟）`)
    ].filter(Boolean)
    return {
      uid: `${m.id}@community-desk`,
      title: `${m.type}：${m.title}`,
      start: m.at,
      end: m.at + meetingMinutes(m) * 60_000,
      location: place === '—' ? undefined : place,
      description: lines.join('\n') || undefined
    }
  })
}
