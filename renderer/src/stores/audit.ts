import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { AuditEntry } from '@shared/domain/system'
import { repos } from '../db'
import { auditService, type AuditFilters, type AuditVerdict } from '../db/audit'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

/** 系统设置 → 审计日志: the filtered entries, the chain check and the names of the actors. */
export const useAuditStore = defineStore('audit', () => {
  const session = useSessionStore()
  const cid = () => session.communityId
  const filters = reactive<AuditFilters>({})

  const entries = useLiveQuery(
    () => (cid() && session.can('audit.view') ? auditService().list(cid(), { ...filters }) : []),
    [() => session.communityId, () => ({ ...filters }), () => session.user],
    [] as AuditEntry[]
  )
  const users = useLiveQuery(() => (cid() ? repos().user.list(cid()) : []), [() => session.communityId], [])

  /** the account's name for an actor id; 'system' and unknown ids as they are */
  function actorName(actor: string): string {
    if (actor === 'system') return '系统'
    const user = users.data.value.find((u) => u.id === actor)
    return user ? `${user.name}（${user.username}）` : actor
  }

  async function verify(): Promise<AuditVerdict> {
    session.require('audit.view')
    return auditService().verify(cid())
  }

  /** The entries as filtered, read afresh for the Excel export; refused like the check without 查看审计日志. */
  async function forExport(): Promise<AuditEntry[]> {
    session.require('audit.view')
    return auditService().list(cid(), { ...filters })
  }

  return { filters, entries: entries.data, users: users.data, actorName, verify, forExport }
})
