import { RecordNotFoundError } from '@shared/domain/errors'
import { periodRange } from '@shared/domain/period'
import type { Meeting } from '@shared/domain/meetings'
import { manualAward, meetingAttendees, meetingPoints, monthlyStarsOf, rankVolunteers, totalsByVolunteer, validatePointRules, type RankedVolunteer } from '@shared/domain/volunteerPoints'
import type { PointsEntry, Volunteer } from '@shared/domain/volunteers'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'
import type { VolunteerService } from './contract'
import { DAY, addEntries, liveVolunteer, liveVolunteers, readPointRules, removeEntries, volunteerNames } from './store'

const MEETING_CREDIT_TABLES = ['meeting', 'volunteer', 'pointsEntry', 'outbox', 'setting'] as const

type Points = Pick<VolunteerService, 'pointRules' | 'setPointRules' | 'ledger' | 'award' | 'creditMeeting' | 'ranking' | 'monthlyStars'> & {
  /** 参加议事 for meetings held in the 90 days before `ctx.now`, each volunteer once; returns the new lines */
  settleMeetings(communityId: string, ctx: WriteContext): Promise<PointsEntry[]>
}

/** The live 参加议事 lines of the community, by meeting id. */
async function meetingCredits(db: DeskDB, communityId: string): Promise<Map<string, PointsEntry[]>> {
  const rows = await db.pointsEntry.where('communityId').equals(communityId).filter((e) => isLive(e) && e.sourceTable === 'meeting').toArray()
  const out = new Map<string, PointsEntry[]>()
  for (const e of rows) out.set(e.sourceId!, [...(out.get(e.sourceId!) ?? []), e])
  return out
}

export function createPoints(db: DeskDB): Points {
  const repos = repositoriesFor(db)

  /** Makes the meeting's 参加议事 lines match who signed in: adds the missing, removes the stale. */
  async function syncMeeting(meeting: Meeting, volunteers: readonly Volunteer[], existing: readonly PointsEntry[], ctx: WriteContext): Promise<PointsEntry[]> {
    const due = meetingAttendees(meeting, volunteers)
    const keeps = (e: PointsEntry) => due.includes(e.volunteerId) && e.at === meeting.at
    await removeEntries(db, existing.filter((e) => !keeps(e)), ctx)
    const credited = new Set(existing.filter(keeps).map((e) => e.volunteerId))
    return addEntries(db, meeting.communityId, meetingPoints(meeting, due.filter((id) => !credited.has(id)), await readPointRules(db)), ctx)
  }

  /** Points per volunteer in [from, to), read through the `at` index. */
  const ranking = (communityId: string, { from, to }: { from: number; to: number }): Promise<RankedVolunteer[]> =>
    db.transaction('r', ['pointsEntry', 'volunteer', 'person'], async () => {
      const entries = await db.pointsEntry.where('at').between(from, to, true, false).filter((e) => isLive(e) && e.communityId === communityId).toArray()
      const names = await volunteerNames(db, await liveVolunteers(db, communityId))
      const totals = totalsByVolunteer(entries.filter((e) => names.has(e.volunteerId)))
      return rankVolunteers(totals, (id) => names.get(id)!)
    })

  return {
    pointRules: () => readPointRules(db),

    setPointRules: async (rules, ctx) => {
      await repos.setting.set('volunteers.pointRules', validatePointRules(rules), ctx)
    },

    ledger: async (volunteerId) => {
      const rows = await db.pointsEntry.where('volunteerId').equals(volunteerId).filter(isLive).toArray()
      return rows.sort((a, b) => b.at - a.at || b.createdAt - a.createdAt)
    },

    award: (communityId, input, ctx) =>
      db.transaction('rw', ['pointsEntry', 'volunteer', 'outbox'], async () => {
        const draft = manualAward(input)
        await liveVolunteer(db, draft.volunteerId, communityId)
        return repos.pointsEntry.create(communityId, draft, ctx)
      }),

    creditMeeting: (communityId, meetingId, ctx) =>
      db.transaction('rw', [...MEETING_CREDIT_TABLES], async () => {
        const meeting = await db.meeting.get(meetingId)
        if (!isLive(meeting) || meeting!.communityId !== communityId) throw new RecordNotFoundError('找不到这次议事会议，可能已被删除，请刷新后重试')
        const credits = (await meetingCredits(db, communityId)).get(meetingId) ?? []
        return syncMeeting(meeting!, await liveVolunteers(db, communityId), credits, ctx)
      }),

    settleMeetings: (communityId, ctx) =>
      db.transaction('rw', [...MEETING_CREDIT_TABLES], async () => {
        // deleted meetings are read too, so the lines they earned go with them
        const meetings = await db.meeting.where('at').between(ctx.now - 90 * DAY, ctx.now, true, true).filter((m) => m.communityId === communityId).toArray()
        const credits = await meetingCredits(db, communityId)
        const volunteers = await liveVolunteers(db, communityId)
        const out: PointsEntry[] = []
        for (const meeting of meetings) out.push(...(await syncMeeting(meeting, volunteers, credits.get(meeting.id) ?? [], ctx)))
        return out
      }),

    ranking,

    monthlyStars: async (communityId, month) => {
      const [from, to] = periodRange(month)
      return monthlyStarsOf(await ranking(communityId, { from, to }))
    }
  }
}
