import type { User } from '@shared/domain/org'
import { userSchema } from '@shared/domain/orgSchemas'
import { RefusedError, fieldError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { createRepository, isLive } from './base'
import type { Writer } from './writer'

const isActiveAdmin = (u: User): boolean => isLive(u) && !u.disabled && u.roles.includes('admin')

async function otherAdmins(db: DeskDB, user: User): Promise<number> {
  return db.user.where('communityId').equals(user.communityId).filter((u) => u.id !== user.id && isActiveAdmin(u)).count()
}

/** Local accounts: login names are unique, and the last active administrator stays one. */
export function createUserRepository(writer: Writer) {
  return createRepository(writer, 'user', {
    schema: userSchema,
    async check(next, prev, db) {
      const taken = await db.user
        .where('username')
        .equalsIgnoreCase(next.username)
        .filter((u) => isLive(u) && u.id !== next.id && u.communityId === next.communityId)
        .count()
      if (taken) throw fieldError('username', `登录名 ${next.username} 已被使用，请换一个`)
      if (prev && isActiveAdmin(prev) && !isActiveAdmin(next) && !(await otherAdmins(db, prev))) {
        throw new RefusedError('这是最后一个可用的管理员账号，不能停用或取消管理员角色')
      }
    },
    async checkRemove(row, db) {
      if (isActiveAdmin(row) && !(await otherAdmins(db, row))) throw new RefusedError('这是最后一个可用的管理员账号，不能删除')
    }
  })
}

export type UserRepository = ReturnType<typeof createUserRepository>
