import { defineStore } from 'pinia'
import { fieldError } from '@shared/domain/errors'
import type { User, UserRole } from '@shared/domain/org'
import { repos } from '../db'
import { accountService, type AccountChange } from '../db/accounts'
import { auditService, settingChange } from '../db/audit'
import { stillDemo } from '../db/accounts/demo'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

export const DEFAULT_IDLE_LOCK_MINUTES = 15

export interface NewAccountDraft {
  name: string
  username: string
  roles: UserRole[]
  password: string
  confirm: string
}

/** What the sign-in page offers before anyone is signed in. */
export interface SignInInfo {
  /** no administrator can sign in yet (a desk set up before accounts): offer to set one up */
  needsAdmin: boolean
  /** the demo accounts, while the demo administrator still has the demo password */
  demoAccounts: Pick<User, 'username' | 'name' | 'roles'>[]
}

const confirmed = (password: string, confirm: string, field = 'confirm') => {
  if (password !== confirm) throw fieldError(field, '两次输入的密码不一致，请重新输入')
}

/** Accounts, passwords and the idle-lock setting (系统设置 → 账号与权限) and the sign-in page's needs. */
export const useAccountsStore = defineStore('accounts', () => {
  const session = useSessionStore()
  const cid = () => session.communityId

  const users = useLiveQuery(() => (cid() ? repos().user.list(cid()) : []), [() => session.communityId], [] as User[])
  const idleLockMinutes = useLiveQuery(() => repos().setting.getOr('security.idleLockMinutes', DEFAULT_IDLE_LOCK_MINUTES), [], DEFAULT_IDLE_LOCK_MINUTES)

  async function signInInfo(): Promise<SignInInfo> {
    const all = cid() ? (await repos().user.list(cid())).filter((u) => !u.disabled) : []
    const needsAdmin = cid() ? await accountService().needsAdmin(cid()) : false
    const demo = !needsAdmin && (await stillDemo(all))
    return { needsAdmin, demoAccounts: demo ? all.map(({ username, name, roles }) => ({ username, name, roles })) : [] }
  }

  async function setUpAdmin(draft: Omit<NewAccountDraft, 'roles'>): Promise<void> {
    confirmed(draft.password, draft.confirm)
    const admin = await accountService().setUpAdmin(cid(), { name: draft.name.trim(), username: draft.username.trim(), password: draft.password }, session.ctx())
    await session.signIn(admin.username, draft.password)
  }

  async function createAccount(draft: NewAccountDraft): Promise<User> {
    session.require('users.manage')
    confirmed(draft.password, draft.confirm)
    return accountService().createAccount(cid(), { name: draft.name.trim(), username: draft.username.trim(), roles: draft.roles, password: draft.password }, session.ctx())
  }

  async function updateAccount(id: string, change: AccountChange): Promise<User> {
    session.require('users.manage')
    const updated = await accountService().updateAccount(id, change, session.ctx())
    if (id === session.user?.id) await session.reloadUser()
    return updated
  }

  async function resetPassword(id: string, password: string, confirm: string): Promise<void> {
    session.require('users.manage')
    confirmed(password, confirm)
    await accountService().resetPassword(id, password, session.ctx())
  }

  /** Every account may change its own password. */
  async function changeOwnPassword(current: string, next: string, confirm: string): Promise<void> {
    if (!session.user) throw fieldError('current', '请先登录')
    confirmed(next, confirm)
    await accountService().changePassword(session.user.id, current, next, session.ctx())
  }

  /** The change is audited with the old and the new minutes. */
  async function setIdleLockMinutes(minutes: number): Promise<void> {
    session.require('settings.edit')
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) throw fieldError('idleLockMinutes', '自动锁屏时间须为 1 到 240 之间的整数分钟')
    const ctx = session.ctx()
    await auditService().recordWith(['setting'], ctx, async () => {
      const before = await repos().setting.getOr('security.idleLockMinutes', DEFAULT_IDLE_LOCK_MINUTES)
      await repos().setting.set('security.idleLockMinutes', minutes, ctx)
      return { result: undefined, audit: settingChange(cid(), '自动锁屏时间', `${before} 分钟`, `${minutes} 分钟`) }
    })
  }

  return {
    users: users.data,
    idleLockMinutes: idleLockMinutes.data,
    signInInfo,
    setUpAdmin,
    createAccount,
    updateAccount,
    resetPassword,
    changeOwnPassword,
    setIdleLockMinutes
  }
})
