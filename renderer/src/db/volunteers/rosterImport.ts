import { chinaDay } from '@shared/domain/calendar'
import { DeskError, RefusedError, ValidationError } from '@shared/domain/errors'
import { validateVolunteer } from '@shared/domain/volunteerForms'
import type { Volunteer } from '@shared/domain/volunteers'
import { planRosterSheet } from '@shared/io/rosterSheet'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { RosterImportIssue, RosterImportPlan, VolunteerInput, VolunteerService } from './contract'
import { REGISTRY_TABLES, registerVolunteer } from './registry'

type RosterImport = Pick<VolunteerService, 'planRosterImport' | 'commitRosterImport'>

export function createRosterImport(db: DeskDB, { today = () => chinaDay(Date.now()) } = {}): RosterImport {
  return {
    planRosterImport: (communityId, rows) =>
      db.transaction('r', ['team', 'place', 'person', 'volunteer'], async () => {
        const [teams, places, people, volunteers] = await Promise.all(
          (['team', 'place', 'person', 'volunteer'] as const).map((t) => db.table(t).where('communityId').equals(communityId).filter(isLive).toArray())
        )
        const sheet = planRosterSheet(rows, { teams, places, today: today() })
        const byPhone = new Map((people as { id: string; phone?: string; name: string }[]).filter((p) => p.phone).map((p) => [p.phone!, p]))
        const serving = new Set((volunteers as Volunteer[]).map((v) => v.personId))
        const issues: RosterImportIssue[] = [...sheet.issues]
        const plan: Required<RosterImportPlan> = { rows: [], issues, rowNumbers: [] }
        const seen = new Map<string, number>()
        sheet.rows.forEach((r, i) => {
          const row = sheet.rowNumbers[i]
          const phone = r.person.phone
          const issue = (message: string) => issues.push({ row, column: '手机', message: `第 ${row} 行“手机”：${message}` })
          if (phone && seen.has(phone)) return issue(`与第 ${seen.get(phone)} 行的手机号重复，同一人只需一行`)
          if (phone) seen.set(phone, row)
          const known = phone ? byPhone.get(phone) : undefined
          if (known && serving.has(known.id)) return issue(`“${known.name}”已在小巷管家名册中，请删掉这一行，或直接在名册里修改`)
          // a resident already in the registry is linked by phone rather than entered twice
          const who = known ? { personId: known.id } : { person: r.person }
          plan.rows.push({ ...who, ...(r.teamId ? { teamId: r.teamId } : {}), placeIds: r.placeIds, skills: r.skills, since: r.since, status: r.status })
          plan.rowNumbers.push(row)
        })
        issues.sort((a, b) => a.row - b.row)
        return plan
      }),

    commitRosterImport: async (communityId, plan, ctx) => {
      if (plan.issues.length) throw new RefusedError(`导入表还有 ${plan.issues.length} 处问题，请改正后重新选择文件`)
      if (plan.rows.length === 0) throw new RefusedError('导入表里没有可导入的小巷管家')
      const rowNumbers = plan.rowNumbers ?? plan.rows.map((_, i) => i + 2)
      return db.transaction('rw', [...REGISTRY_TABLES], async () => {
        const out: Volunteer[] = []
        for (const [i, input] of plan.rows.entries()) {
          try {
            out.push(await registerVolunteer(db, communityId, validateVolunteer(input as VolunteerInput), ctx))
          } catch (err) {
            // the whole import is refused; the message says which sheet row stopped it
            if (err instanceof ValidationError) throw new ValidationError(err.issues.map((x) => ({ field: `rows.${i}.${x.field}`, message: `第 ${rowNumbers[i]} 行：${x.message}` })))
            if (err instanceof DeskError) throw new RefusedError(`第 ${rowNumbers[i]} 行：${err.message}`)
            throw err
          }
        }
        return out
      })
    }
  }
}
