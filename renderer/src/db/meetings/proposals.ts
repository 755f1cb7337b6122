import { RecordNotFoundError, RefusedError } from '@shared/domain/errors'
import { screeningReason, validateProposal } from '@shared/domain/meetingRules'
import type { Proposal } from '@shared/domain/meetings'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { MeetingService, ProposalInput } from './contract'
import { compact, type MeetingStore } from './store'

type ProposalPart = Pick<MeetingService, 'proposals' | 'propose' | 'proposeFromCase' | 'updateProposal' | 'screen'>

const INPUT_KEYS = ['source', 'title', 'content', 'proposerId', 'proposerName', 'coSignerIds', 'coSignerNames', 'budget', 'placeId', 'caseIds', 'sourceRef'] as const

/** The input fields of a stored topic, to re-check it whole after a patch. */
const inputOf = (p: Proposal): ProposalInput => Object.fromEntries(INPUT_KEYS.map((k) => [k, p[k]])) as unknown as ProposalInput

/** Every input key, undefined where the checked input has none, so a cleared field is removed from the row. */
const fullPatch = (fields: object): Partial<Proposal> => Object.fromEntries(INPUT_KEYS.map((k) => [k, (fields as Record<string, unknown>)[k]]))

/** 议题池: topics from 微提案, cases and other sources, and their screening (立项 / 不立项). */
export function proposalPart(db: DeskDB, store: MeetingStore): ProposalPart {
  const repo = () => store.repos().proposal

  return {
    proposals: async (communityId) => (await repo().list(communityId)).sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id)),

    propose: async (communityId, input, ctx) => repo().create(communityId, { ...compact(validateProposal(input)), status: '待筛选' }, ctx),

    proposeFromCase: (caseId, ctx) =>
      db.transaction('rw', ['case', 'proposal', 'outbox'], async () => {
        const source = await db.case.get(caseId)
        if (!source || !isLive(source)) throw new RecordNotFoundError('找不到这件工单，可能已被删除，请刷新后重试')
        const open = await db.proposal
          .where('communityId')
          .equals(source.communityId)
          .filter((p) => isLive(p) && p.caseIds.includes(caseId) && p.status !== '不立项')
          .first()
        if (open) throw new RefusedError(`这件工单已在议题池中：“${open.title}”（${open.status}），不必重复提交`)
        const fields = validateProposal({
          source: '工单',
          title: source.title.slice(0, 60),
          content: source.content.slice(0, 2000),
          placeId: source.placeId,
          caseIds: [caseId],
          sourceRef: `case:${caseId}`
        })
        return repo().create(source.communityId, { ...compact(fields), status: '待筛选' }, ctx)
      }),

    updateProposal: (id, patch, ctx) =>
      store.writing(async () => {
        const current = await store.proposal(id)
        if (current.status === '已办结') throw new RefusedError('议题已办结，不能再修改')
        const fields = validateProposal({ ...inputOf(current), ...patch })
        return repo().update(id, fullPatch(fields), ctx)
      }),

    screen: (id, screening, ctx) =>
      store.writing(async () => {
        const current = await store.proposal(id)
        if (current.status === '已上会' || current.status === '已办结') throw new RefusedError(`议题已${current.status}，不能再筛选`)
        const reason = screeningReason(screening)
        return repo().update(id, { status: reason ? '不立项' : '立项', screeningReason: reason, screenedAt: ctx.now }, ctx)
      })
  }
}
