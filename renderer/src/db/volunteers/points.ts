import { RecordNotFoundError } from '@shared/domain/errors'
import { periodRange } from '@shared/domain/period'
import { manualAward, meetingPoints, monthlyStarsOf, rankVolunteers, totalsByVolunteer, validatePointRules, type RankedVolunteer } from '@shared/domain/volunteerPoints'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { VolunteerService } from './contract'
import { addEntries, creditsOf, liveVolunteer, liveVolunteers, readPointRules, volunteerNames } from './store'

type Points = Pick<VolunteerService, 'pointRules' | 'setPointRules' | 'ledger' | 'award' | 'creditMeeting' | 'ranking' | 'monthlyStars'>

export function createPoints(db: DeskDB): Points {
  const repos = repositoriesFor(db)

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
      db.transaction('rw', ['meeting', 'volunteer', 'pointsEntry', 'outbox', 'setting'], async () => {
        const meeting = await db.meeting.get(meetingId)
        if (!isLive(meeting) || meeting!.communityId !== communityId) throw new RecordNotFoundError('找不到这次议事会议，可能已被删除，请刷新后重试')
        const attended = new Set(meeting!.attendance.map((a) => a.personId).filter((id): id is string => !!id))
        const volunteers = (await liveVolunteers(db, communityId)).filter((v) => attended.has(v.personId))
        const credited = new Set((await creditsOf(db, volunteers.map((v) => v.id), 'meeting', meetingId)).map((e) => e.volunteerId))
        const due = volunteers.filter((v) => !credited.has(v.id)).map((v) => v.id)
        return addEntries(db, communityId, meetingPoints(meeting!, due, await readPointRules(db)), ctx)
      }),

    ranking,

    monthlyStars: async (communityId, month) => {
      const [from, to] = periodRange(month)
      return monthlyStarsOf(await ranking(communityId, { from, to }))
    }
  }
}
