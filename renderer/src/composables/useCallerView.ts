import { computed, type Ref } from 'vue'
import { PURGED, maskName, maskPhone } from '@shared/domain/mask'
import { mayViewCaller } from '@shared/domain/permissions'
import { useSessionStore } from '../stores/session'
import { useUnmaskedView, usePersonalData } from './usePersonalData'

export interface CallerFields {
  id: string
  callerName?: string
  callerPhone?: string
  confidential?: boolean
  handlerId?: string
}

/**
 * One view of a case's caller: masked (张*, 138****5678) until unmasked with a reason through usePersonalData;
 * the full values last for the calling component only, and only until the desk locks. `allowed` is false for a 保密件 the viewer may not see.
 */
export function useCallerView(kase: Ref<CallerFields>, personal = usePersonalData()) {
  const session = useSessionStore()
  // another case in the same view, or the desk locking, starts masked again
  const { unmasked, asking, show: unmask, hide } = useUnmaskedView(() => `case:${kase.value.id}`, personal)

  const allowed = computed(() => mayViewCaller(kase.value, session.user))
  const name = computed(() => (!allowed.value ? '' : unmasked.value ? (kase.value.callerName?.trim() ?? '') : maskName(kase.value.callerName)))
  const phone = computed(() => (!allowed.value ? '' : unmasked.value ? (kase.value.callerPhone?.trim() ?? '') : maskPhone(kase.value.callerPhone)))
  const personalText = (v?: string) => Boolean(v?.trim()) && v?.trim() !== PURGED
  const hasData = computed(() => personalText(kase.value.callerName) || personalText(kase.value.callerPhone))

  const show = (): Promise<void> => (allowed.value ? unmask() : Promise.resolve())

  return { allowed, unmasked, asking, name, phone, hasData, show, hide }
}
