import { validate, ValidationError, type FieldIssue } from '@shared/domain/errors'
import type { User } from '@shared/domain/org'
import { userSchema } from '@shared/domain/orgSchemas'
import { PASSWORD_ITERATIONS, checkPasswordStrength, hashPassword, type PasswordHash } from '@shared/crypto/password'
import type { DeskDB } from '../database'
import { createAuditService } from '../audit/service'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'

/** The administrator the first-run form creates with the community. */
export interface FirstAdminInput {
  name: string
  username: string
  password: string
  /** the form's second entry of the password, when it has one */
  confirm?: string
}

/** The form's issues under `admin.*`, all at once. */
export function firstAdminIssues(input: FirstAdminInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  try {
    validate(userSchema.pick({ name: true, username: true }), { name: input.name, username: input.username })
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err
    issues.push(...err.within('admin').issues)
  }
  const rule = checkPasswordStrength(input.password)
  if (!rule.ok) issues.push({ field: 'admin.password', message: rule.message! })
  else if (input.confirm !== undefined && input.confirm !== input.password) issues.push({ field: 'admin.confirm', message: '两次输入的密码不一致，请重新输入' })
  return issues
}

/** Hashed before the community's write transaction, which WebCrypto would otherwise end. */
export const firstAdminSecret = (input: FirstAdminInput, iterations = PASSWORD_ITERATIONS): Promise<PasswordHash> =>
  hashPassword(input.password, { iterations })

/** Inside the community's transaction: the admin account and its audit entry. */
export async function writeFirstAdmin(db: DeskDB, communityId: string, input: FirstAdminInput, secret: PasswordHash, ctx: WriteContext): Promise<User> {
  const user = await repositoriesFor(db).user.create(communityId, { name: input.name, username: input.username, roles: ['admin'], disabled: false, ...secret }, ctx)
  await createAuditService(db).record(communityId, { action: 'userCreate', target: `user:${user.username}`, reason: '首次设置：管理员' }, { ...ctx, actor: user.id })
  return user
}
