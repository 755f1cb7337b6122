import { monotonicFactory } from 'ulid'
import { RecordNotFoundError } from '@shared/domain/errors'
import type { Meeting, Proposal, Resolution, Vote } from '@shared/domain/meetings'
import type { MinutesParts } from '@shared/domain/minutesRules'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'

/** Reads and lookups shared by the 议事协商 service's parts. */

/** The tables a meeting write may touch besides the case tables. */
export const MEETING_TABLES = ['proposal', 'meeting', 'vote', 'resolution', 'attachment', 'outbox'] as const

const nextId = monotonicFactory()
/** Ids of lines inside a record (attendance, agenda items, actions, amendments), sortable by time. */
export const lineId = (now: number): string => nextId(now)

/** The object without its undefined fields, so stored rows carry no empty keys. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

export function meetingStore(db: DeskDB) {
  const repos = () => repositoriesFor(db)

  async function found<T>(row: T | undefined, message: string): Promise<T> {
    if (!isLive(row as { deletedAt?: number } | undefined)) throw new RecordNotFoundError(message)
    return row as T
  }

  const votes = async (meetingId: string): Promise<Vote[]> =>
    (await db.vote.where('meetingId').equals(meetingId).filter(isLive).toArray()).sort((a, b) => a.at - b.at || a.createdAt - b.createdAt)
  const resolutions = async (meetingId: string): Promise<Resolution[]> =>
    (await db.resolution.where('meetingId').equals(meetingId).filter(isLive).toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))

  return {
    repos,
    meeting: async (id: string): Promise<Meeting> => found(await db.meeting.get(id), '找不到这次会议，可能已被删除，请刷新后重试'),
    proposal: async (id: string): Promise<Proposal> => found(await db.proposal.get(id), '找不到这个议题，可能已被删除，请刷新后重试'),
    resolution: async (id: string): Promise<Resolution> => found(await db.resolution.get(id), '找不到这条决议，可能已被删除，请刷新后重试'),
    votes,
    resolutions,
    /** the votes and resolutions the minutes show */
    parts: async (meetingId: string): Promise<MinutesParts> => {
      const [v, r] = await Promise.all([votes(meetingId), resolutions(meetingId)])
      return { votes: v, resolutions: r }
    },
    /** one rw transaction over the meeting tables */
    writing: <R>(fn: () => Promise<R>): Promise<R> => db.transaction('rw', [...MEETING_TABLES], fn)
  }
}

export type MeetingStore = ReturnType<typeof meetingStore>
