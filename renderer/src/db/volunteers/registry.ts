import { chinaDay } from '@shared/domain/calendar'
import { fieldError, RecordNotFoundError } from '@shared/domain/errors'
import { maskName, maskPhone } from '@shared/domain/mask'
import type { Person } from '@shared/domain/org'
import { coverageOf } from '@shared/domain/volunteerCoverage'
import { type PersonFields, validatePartyEvaluation, validatePartyRegistration, validateTeam, validateVolunteer, type VolunteerFields } from '@shared/domain/volunteerForms'
import { totalsByVolunteer } from '@shared/domain/volunteerPoints'
import type { PartyRegistration, Team, Volunteer } from '@shared/domain/volunteers'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'
import type { PartyEvaluationInput, PartyRegistrationInput, TeamInput, VolunteerInput, VolunteerService, VolunteerView } from './contract'
import { auditRemoval, livePerson, liveVolunteer, liveVolunteers, placeNames, requirePlaces } from './store'

export const REGISTRY_TABLES = ['volunteer', 'person', 'team', 'place', 'grid', 'partyRegistration', 'outbox', 'auditEntry'] as const

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-Hans-CN')
const withTags = (tags: readonly string[], add: readonly string[]) => [...new Set([...tags, ...add])]

/**
 * The person a registration is about: an existing one (tagged), or a new one added to the registry.
 * A new person whose phone is already in the registry is refused: pick that resident instead.
 */
export async function resolvePerson(db: DeskDB, communityId: string, who: { personId?: string; person?: PersonFields }, tags: string[], ctx: WriteContext): Promise<Person> {
  const repo = repositoriesFor(db).person
  if (who.personId) {
    const person = await livePerson(db, who.personId, communityId)
    return tags.every((t) => person.tags.includes(t)) ? person : repo.update(person.id, { tags: withTags(person.tags, tags) }, ctx)
  }
  const fields = who.person!
  if (fields.phone) {
    const twin = await db.person.where('phone').equals(fields.phone).filter((p) => isLive(p) && p.communityId === communityId).first()
    if (twin) throw fieldError('person.phone', `居民名册中已有手机号 ${maskPhone(fields.phone)} 的“${twin.name}”，请直接从名册中选择`)
  }
  return repo.create(communityId, { ...fields, tags: ['居民', ...tags] }, ctx)
}

async function checkVolunteerRefs(db: DeskDB, communityId: string, v: { teamId?: string; placeIds: string[] }): Promise<void> {
  if (v.teamId) {
    const team = await db.team.get(v.teamId)
    if (!isLive(team) || team!.communityId !== communityId) throw fieldError('teamId', '所选管家团不存在或已删除，请重新选择')
  }
  await requirePlaces(db, v.placeIds, communityId)
}

async function refuseSecondRecord(db: DeskDB, person: Person, self: string | undefined): Promise<void> {
  const twin = await db.volunteer.where('personId').equals(person.id).filter((v) => isLive(v) && v.id !== self).first()
  if (twin) throw fieldError('personId', `${person.name}已在小巷管家名册中，请在名册里修改这条记录`)
}

/** 登记 a volunteer, inside the caller's transaction (the roster import commits many at once). */
export async function registerVolunteer(db: DeskDB, communityId: string, v: VolunteerFields, ctx: WriteContext): Promise<Volunteer> {
  await checkVolunteerRefs(db, communityId, v)
  const person = await resolvePerson(db, communityId, v, ['志愿者', '小巷管家'], ctx)
  await refuseSecondRecord(db, person, undefined)
  const { teamId, placeIds, skills, since, status } = v
  return repositoriesFor(db).volunteer.create(communityId, { personId: person.id, ...(teamId ? { teamId } : {}), placeIds, skills, since, status }, ctx)
}

/** Places taken off a volunteer or a team go to the audit log, named, in the caller's transaction. */
async function auditDroppedPlaces(db: DeskDB, communityId: string, target: string, before: readonly string[], after: readonly string[], ctx: WriteContext): Promise<void> {
  const dropped = before.filter((id) => !after.includes(id))
  if (!dropped.length) return
  const name = await placeNames(db, communityId)
  await auditRemoval(db, communityId, target, `移出负责点位：${dropped.map(name).join('、')}`, ctx)
}

type Registry = Pick<
  VolunteerService,
  'volunteers' | 'register' | 'updateVolunteer' | 'teams' | 'saveTeam' | 'partyMembers' | 'registerPartyMember' | 'evaluatePartyMember' | 'coverage'
>

