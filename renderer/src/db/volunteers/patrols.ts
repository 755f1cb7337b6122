import { monotonicFactory } from 'ulid'
import { validatePhoto, type AttachmentInput } from '@shared/domain/attachments'
import { RecordNotFoundError, RefusedError, ValidationError, type FieldIssue } from '@shared/domain/errors'
import { findingIntakeOf } from '@shared/domain/findingIntake'
import type { Attachment } from '@shared/domain/system'
import { findingPoints, patrolPoints } from '@shared/domain/volunteerPoints'
import { validatePatrol } from '@shared/domain/volunteerRules'
import type { Patrol, PatrolFinding } from '@shared/domain/volunteers'
import type { DeskDB } from '../database'
import { createCaseServices } from '../cases'
import type { CaseIntakeInput } from '../cases/contract'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { PatrolInput, VolunteerService } from './contract'
import { addEntries, creditsOf, livePlace, liveVolunteer, nameOfVolunteer, readPointRules } from './store'

export const PATROL_TABLES = ['patrol', 'attachment', 'pointsEntry', 'volunteer', 'person', 'place', 'outbox', 'setting'] as const

const newId = monotonicFactory()

type Patrols = Pick<VolunteerService, 'patrols' | 'recordPatrol' | 'findingIntake' | 'findingToCase'> & {
  /** the photos of a patrol's findings */
  patrolPhotos(patrolId: string): Promise<Attachment[]>
}

/** Every photo checked (image by content, ≤ 10 MB) before anything is written; the issue names the finding. */
function checkPhotos(findings: PatrolInput['findings']): AttachmentInput[][] {
  const issues: FieldIssue[] = []
  const out = findings.map((f, i) =>
    (f.photos ?? []).flatMap((photo, j) => {
      try {
        return [validatePhoto(photo, `findings.${i}.photos.${j}`)]
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err
        issues.push(...err.issues.map((x) => ({ ...x, message: `第 ${i + 1} 条发现：${x.message}` })))
        return []
      }
    })
  )
  if (issues.length) throw new ValidationError(issues)
  return out
}

export function createPatrols(db: DeskDB): Patrols {
  const repos = repositoriesFor(db)
  const cases = createCaseServices(db).cases

  async function findingOf(patrolId: string, findingId: string): Promise<{ patrol: Patrol; finding: PatrolFinding }> {
    const patrol = await repos.patrol.get(patrolId)
    if (!patrol) throw new RecordNotFoundError('找不到这条巡查记录，可能已被删除，请刷新后重试')
    const finding = patrol.findings.find((f) => f.id === findingId)
    if (!finding) throw new RecordNotFoundError('找不到这条发现，可能已被修改，请刷新后重试')
    return { patrol, finding }
  }

  async function intakeOf(patrol: Patrol, finding: PatrolFinding): Promise<CaseIntakeInput> {
    const place = await db.place.get(finding.placeId ?? patrol.placeId)
    const volunteer = await db.volunteer.get(patrol.volunteerId)
    const reporter = volunteer ? await db.person.get(volunteer.personId) : undefined
    const categories = await db.category.where('communityId').equals(patrol.communityId).filter(isLive).toArray()
    return findingIntakeOf({ patrol, finding, place: isLive(place) ? place : undefined, reporter, categories })
  }

  return {
    patrols: async (communityId, range = {}) => {
      const { from = -Infinity, to = Infinity } = range
      const rows = await db.patrol.where('startedAt').between(from, to, true, false).filter((p) => isLive(p) && p.communityId === communityId).toArray()
      return rows.sort((a, b) => b.startedAt - a.startedAt)
    },

    recordPatrol: async (communityId, input, ctx) => {
      const fields = validatePatrol(input, ctx.now)
      const photos = checkPhotos(input.findings ?? [])
      return db.transaction('rw', [...PATROL_TABLES], async () => {
        const volunteer = await liveVolunteer(db, fields.volunteerId, communityId)
        if (volunteer.status === '退出') throw new RefusedError(`${await nameOfVolunteer(db, volunteer)}已退出小巷管家，不能再记录巡查`)
        await livePlace(db, fields.placeId, communityId)
        for (const [i, f] of fields.findings.entries()) if (f.placeId) await livePlace(db, f.placeId, communityId, `findings.${i}.placeId`)
        const patrolId = newId(ctx.now)
        const findings: PatrolFinding[] = []
        for (const [i, f] of fields.findings.entries()) {
          const attachmentIds: string[] = []
          for (const photo of photos[i]) {
            const row = await repos.attachment.create(communityId, { name: photo.name, mime: photo.mime, size: photo.bytes.byteLength, bytes: photo.bytes, ownerTable: 'patrol', ownerId: patrolId }, ctx)
            attachmentIds.push(row.id)
          }
          findings.push({ id: newId(ctx.now), ...f, attachmentIds })
        }
        const { volunteerId, placeId, startedAt, endedAt, checklist, note } = fields
        const patrol = await repos.patrol.create(communityId, { id: patrolId, volunteerId, placeId, startedAt, endedAt, checklist, findings, ...(note ? { note } : {}) }, ctx)
        await addEntries(db, communityId, patrolPoints(patrol, await readPointRules(db)), ctx)
        return patrol
      })
    },

    findingIntake: async (patrolId, findingId) => {
      const { patrol, finding } = await findingOf(patrolId, findingId)
      return intakeOf(patrol, finding)
    },

    // The intake shares this transaction: a refused intake leaves the finding, the patrol and the ledger untouched.
    findingToCase: (patrolId, findingId, intake, ctx) =>
      db.transaction('rw', db.tables, async () => {
        const { patrol, finding } = await findingOf(patrolId, findingId)
        if (finding.handling === '转为工单') throw new RefusedError('这条发现已经转为工单，请在工单列表中查看办理情况')
        const created = await cases.intake(patrol.communityId, { ...intake, source: '小巷管家上报' }, ctx)
        const turned: PatrolFinding = { ...finding, handling: '转为工单', caseId: created.id }
        const updated = await repos.patrol.update(patrol.id, { findings: patrol.findings.map((f) => (f.id === finding.id ? turned : f)) }, ctx)
        const credited = (await creditsOf(db, [patrol.volunteerId], 'patrol', patrol.id)).some((e) => e.sourceItemId === finding.id)
        const earned = credited ? undefined : findingPoints(updated, turned, await readPointRules(db))
        if (earned) await addEntries(db, patrol.communityId, [earned], ctx)
        return { patrol: updated, finding: turned, case: created }
      }),

    patrolPhotos: async (patrolId) => (await db.attachment.where('[ownerTable+ownerId]').equals(['patrol', patrolId]).filter(isLive).toArray()).sort((a, b) => a.createdAt - b.createdAt)
  }
}
