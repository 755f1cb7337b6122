import { RecordNotFoundError, RefusedError, ValidationError, fieldError } from '@shared/domain/errors'
import { maskName } from '@shared/domain/mask'
import { rosterSlots, slotOf } from '@shared/domain/volunteerCoverage'
import { shiftPoints } from '@shared/domain/volunteerPoints'
import { MAX_SPAN_MS, checkNoOverlap, formatSpan, validateShift } from '@shared/domain/volunteerRules'
import type { PointsEntry, Shift, ShiftSignup, Volunteer } from '@shared/domain/volunteers'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'
import type { ShiftInput, VolunteerService } from './contract'
import { DAY, WEEK, addEntries, auditRemoval, creditsOf, livePlace, liveVolunteer, nameOfVolunteer, placeNames, readPointRules, removeEntries } from './store'

export const ROSTER_TABLES = ['shift', 'volunteer', 'person', 'place', 'pointsEntry', 'outbox', 'setting', 'auditEntry'] as const

type Roster = Pick<
  VolunteerService,
  'week' | 'addShift' | 'updateShift' | 'removeShift' | 'assign' | 'unassign' | 'swap' | 'markAbsent' | 'repeatWeek' | 'shiftsOf'
> & {
  /** 值班服务 points for shifts that ended in the 90 days before `ctx.now`, each once; returns the new lines */
  settleShifts(communityId: string, ctx: WriteContext): Promise<PointsEntry[]>
}

const shiftsStarting = (db: DeskDB, communityId: string, from: number, to: number): Promise<Shift[]> =>
  db.shift.where('start').between(from, to, true, false).filter((s) => isLive(s) && s.communityId === communityId).toArray()

/** Makes the shift's 值班服务 lines match who served it (after it ended): adds the missing, removes the stale. */
async function syncCredits(db: DeskDB, shift: Shift, prev: Shift | undefined, ctx: WriteContext): Promise<PointsEntry[]> {
  const involved = [...shift.signups, ...(prev?.signups ?? [])].map((s) => s.volunteerId)
  const existing = await creditsOf(db, involved, 'shift', shift.id)
  const wanted = isLive(shift) ? shiftPoints(shift, await readPointRules(db), ctx.now) : []
  const keeps = (e: PointsEntry) => wanted.some((w) => w.volunteerId === e.volunteerId && w.at === e.at && w.hours === e.hours)
  await removeEntries(db, existing.filter((e) => !keeps(e)), ctx)
  const kept = existing.filter(keeps)
  return addEntries(db, shift.communityId, wanted.filter((w) => !kept.some((e) => e.volunteerId === w.volunteerId)), ctx)
}

