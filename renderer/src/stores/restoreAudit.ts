import { auditService } from '../db/audit'
import type { WriteContext } from '../db'
import type { useSessionStore } from './session'

/**
 * After a restore the database holds the backup's data, its audit log included: the session is read again and
 * the restore is appended to the restored log, by the account that did it.
 */
export async function recordRestore(session: ReturnType<typeof useSessionStore>, fileName: string, by: WriteContext): Promise<void> {
  await session.refresh()
  if (!session.communityId) return
  await auditService().record(session.communityId, { action: 'restore', target: `backup:${fileName || '备份文件'}` }, { ...by, now: Date.now() })
}
