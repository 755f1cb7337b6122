import { AUDIT_ACTIONS, auditActionLabel } from '@shared/domain/audit'
import { formatDateTime } from '@shared/domain/dates'
import type { AuditEntry } from '@shared/domain/system'
import type { XlsxSheet } from '../../lib/xlsx'

/** The Chinese name of an action, for the table, the filter and the export. */
export const actionLabel = auditActionLabel

/** Every action the filter offers. */
export const actionOptions = (): { value: string; label: string }[] => AUDIT_ACTIONS.map((value) => ({ value, label: actionLabel(value) }))

/** The audit log as one xlsx sheet, with the hashes so a copy can be checked elsewhere. */
export function auditSheet(entries: readonly AuditEntry[], actorName: (id: string) => string): XlsxSheet {
  return {
    name: '审计日志',
    columns: [
      { header: '序号', key: 'seq', kind: 'number', width: 8 },
      { header: '时间', key: 'at', kind: 'date', width: 18 },
      { header: '操作人', key: 'actor', width: 20 },
      { header: '操作', key: 'action', width: 18 },
      { header: '对象', key: 'target', width: 34 },
      { header: '原因/说明', key: 'reason', width: 40 },
      { header: '前一条校验值', key: 'prevHash', width: 20 },
      { header: '校验值', key: 'hash', width: 20 }
    ],
    rows: entries.map((e) => ({ ...e, actor: actorName(e.actor), action: actionLabel(e.action), target: targetLabel(e.target), reason: e.reason ?? '' }))
  }
}

/** What the table shows for one entry's time. */
export const auditTime = (e: AuditEntry): string => formatDateTime(e.at)

const TARGET_KINDS: Record<string, string> = { case: '工单', user: '账号', backup: '备份', export: '导出', purge: '脱敏', setting: '设置', meeting: '会议' }

/** 'case:01J…' → '工单 01J…'; anything else as it is. */
export function targetLabel(target: string): string {
  const at = target.indexOf(':')
  const kind = at > 0 ? TARGET_KINDS[target.slice(0, at)] : undefined
  return kind ? `${kind} ${target.slice(at + 1)}` : target
}