export function createRoster(db: DeskDB): Roster {
  const repo = () => repositoriesFor(db).shift
  // Dexie keeps its transaction zone across native awaits only for an async scope function
  const writing = <R>(fn: () => Promise<R>): Promise<R> => db.transaction('rw', [...ROSTER_TABLES], async () => fn())

  async function liveShift(id: string): Promise<Shift> {
    const row = await repo().get(id)
    if (!row) throw new RecordNotFoundError('找不到这个班次，可能已被删除，请刷新后重试')
    return row
  }

  /** '班次 安和广场 2026-03-14 08:00–10:00', as the audit log names a shift */
  async function shiftLabel(shift: Shift): Promise<string> {
    return `班次 ${(await placeNames(db, shift.communityId))(shift.placeId)} ${formatSpan(shift.start, shift.end)}`
  }

  /** the volunteers' names masked (张**), as the append-only audit log keeps them */
  async function maskedNames(ids: readonly string[]): Promise<string> {
    const names: string[] = []
    for (const id of ids) {
      const volunteer = await db.volunteer.get(id)
      names.push(volunteer ? maskName(await nameOfVolunteer(db, volunteer)) : '（已删除的小巷管家）')
    }
    return names.join('、')
  }

  async function requireActive(volunteer: Volunteer): Promise<void> {
    if (volunteer.status !== '在岗') throw new RefusedError(`${await nameOfVolunteer(db, volunteer)}目前是“${volunteer.status}”状态，不能排班；恢复在岗后再安排`)
  }

  /** Refuses `span` when the volunteer holds an overlapping shift. */
  async function requireFree(volunteer: Volunteer, span: { id?: string; start: number; end: number }): Promise<void> {
    const nearby = await shiftsStarting(db, volunteer.communityId, span.start - MAX_SPAN_MS, span.end)
    checkNoOverlap(span, { id: volunteer.id, name: await nameOfVolunteer(db, volunteer) }, nearby, await placeNames(db, volunteer.communityId))
  }

  const available = async (volunteer: Volunteer, span: { id?: string; start: number; end: number }) => {
    await requireActive(volunteer)
    await requireFree(volunteer, span)
  }

  /** Writes the shift's new signups (or fields) and keeps its ledger lines in step. */
  async function save(prev: Shift, patch: Partial<Shift>, ctx: WriteContext): Promise<Shift> {
    const next = await repo().update(prev.id, patch, ctx)
    await syncCredits(db, next, prev, ctx)
    return next
  }

  function signupOf(shift: Shift, volunteerId: string): ShiftSignup {
    const found = shift.signups.find((s) => s.volunteerId === volunteerId)
    if (!found) throw new RefusedError('这位小巷管家不在这个班次上，请刷新后重试')
    return found
  }

  return {
    week: (communityId, weekStart) => db.transaction('r', ['shift'], async () => rosterSlots(await shiftsStarting(db, communityId, weekStart, weekStart + WEEK))),

    addShift: (communityId, input: ShiftInput, ctx) =>
      writing(async () => {
        const fields = validateShift(input)
        await livePlace(db, fields.placeId, communityId)
        return repo().create(communityId, { ...fields, signups: [] }, ctx)
      }),

    updateShift: (id, patch, ctx) =>
      writing(async () => {
        const prev = await liveShift(id)
        const fields = validateShift({ placeId: prev.placeId, start: prev.start, end: prev.end, needed: prev.needed, note: prev.note, ...patch })
        await livePlace(db, fields.placeId, prev.communityId)
        const filled = slotOf(prev).filled
        if (fields.needed < filled) throw new ValidationError([{ field: 'needed', message: `已有 ${filled} 人在这个班次上，需要人数不能少于 ${filled}` }])
        if (fields.start !== prev.start || fields.end !== prev.end) {
          // a volunteer who has since paused keeps a shift already agreed; only a clash of times blocks the move
          for (const s of prev.signups) {
            const volunteer = await db.volunteer.get(s.volunteerId)
            if (!isLive(volunteer)) continue
            // the clash is told beside the start time, where the coordinator moves the shift
            await requireFree(volunteer!, { id, start: fields.start, end: fields.end }).catch((err: unknown) => {
              throw err instanceof RefusedError ? fieldError('start', err.message) : err
            })
          }
        }
        return save(prev, { note: undefined, ...fields }, ctx)
      }),

    removeShift: (id, ctx) =>
      writing(async () => {
        const prev = await liveShift(id)
        await repo().remove(id, ctx)
        await syncCredits(db, { ...prev, deletedAt: ctx.now }, prev, ctx)
        const people = await maskedNames(prev.signups.map((s) => s.volunteerId))
        await auditRemoval(db, prev.communityId, await shiftLabel(prev), people ? `删除班次，同时取消${people}的排班` : '删除班次', ctx)
      }),

    assign: (shiftId, volunteerId, via, ctx) =>
      writing(async () => {
        const shift = await liveShift(shiftId)
        const volunteer = await liveVolunteer(db, volunteerId, shift.communityId)
        if (shift.signups.some((s) => s.volunteerId === volunteerId)) throw new RefusedError(`${await nameOfVolunteer(db, volunteer)}已在这个班次上`)
        const slot = slotOf(shift)
        if (slot.gap === 0) throw new RefusedError(`这个班次已满（需要 ${shift.needed} 人），如需加人请先修改需要人数`)
        await available(volunteer, shift)
        return save(shift, { signups: [...shift.signups, { volunteerId, at: ctx.now, via }] }, ctx)
      }),

    unassign: (shiftId, volunteerId, ctx) =>
      writing(async () => {
        const shift = await liveShift(shiftId)
        signupOf(shift, volunteerId)
        const next = await save(shift, { signups: shift.signups.filter((s) => s.volunteerId !== volunteerId) }, ctx)
        await auditRemoval(db, shift.communityId, await shiftLabel(shift), `移出排班：${await maskedNames([volunteerId])}`, ctx)
        return next
      }),

    swap: (shiftId, fromId, toId, ctx) =>
      writing(async () => {
        const shift = await liveShift(shiftId)
        signupOf(shift, fromId)
        const to = await liveVolunteer(db, toId, shift.communityId)
        if (shift.signups.some((s) => s.volunteerId === toId)) throw new RefusedError(`${await nameOfVolunteer(db, to)}已在这个班次上，请换另一位`)
        await available(to, shift)
        const signups = shift.signups.map((s) => (s.volunteerId === fromId ? { volunteerId: toId, at: ctx.now, via: '换班' as const, swappedFrom: fromId } : s))
        return save(shift, { signups }, ctx)
      }),

    markAbsent: (shiftId, volunteerId, absent, ctx) =>
      writing(async () => {
        const shift = await liveShift(shiftId)
        signupOf(shift, volunteerId)
        if (absent && shift.start > ctx.now) throw new RefusedError('班次还没开始，不能标记缺勤；如不能到岗，请取消排班或换班')
        const signups = shift.signups.map((s) => {
          if (s.volunteerId !== volunteerId) return s
          const rest = { ...s }
          delete rest.absent
          return absent ? { ...rest, absent: true } : rest
        })
        return save(shift, { signups }, ctx)
      }),

    repeatWeek: (communityId, weekStart, weeks, { withSignups }, ctx) =>
      writing(async () => {
        if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) throw new ValidationError([{ field: 'weeks', message: '重复周数须为 1 到 52 之间的整数' }])
        const source = await shiftsStarting(db, communityId, weekStart, weekStart + WEEK)
        if (source.length === 0) throw new RefusedError('这一周还没有班次，请先排好一周再重复')
        const existing = await shiftsStarting(db, communityId, weekStart + WEEK, weekStart + (weeks + 1) * WEEK)
        const made: Shift[] = []
        for (let k = 1; k <= weeks; k++) {
          for (const s of source) {
            const start = s.start + k * WEEK
            const end = s.end + k * WEEK
            // an identical slot already there is left alone, so repeating twice makes no doubles
            if ([...existing, ...made].some((e) => e.placeId === s.placeId && e.start === start && e.end === end)) continue
            const signups: ShiftSignup[] = []
            for (const signup of withSignups ? s.signups : []) {
              const volunteer = await db.volunteer.get(signup.volunteerId)
              // volunteers who left or paused are not carried into future weeks
              if (!isLive(volunteer) || volunteer!.status !== '在岗') continue
              await available(volunteer!, { start, end })
              signups.push({ volunteerId: signup.volunteerId, at: ctx.now, via: signup.via === '换班' ? '指派' : signup.via })
            }
            made.push(await repo().create(communityId, { placeId: s.placeId, start, end, needed: s.needed, signups, repeatOf: s.id, ...(s.note ? { note: s.note } : {}) }, ctx))
          }
        }
        return made
      }),

    shiftsOf: async (volunteerId, { from, to }) => {
      const volunteer = await liveVolunteer(db, volunteerId)
      const shifts = await shiftsStarting(db, volunteer.communityId, from, to)
      return shifts.filter((s) => s.signups.some((x) => x.volunteerId === volunteerId)).sort((a, b) => a.start - b.start)
    },

    settleShifts: (communityId, ctx) =>
      writing(async () => {
        const ended = (await shiftsStarting(db, communityId, ctx.now - 90 * DAY, ctx.now)).filter((s) => s.end <= ctx.now && s.signups.length > 0)
        const out: PointsEntry[] = []
        for (const shift of ended) out.push(...(await syncCredits(db, shift, undefined, ctx)))
        return out
      })
  }
}
