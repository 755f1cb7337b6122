import { ElMessage, ElMessageBox } from 'element-plus'
import { i18n } from '../i18n'
import { auditService } from '../db/audit'
import { useSessionStore } from '../stores/session'

/** Asks before deleting `name`; on yes runs `remove`, writes the deletion to the audit log and says how it went, in Chinese. */
export async function confirmRemove(name: string, remove: () => Promise<unknown>): Promise<boolean> {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(t('common.confirmDelete', { name }), t('common.delete'), { type: 'warning' })
  } catch {
    return false
  }
  try {
    await remove()
    const session = useSessionStore()
    if (session.communityId) await auditService().record(session.communityId, { action: 'delete', target: name }, session.ctx())
    ElMessage.success(t('common.deleted'))
    return true
  } catch (err) {
    ElMessage.error(err instanceof Error ? err.message : String(err))
    return false
  }
}
