import { gridSchema } from '@shared/domain/orgSchemas'
import { RefusedError, fieldError } from '@shared/domain/errors'
import { createRepository, isLive } from './base'
import type { Writer } from './writer'

/** 网格: the code is unique within the community; a grid with places cannot be deleted. */
export function createGridRepository(writer: Writer) {
  return createRepository(writer, 'grid', {
    schema: gridSchema,
    reads: ['place'],
    async check(next, _prev, db) {
      const clash = await db.grid
        .where('[communityId+code]')
        .equals([next.communityId, next.code])
        .filter((g) => isLive(g) && g.id !== next.id)
        .count()
      if (clash) throw fieldError('code', `网格编号 ${next.code} 已存在，请换一个编号`)
    },
    async checkRemove(row, db) {
      const places = await db.place.where('gridId').equals(row.id).filter(isLive).count()
      if (places) throw new RefusedError(`网格「${row.name}」下还有 ${places} 个点位，请先把点位移到其他网格或删除后再删除网格`)
    }
  })
}

export type GridRepository = ReturnType<typeof createGridRepository>
