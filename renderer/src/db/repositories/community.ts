import { communitySchema } from '@shared/domain/orgSchemas'
import { RefusedError } from '@shared/domain/errors'
import { createRepository, isLive } from './base'
import type { Writer } from './writer'

/** The community row is its own scope (id = communityId); a community-mode install holds one. */
export function createCommunityRepository(writer: Writer) {
  return createRepository(writer, 'community', {
    schema: communitySchema,
    ownScope: true,
    async check(next, _prev, db) {
      const others = (await db.community.toArray()).filter((c) => isLive(c) && c.id !== next.id)
      const single = others.find((c) => c.mode === 'community') ?? (next.mode === 'community' ? others[0] : undefined)
      if (single) {
        throw new RefusedError(`本机已登记「${single.name}」，社区模式下只能有一个社区；如需管理多个社区，请使用街乡镇模式`)
      }
    }
  })
}

export type CommunityRepository = ReturnType<typeof createCommunityRepository>
