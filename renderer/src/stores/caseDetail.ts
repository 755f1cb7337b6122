import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { CaseEventRecord, CaseRecord } from '@shared/domain/case'
import type { CaseAction } from '@shared/domain/caseMachine'
import type { User } from '@shared/domain/org'
import { permissionForAction } from '@shared/domain/permissions'
import { caseService, repos } from '../db'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

/** One case's page: its row and timeline, live, and the actions taken on it. */
export const useCaseDetailStore = defineStore('caseDetail', () => {
  const session = useSessionStore()
  const caseId = ref('')

  // null while loading, undefined when there is no such case
  const row = useLiveQuery<CaseRecord | undefined | null>(
    () => (caseId.value ? caseService().get(caseId.value) : undefined),
    [caseId],
    null
  ).data
  const events = useLiveQuery<CaseEventRecord[]>(
    () => (caseId.value ? caseService().events(caseId.value) : []),
    [caseId],
    []
  ).data

  const duplicateOfId = computed(() => row.value?.duplicateOf ?? '')
  const original = useLiveQuery<CaseRecord | undefined>(
    () => (duplicateOfId.value ? caseService().get(duplicateOfId.value) : undefined),
    [duplicateOfId],
    undefined
  ).data

  const communityId = () => session.communityId
  const users = useLiveQuery(() => (communityId() ? repos().user.list(communityId()) : []), [communityId], [] as User[]).data

  function open(id: string): void {
    if (id === caseId.value) return
    row.value = null
    events.value = []
    caseId.value = id
  }

  /** Refusals (RefusedError, ValidationError) reach the caller untouched, in Chinese. */
  async function act(action: CaseAction): Promise<CaseRecord> {
    session.require(permissionForAction(action.type))
    return caseService().act(caseId.value, action, session.ctx())
  }

  /** whether the signed-in account may take this action (the bar hides the others) */
  const may = (type: string): boolean => session.can(permissionForAction(type))

  const userName = (id: string | undefined): string => (id ? (users.value.find((u) => u.id === id)?.name ?? '—') : '—')

  return { caseId, row, events, original, users, open, act, may, userName }
})
