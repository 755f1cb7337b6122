import { describe, expect, it } from 'vitest'
import { LOCKOUT_MS } from '@shared/domain/accounts'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import { createAuditService } from '../audit/service'
import { repositoriesFor } from '../repositories'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { createAccountService } from './service'

const C = 'C1'

async function world() {
  const db = freshDb()
  const accounts = createAccountService(db, { iterations: 1000 })
  const audit = createAuditService(db)
  const admin = await accounts.createAccount(C, { name: '李娜', username: 'admin', roles: ['admin'], password: 'right1234' }, ctxAt())
  const actions = async () => (await audit.list(C)).reverse().map((e) => e.action)
  return { db, accounts, audit, admin, actions }
}

const at = (now: number) => ({ now, deviceId: 'devA' })

describe('account service', () => {
  it('signs in with the right password, whatever the case of the login name, and audits it', async () => {
    const { accounts, admin, actions } = await world()
    expect((await accounts.signIn(C, 'ADMIN', 'right1234', at(T0))).id).toBe(admin.id)
    expect(await actions()).toEqual(['userCreate', 'signIn'])
  })

  it('locks the account after five wrong passwords for fifteen minutes, then lets it in', async () => {
    const { accounts, actions, audit } = await world()
    for (let i = 1; i <= 4; i++) {
      await expect(accounts.signIn(C, 'admin', 'wrong', at(T0 + i))).rejects.toThrow(`再错 ${5 - i} 次`)
    }
    await expect(accounts.signIn(C, 'admin', 'wrong', at(T0 + 5))).rejects.toThrow('账号已锁定，请 15 分钟后再试')
    // the right password does not help while locked
    await expect(accounts.signIn(C, 'admin', 'right1234', at(T0 + 5 + LOCKOUT_MS - 60_000))).rejects.toThrow('请 1 分钟后再试')
    expect((await accounts.signIn(C, 'admin', 'right1234', at(T0 + 5 + LOCKOUT_MS))).failedSignIns).toBe(0)
    expect(await actions()).toEqual(['userCreate', ...Array(5).fill('signInFailed'), 'lockout', 'signInFailed', 'signIn'])
    expect(await audit.verify(C)).toEqual({ ok: true, count: 9 })
  })

  it('starts counting again after a successful sign-in', async () => {
    const { accounts } = await world()
    for (let i = 0; i < 4; i++) await expect(accounts.signIn(C, 'admin', 'wrong', at(T0))).rejects.toBeInstanceOf(RefusedError)
    await accounts.signIn(C, 'admin', 'right1234', at(T0))
    await expect(accounts.signIn(C, 'admin', 'wrong', at(T0))).rejects.toThrow('再错 4 次')
  })

  it('says the same for an unknown login name and audits the attempt without an account', async () => {
    const { accounts, audit } = await world()
    await expect(accounts.signIn(C, 'nobody', 'right1234', at(T0))).rejects.toThrow('登录名或密码不正确')
    expect((await audit.list(C))[0]).toMatchObject({ action: 'signInFailed', actor: 'system', target: 'user:nobody' })
  })

  it('refuses a disabled account only after the right password', async () => {
    const { accounts, db } = await world()
    const clerk = await accounts.createAccount(C, { name: '王芳', username: 'clerk', roles: ['clerk'], password: 'clerk1234' }, ctxAt())
    await accounts.updateAccount(clerk.id, { disabled: true }, ctxAt())
    await expect(accounts.signIn(C, 'clerk', 'wrong', at(T0))).rejects.toThrow('登录名或密码不正确')
    await expect(accounts.signIn(C, 'clerk', 'clerk1234', at(T0))).rejects.toThrow('已停用')
    expect((await db.user.get(clerk.id))!.failedSignIns).toBe(1)
  })

  it('audits role changes and disabling as permission changes, with before and after', async () => {
    const { accounts, audit } = await world()
    const user = await accounts.createAccount(C, { name: '王芳', username: 'grid', roles: ['gridWorker'], password: 'grid12345' }, ctxAt())
    await accounts.updateAccount(user.id, { roles: ['gridWorker', 'clerk'] }, ctxAt())
    expect((await audit.list(C))[0]).toMatchObject({ action: 'userChange', target: 'user:grid', reason: '角色：网格员 → 网格员、接诉即办专员' })
    await accounts.updateAccount(user.id, { roles: ['gridWorker', 'clerk'] }, ctxAt())
    expect((await audit.list(C, { action: 'userChange' })).length).toBe(1)
  })

  it('refuses weak passwords and a wrong current password, writing nothing', async () => {
    const { accounts, admin, db } = await world()
    const before = await counts(db, 'user', 'auditEntry', 'outbox')
    await expect(accounts.createAccount(C, { name: '王芳', username: 'w', roles: ['clerk'], password: 'short1' }, ctxAt())).rejects.toBeInstanceOf(ValidationError)
    await expect(accounts.changePassword(admin.id, 'wrong', 'newpass123', ctxAt())).rejects.toThrow('当前密码不正确')
    await expect(accounts.resetPassword(admin.id, 'onlyletters', ctxAt())).rejects.toThrow('字母和数字')
    expect(await counts(db, 'user', 'auditEntry', 'outbox')).toEqual(before)
  })

  it('changes and resets a password, lifting a lock', async () => {
    const { accounts, admin } = await world()
    await accounts.changePassword(admin.id, 'right1234', 'better5678', ctxAt())
    await expect(accounts.signIn(C, 'admin', 'right1234', at(T0))).rejects.toBeInstanceOf(RefusedError)
    for (let i = 0; i < 4; i++) await expect(accounts.signIn(C, 'admin', 'x', at(T0))).rejects.toBeInstanceOf(RefusedError)
    await accounts.resetPassword(admin.id, 'reset12345', ctxAt())
    expect((await accounts.signIn(C, 'admin', 'reset12345', at(T0))).username).toBe('admin')
  })

  it('sets up the first administrator of a desk without one, taking over a passwordless admin, once', async () => {
    const db = freshDb()
    const accounts = createAccountService(db, { iterations: 1000 })
    const old = await repositoriesFor(db).user.create(C, { name: '管理员', username: 'admin', roles: ['admin'], disabled: false }, ctxAt())
    expect(await accounts.needsAdmin(C)).toBe(true)
    const admin = await accounts.setUpAdmin(C, { name: '李娜', username: 'lina', password: 'first1234' }, ctxAt())
    expect(admin).toMatchObject({ id: old.id, username: 'lina', name: '李娜' })
    expect(await accounts.needsAdmin(C)).toBe(false)
    await expect(accounts.setUpAdmin(C, { name: '张三', username: 'zs', password: 'first1234' }, ctxAt())).rejects.toThrow('已有可登录的管理员')
  })
})
