import { LOCKOUT_ATTEMPTS, WRONG_CREDENTIALS, afterSignIn, afterWrongPassword, lockMinutesLeft, lockedMessage } from '@shared/domain/accounts'
import { RefusedError, fieldError } from '@shared/domain/errors'
import { USER_ROLE_LABELS, type User, type UserRole } from '@shared/domain/org'
import { PASSWORD_ITERATIONS, checkPasswordStrength, hashPassword, verifyPassword } from '@shared/crypto/password'
import type { DeskDB } from '../database'
import { createAuditService } from '../audit/service'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'

export interface AccountInput {
  name: string
  username: string
  roles: UserRole[]
  password: string
}

export interface AccountChange {
  name?: string
  roles?: UserRole[]
  disabled?: boolean
}

export interface AccountOptions {
  /** PBKDF2 iterations for new hashes; the app always uses the default */
  iterations?: number
}

const rolesText = (roles: readonly UserRole[]) => roles.map((r) => USER_ROLE_LABELS[r]).join('、') || '无'
const target = (user: Pick<User, 'username'>) => `user:${user.username}`

/** Local accounts (DESIGN §5): passwords, sign-in with lockout, roles. Every sign-in, failure and change is audited. */
export function createAccountService(db: DeskDB, { iterations = PASSWORD_ITERATIONS }: AccountOptions = {}) {
  const users = () => repositoriesFor(db).user
  const audit = createAuditService(db)
  const writing = <R>(fn: () => Promise<R>) => db.transaction('rw', ['user', 'outbox', 'auditEntry'], fn)

  async function strongHash(password: string, field = 'password') {
    const rule = checkPasswordStrength(password)
    if (!rule.ok) throw fieldError(field, rule.message!)
    return hashPassword(password, { iterations })
  }

  async function byUsername(communityId: string, username: string): Promise<User | undefined> {
    const name = username.trim()
    if (!name) return undefined
    const found = await db.user.where('username').equalsIgnoreCase(name).filter((u) => isLive(u) && u.communityId === communityId).toArray()
    return found[0]
  }

  async function existing(id: string): Promise<User> {
    const user = await users().get(id)
    if (!user) throw new RefusedError('找不到这个账号，可能已被删除，请刷新后重试')
    return user
  }

  /** The account, when the password is right; otherwise a Chinese refusal after the failure is counted and audited. */
  async function signIn(communityId: string, username: string, password: string, ctx: Omit<WriteContext, 'actor'>): Promise<User> {
    const user = await byUsername(communityId, username)
    if (!user || !user.passwordHash) {
      await audit.record(communityId, { action: 'signInFailed', target: `user:${username.trim() || '（空）'}`, reason: '登录名不存在或未设置密码' }, { ...ctx, actor: 'system' })
      throw new RefusedError(WRONG_CREDENTIALS)
    }
    const as = { ...ctx, actor: user.id }
    const locked = lockMinutesLeft(user, ctx.now)
    if (locked > 0) {
      await audit.record(communityId, { action: 'signInFailed', target: target(user), reason: '账号锁定中' }, as)
      throw new RefusedError(lockedMessage(locked))
    }
    const right = await verifyPassword(password, user)
    if (!right) {
      const next = afterWrongPassword(user, ctx.now)
      await writing(async () => {
        await users().update(user.id, { failedSignIns: next.failedSignIns, lockedUntil: next.lockedUntil }, as)
        await audit.record(communityId, { action: 'signInFailed', target: target(user), reason: '密码错误' }, as)
        if (next.locked) await audit.record(communityId, { action: 'lockout', target: target(user), reason: `连续 ${LOCKOUT_ATTEMPTS} 次密码错误` }, as)
      })
      throw new RefusedError(next.locked ? lockedMessage(lockMinutesLeft(next, ctx.now)) : `${WRONG_CREDENTIALS}；再错 ${next.left} 次账号将锁定 15 分钟`)
    }
    if (user.disabled) {
      await audit.record(communityId, { action: 'signInFailed', target: target(user), reason: '账号已停用' }, as)
      throw new RefusedError('这个账号已停用，请联系管理员')
    }
    return writing(async () => {
      const signedIn = await users().update(user.id, afterSignIn(), as)
      await audit.record(communityId, { action: 'signIn', target: target(user) }, as)
      return signedIn
    })
  }

  async function createAccount(communityId: string, input: AccountInput, ctx: WriteContext): Promise<User> {
    const secret = await strongHash(input.password)
    return writing(async () => {
      const user = await users().create(communityId, { name: input.name, username: input.username, roles: input.roles, disabled: false, ...secret }, ctx)
      await audit.record(communityId, { action: 'userCreate', target: target(user), reason: `角色：${rolesText(user.roles)}` }, ctx)
      return user
    })
  }

  /** Name, roles or the disabled flag; a change of roles or of the flag is a permission change and audited. */
  async function updateAccount(id: string, change: AccountChange, ctx: WriteContext): Promise<User> {
    const before = await existing(id)
    return writing(async () => {
      const after = await users().update(id, change, ctx)
      const notes: string[] = []
      if (rolesText(before.roles) !== rolesText(after.roles)) notes.push(`角色：${rolesText(before.roles)} → ${rolesText(after.roles)}`)
      if (before.disabled !== after.disabled) notes.push(after.disabled ? '停用账号' : '启用账号')
      if (before.name !== after.name) notes.push(`姓名：${before.name} → ${after.name}`)
      if (notes.length) await audit.record(after.communityId, { action: 'userChange', target: target(after), reason: notes.join('；') }, ctx)
      return after
    })
  }

  /** The account's own change: the current password first. */
  async function changePassword(id: string, current: string, next: string, ctx: WriteContext): Promise<User> {
    const user = await existing(id)
    if (!(await verifyPassword(current, user))) throw fieldError('current', '当前密码不正确')
    const secret = await strongHash(next, 'next')
    return writing(async () => {
      const changed = await users().update(id, { ...secret, ...afterSignIn() }, ctx)
      await audit.record(user.communityId, { action: 'passwordChange', target: target(user) }, ctx)
      return changed
    })
  }

  /** An administrator's reset: a new password and the lock lifted. */
  async function resetPassword(id: string, next: string, ctx: WriteContext): Promise<User> {
    const user = await existing(id)
    const secret = await strongHash(next)
    return writing(async () => {
      const changed = await users().update(id, { ...secret, ...afterSignIn() }, ctx)
      await audit.record(user.communityId, { action: 'passwordReset', target: target(user) }, ctx)
      return changed
    })
  }

  /** Whether the community has no administrator who can sign in (a desk set up before accounts existed). */
  async function needsAdmin(communityId: string): Promise<boolean> {
    const all = await users().list(communityId)
    return !all.some((u) => !u.disabled && u.roles.includes('admin') && u.passwordHash)
  }

  /**
   * The first administrator of a desk set up before accounts existed: takes over a passwordless admin account
   * when there is one, otherwise creates it. Refused once any administrator can sign in.
   */
  async function setUpAdmin(communityId: string, input: Omit<AccountInput, 'roles'>, ctx: WriteContext): Promise<User> {
    if (!(await needsAdmin(communityId))) throw new RefusedError('本社区已有可登录的管理员账号，请用它登录')
    const secret = await strongHash(input.password)
    const waiting = (await users().list(communityId)).find((u) => u.roles.includes('admin') && !u.passwordHash)
    return writing(async () => {
      const fields = { name: input.name, username: input.username, disabled: false, ...secret, ...afterSignIn() }
      const user = waiting ? await users().update(waiting.id, fields, ctx) : await users().create(communityId, { ...fields, roles: ['admin'] }, ctx)
      await audit.record(communityId, { action: 'userCreate', target: target(user), reason: `设置管理员：${rolesText(user.roles)}` }, { ...ctx, actor: user.id })
      return user
    })
  }

  return { signIn, createAccount, updateAccount, changePassword, resetPassword, needsAdmin, setUpAdmin, byUsername }
}

export type AccountService = ReturnType<typeof createAccountService>
