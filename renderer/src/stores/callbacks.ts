import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CallbackRecord, CaseRecord } from '@shared/domain/case'
import { callbackService, caseService } from '../db'
import type { CallbackAttemptInput, CallbackResultInput } from '../db/cases/contract'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

export interface QueueEntry {
  case: CaseRecord
  callback?: CallbackRecord
}

export interface CallbackSelection {
  case: CaseRecord
  callback?: CallbackRecord
}

/** 回访: the queue, the case being called back, and the writes of its panel. */
export const useCallbacksStore = defineStore('callbacks', () => {
  const session = useSessionStore()
  const cid = () => session.communityId
  const selectedId = ref<string | null>(null)

  const queue = useLiveQuery(() => (cid() ? callbackService().queue(cid()) : []), [() => session.communityId], [] as QueueEntry[])

  // The selection is read on its own: after a result is saved the case leaves the queue, but the panel stays.
  const selected = useLiveQuery(
    async (): Promise<CallbackSelection | null> => {
      const id = selectedId.value
      if (!id) return null
      const [found, callback] = await Promise.all([caseService().get(id), callbackService().get(id)])
      return found ? { case: found, callback } : null
    },
    [selectedId],
    null
  )

  const select = (caseId: string | null) => (selectedId.value = caseId)
  // every write here is case work: refused before anything is written without case.edit
  const editing = async () => session.require('case.edit')
  const recordAttempt = async (caseId: string, attempt: CallbackAttemptInput) =>
    editing().then(() => callbackService().recordAttempt(caseId, attempt, session.ctx()))
  const recordResult = async (caseId: string, result: CallbackResultInput) =>
    editing().then(() => callbackService().recordResult(caseId, result, session.ctx()))
  /** 重办 after a 不满意 callback */
  const reopen = async (caseId: string, reason: string) => editing().then(() => caseService().act(caseId, { type: 'reopen', reason }, session.ctx()))

  return {
    queue: queue.data,
    queueError: queue.error,
    selectedId,
    selected: selected.data,
    select,
    recordAttempt,
    recordResult,
    reopen
  }
})
