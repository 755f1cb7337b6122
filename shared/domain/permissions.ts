import type { UserRole } from './org'
import { USER_ROLE_LABELS } from './org'

/** What an account may do (DESIGN §5). Stores check these before every write; the UI hides what is refused. */
export const PERMISSIONS = [
  'case.view',
  'case.edit',
  'case.assign',
  'case.approveExtension',
  'personal.unmask',
  'personal.export',
  'personal.purge',
  'meetings.edit',
  'volunteers.edit',
  'settings.edit',
  'users.manage',
  'backup.make',
  'backup.restore',
  'audit.view'
] as const
export type Permission = (typeof PERMISSIONS)[number]

export const PERMISSION_LABELS: Record<Permission, string> = {
  'case.view': '查看工单',
  'case.edit': '办理工单',
  'case.assign': '派单指派',
  'case.approveExtension': '审批延期',
  'personal.unmask': '查看完整个人信息',
  'personal.export': '导出个人信息',
  'personal.purge': '到期个人信息脱敏清除',
  'meetings.edit': '议事协商管理',
  'volunteers.edit': '小巷管家管理',
  'settings.edit': '系统设置',
  'users.manage': '账号与权限管理',
  'backup.make': '备份全部数据',
  'backup.restore': '恢复备份',
  'audit.view': '查看审计日志'
}

const ALL = [...PERMISSIONS]

/** The permission matrix: one row per role; an account holds the union of its roles' rows. */
export const ROLE_PERMISSIONS: Record<UserRole, readonly Permission[]> = {
  admin: ALL,
  leader: [
    'case.view',
    'case.edit',
    'case.assign',
    'case.approveExtension',
    'personal.unmask',
    'personal.export',
    'meetings.edit',
    'volunteers.edit',
    'backup.make',
    'audit.view'
  ],
  clerk: ['case.view', 'case.edit', 'case.assign', 'personal.unmask'],
  gridWorker: ['case.view', 'case.edit'],
  facilitator: ['case.view', 'meetings.edit'],
  coordinator: ['case.view', 'volunteers.edit']
}

export function permissionsOf(roles: readonly UserRole[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []))
}

export function hasPermission(roles: readonly UserRole[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r]?.includes(permission))
}

/** The Chinese refusal for a missing permission, naming the account's roles. */
export function permissionRefusal(roles: readonly UserRole[], permission: Permission): string {
  const who = roles.length ? roles.map((r) => USER_ROLE_LABELS[r]).join('、') : '未分配角色'
  return `当前账号（${who}）没有“${PERMISSION_LABELS[permission]}”权限，请联系管理员`
}

/** Who a case's caller may be shown to at all: a 保密件 only to its assigned handler and administrators (DESIGN §5). */
export function mayViewCaller(c: { confidential?: boolean; handlerId?: string }, viewer: { id: string; roles: readonly UserRole[] } | null | undefined): boolean {
  if (!viewer) return false
  if (!c.confidential) return true
  return viewer.roles.includes('admin') || (c.handlerId !== undefined && c.handlerId === viewer.id)
}

/** The permission a case action needs: 指派 needs case.assign, deciding an extension case.approveExtension. */
export function permissionForAction(type: string): Permission {
  if (type === 'assign') return 'case.assign'
  if (type === 'approveExtension' || type === 'rejectExtension') return 'case.approveExtension'
  return 'case.edit'
}
