import type { CaseStatus } from '@shared/domain/case'
import { sortCaseEvents } from '@shared/domain/caseProjection'
import { DeskError, RefusedError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { CaseService } from './contract'
import { actOnCase } from './caseLog'
import { suggestDuplicates } from './duplicateQuery'
import { intakeCase } from './intake'
import { CASE_TABLES, liveCase } from './store'

/** Statuses of a case still being worked (not 已办结 / 退单 / 已撤销). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['待签收', '办理中', '延期审核', '挂账', '已反馈']

export function createCaseService(db: DeskDB): CaseService {
  const { writer } = repositoriesFor(db)
  return {
    intake: (communityId, input, ctx) => intakeCase(writer, communityId, input, ctx),

    act: (caseId, action, ctx) => actOnCase(writer, caseId, action, ctx),

    async actMany(caseIds, action, ctx) {
      const result = { done: [] as string[], refused: [] as { id: string; message: string }[] }
      for (const id of caseIds) {
        try {
          await actOnCase(writer, id, action, ctx)
          result.done.push(id)
        } catch (err) {
          // a refusal of one case is reported, not fatal to the batch; anything else is a fault
          if (!(err instanceof DeskError)) throw err
          result.refused.push({ id, message: err.message })
        }
      }
      return result
    },

    async get(caseId) {
      const row = await db.case.get(caseId)
      return isLive(row) ? row : undefined
    },

    events: async (caseId) => sortCaseEvents(await db.caseEvent.where('caseId').equals(caseId).toArray()),

    suggestDuplicates: (communityId, draft, now) => suggestDuplicates(db, communityId, draft, now),

    linkDuplicate: (caseId, originalId, ctx) =>
      db.transaction('rw', [...CASE_TABLES], async () => {
        if (caseId === originalId) throw new RefusedError('不能把工单标记为自身的重复件')
        const [copy, original] = await Promise.all([liveCase(db, caseId), liveCase(db, originalId)])
        if (copy.communityId !== original.communityId) throw new RefusedError('只能关联本社区的工单')
        if (original.duplicateOf === caseId) throw new RefusedError('原工单已被标记为这件工单的重复件，不能互相关联')
        // the machine's cancel takes a duplicate out of the assessment as 重复件
        return actOnCase(writer, caseId, { type: 'cancel', reason: '重复件', duplicateOf: originalId }, ctx)
      }),

    openCases: (communityId) =>
      db.case
        .where('[communityId+status]')
        .anyOf(OPEN_STATUSES.map((s) => [communityId, s]))
        .filter(isLive)
        .toArray()
  }
}
