import { describe, expect, it } from 'vitest'
import { USER_ROLES, type UserRole } from './org'
import { PERMISSIONS, ROLE_PERMISSIONS, hasPermission, mayViewCaller, permissionForAction, permissionRefusal, permissionsOf, type Permission } from './permissions'

// The matrix as the office agreed it, written out so any change to it is a deliberate one.
const EXPECTED: Record<UserRole, Permission[]> = {
  admin: [...PERMISSIONS],
  leader: ['case.view', 'case.edit', 'case.assign', 'case.approveExtension', 'personal.unmask', 'personal.export', 'meetings.edit', 'volunteers.edit', 'backup.make', 'audit.view'],
  clerk: ['case.view', 'case.edit', 'case.assign', 'personal.unmask'],
  gridWorker: ['case.view', 'case.edit'],
  facilitator: ['case.view', 'meetings.edit'],
  coordinator: ['case.view', 'volunteers.edit']
}

const cells = USER_ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission, EXPECTED[role].includes(permission)] as const))

describe('permission matrix', () => {
  it.each(cells)('%s → %s: %s', (role, permission, allowed) => {
    expect(hasPermission([role], permission)).toBe(allowed)
    expect(permissionsOf([role]).has(permission)).toBe(allowed)
  })

  it.each(PERMISSIONS)('%s is granted to some role and refused to an account without roles', (permission) => {
    expect(USER_ROLES.some((r) => ROLE_PERMISSIONS[r].includes(permission))).toBe(true)
    expect(hasPermission([], permission)).toBe(false)
  })

  it('gives an account the union of its roles', () => {
    expect(hasPermission(['gridWorker', 'facilitator'], 'meetings.edit')).toBe(true)
    expect(hasPermission(['gridWorker', 'facilitator'], 'case.assign')).toBe(false)
  })

  it('refuses in Chinese, naming the roles and the permission', () => {
    expect(permissionRefusal(['gridWorker'], 'personal.unmask')).toBe('当前账号（网格员）没有“查看完整个人信息”权限，请联系管理员')
    expect(permissionRefusal([], 'case.edit')).toContain('未分配角色')
  })

  it.each([
    ['assign', 'case.assign'],
    ['approveExtension', 'case.approveExtension'],
    ['rejectExtension', 'case.approveExtension'],
    ['sign', 'case.edit'],
    ['whistle', 'case.edit']
  ])('case action %s needs %s', (type, permission) => {
    expect(permissionForAction(type)).toBe(permission)
  })
})

describe('who may see a caller', () => {
  const viewer = (id: string, roles: UserRole[]) => ({ id, roles })
  it.each([
    [false, viewer('U2', ['gridWorker']), true],
    [true, viewer('U2', ['clerk']), false],
    [true, viewer('U3', ['clerk']), true],
    [true, viewer('U9', ['admin']), true],
    [true, viewer('U2', ['leader']), false]
  ])('保密件 %s for %j (handler U3): %s', (confidential, who, allowed) => {
    expect(mayViewCaller({ confidential, handlerId: 'U3' }, who)).toBe(allowed)
  })

  it('shows nothing to nobody', () => {
    expect(mayViewCaller({ confidential: false }, null)).toBe(false)
  })
})
