import { ref, watch } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { permissionRefusal, type Permission } from '@shared/domain/permissions'
import { auditService } from '../db/audit'
import { i18n } from '../i18n'
import { useSessionStore } from '../stores/session'

export type PersonalDataUse = 'unmask' | 'export'

const PERMISSION: Record<PersonalDataUse, Permission> = { unmask: 'personal.unmask', export: 'personal.export' }

export interface PersonalDataOptions {
  /** asks for the reason; by default a Chinese prompt dialog */
  prompt?: (kind: PersonalDataUse, target: string) => Promise<string | null>
  /** shows a refusal; by default an error message */
  refuse?: (message: string) => void
}

async function promptReason(kind: PersonalDataUse): Promise<string | null> {
  const t = i18n.global.t
  try {
    const { value } = await ElMessageBox.prompt(t(`auth.personal.${kind}Prompt`), t(`auth.personal.${kind}Title`), {
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      inputPlaceholder: t('auth.personal.reasonPlaceholder'),
      inputValidator: (v: string) => (v?.trim().length >= 2 ? true : t('auth.personal.reasonRequired'))
    })
    return value.trim()
  } catch {
    return null
  }
}

/**
 * Personal data (个人信息保护法): before showing a caller in full or exporting it, asks why, checks the permission
 * and writes the audit entry. A refusal is audited too, so attempts show in the log.
 */
export function usePersonalData(options: PersonalDataOptions = {}) {
  const { prompt = promptReason, refuse = (message: string) => ElMessage.error(message) } = options
  const session = useSessionStore()

  /** Resolves to the reason given, or null when cancelled or not allowed. */
  async function ask(kind: PersonalDataUse, target: string): Promise<string | null> {
    const permission = PERMISSION[kind]
    if (!session.can(permission)) {
      if (session.user && session.communityId) {
        await auditService().record(session.communityId, { action: `${kind}Refused`, target }, session.ctx())
      }
      refuse(permissionRefusal(session.user?.roles ?? [], permission))
      return null
    }
    const reason = await prompt(kind, target)
    if (!reason) return null
    await auditService().record(session.communityId, { action: kind, target, reason }, session.ctx())
    return reason
  }

  return { ask }
}

/**
 * Personal data shown in full on one view: on after usePersonalData asked why and audited it, off again when
 * hidden, when the view turns to another `target`, or when the desk locks (个人信息保护法: nothing stays unmasked
 * behind the lock screen).
 */
export function useUnmaskedView(target: () => string, personal = usePersonalData()) {
  const session = useSessionStore()
  const unmasked = ref(false)
  const asking = ref(false)

  watch([target, () => session.lockCount], () => (unmasked.value = false))

  async function show(): Promise<void> {
    asking.value = true
    try {
      unmasked.value = (await personal.ask('unmask', target())) !== null
    } finally {
      asking.value = false
    }
  }

  const hide = () => void (unmasked.value = false)

  return { unmasked, asking, show, hide }
}