export function createRegistry(db: DeskDB): Registry {
  const repos = repositoriesFor(db)
  // Dexie keeps its transaction zone across native awaits only for an async scope function
  const writing = <R>(fn: () => Promise<R>): Promise<R> => db.transaction('rw', [...REGISTRY_TABLES], async () => fn())

  return {
    volunteers: (communityId) =>
      db.transaction('r', ['volunteer', 'person', 'team', 'pointsEntry'], async () => {
        const volunteers = await liveVolunteers(db, communityId)
        const people = await db.person.bulkGet(volunteers.map((v) => v.personId))
        const teams = new Map((await db.team.where('communityId').equals(communityId).filter(isLive).toArray()).map((t) => [t.id, t]))
        const totals = totalsByVolunteer(await db.pointsEntry.where('communityId').equals(communityId).toArray())
        const views: VolunteerView[] = []
        volunteers.forEach((volunteer, i) => {
          const person = people[i]
          if (!person) return
          const team = volunteer.teamId ? teams.get(volunteer.teamId) : undefined
          views.push({ volunteer, person, ...(team ? { team } : {}), ...(totals.get(volunteer.id) ?? { points: 0, hours: 0 }) })
        })
        return views.sort((a, b) => byName(a.person, b.person))
      }),

    register: (communityId, input: VolunteerInput, ctx) => writing(() => registerVolunteer(db, communityId, validateVolunteer(input), ctx)),

    updateVolunteer: (id, patch, ctx) =>
      writing(async () => {
        const prev = await liveVolunteer(db, id)
        const has = (key: keyof VolunteerInput) => Object.prototype.hasOwnProperty.call(patch, key)
        const v = validateVolunteer({
          personId: has('personId') ? patch.personId : patch.person ? undefined : prev.personId,
          person: patch.person,
          teamId: has('teamId') ? patch.teamId : prev.teamId,
          placeIds: patch.placeIds ?? prev.placeIds,
          skills: patch.skills ?? prev.skills,
          since: patch.since ?? prev.since,
          status: patch.status ?? prev.status
        })
        await checkVolunteerRefs(db, prev.communityId, v)
        // a person typed on the edit form updates the volunteer's own registry entry
        const person = v.personId ? await resolvePerson(db, prev.communityId, v, ['志愿者', '小巷管家'], ctx) : await repos.person.update(prev.personId, v.person!, ctx)
        await refuseSecondRecord(db, person, id)
        const saved = await repos.volunteer.update(id, { personId: person.id, teamId: v.teamId, placeIds: v.placeIds, skills: v.skills, since: v.since, status: v.status }, ctx)
        await auditDroppedPlaces(db, prev.communityId, `小巷管家 ${maskName(person.name)}`, prev.placeIds, v.placeIds, ctx)
        return saved
      }),

    teams: async (communityId) => (await repos.team.list(communityId)).sort(byName),

    saveTeam: (communityId, input: TeamInput & { id?: string }, ctx) =>
      writing(async () => {
        const fields = validateTeam(input)
        const twin = await db.team.where('communityId').equals(communityId).filter((t) => isLive(t) && t.name === fields.name && t.id !== input.id).first()
        if (twin) throw fieldError('name', `已有名为“${fields.name}”的管家团，请换一个名称`)
        if (fields.leaderPersonId) await livePerson(db, fields.leaderPersonId, communityId, 'leaderPersonId')
        await requirePlaces(db, fields.placeIds, communityId)
        if (!input.id) return repos.team.create(communityId, fields, ctx)
        const prev = await repos.team.get(input.id)
        const saved = await repos.team.update(input.id, { leaderPersonId: undefined, note: undefined, ...fields } as Partial<Team>, ctx)
        await auditDroppedPlaces(db, communityId, `管家团 ${fields.name}`, prev?.placeIds ?? [], fields.placeIds, ctx)
        return saved
      }),

    partyMembers: (communityId) =>
      db.transaction('r', ['partyRegistration', 'person'], async () => {
        const registrations = await repos.partyRegistration.list(communityId)
        const people = await db.person.bulkGet(registrations.map((r) => r.personId))
        return registrations
          .map((registration, i) => ({ registration, person: people[i]! }))
          .filter((r) => r.person)
          .sort((a, b) => byName(a.person, b.person))
      }),

    registerPartyMember: (communityId, input: PartyRegistrationInput & { id?: string }, ctx) =>
      writing(async () => {
        const fields = validatePartyRegistration(input)
        const person = await resolvePerson(db, communityId, fields, ['党员'], ctx)
        const twin = await db.partyRegistration.where('personId').equals(person.id).filter((r) => isLive(r) && r.id !== input.id).first()
        if (twin) throw fieldError('personId', `${person.name}已在双报到名册中，请修改原有记录`)
        const row = { personId: person.id, employer: fields.employer, branch: fields.branch, registeredAt: fields.registeredAt, servicePosts: fields.servicePosts, active: fields.active }
        return input.id ? repos.partyRegistration.update(input.id, row, ctx) : repos.partyRegistration.create(communityId, row, ctx)
      }),

    evaluatePartyMember: (registrationId, input: PartyEvaluationInput, ctx) =>
      writing(async () => {
        const reg = await repos.partyRegistration.get(registrationId)
        if (!reg) throw new RecordNotFoundError('找不到这条双报到记录，可能已被删除，请刷新后重试')
        const evaluation = { ...validatePartyEvaluation(input, Number(chinaDay(ctx.now).slice(0, 4))), at: ctx.now, actor: ctx.actor }
        const evaluations = [...(reg.evaluations ?? []).filter((e) => e.year !== evaluation.year), evaluation].sort((a, b) => a.year - b.year)
        return repos.partyRegistration.update(registrationId, { evaluations } as Partial<PartyRegistration>, ctx)
      }),

    coverage: (communityId) =>
      db.transaction('r', ['place', 'grid', 'volunteer'], async () => {
        const [places, grids, volunteers] = await Promise.all([repos.place.list(communityId), repos.grid.list(communityId), liveVolunteers(db, communityId)])
        return coverageOf(places, grids.sort((a, b) => a.code.localeCompare(b.code)), volunteers)
      })
  }
}
