import { personSchema, placeSchema, unitSchema } from '@shared/domain/orgSchemas'
import { fieldError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { createRepository, isLive } from './base'
import type { Writer } from './writer'

/** A grid reference must point at a live grid of the same community. */
async function requireGrid(db: DeskDB, communityId: string, gridId: string | undefined): Promise<void> {
  if (gridId === undefined) return
  const grid = await db.grid.get(gridId)
  if (!isLive(grid) || grid?.communityId !== communityId) throw fieldError('gridId', '所选网格不存在或已删除，请重新选择')
}

/** 点位: belongs to an existing grid. */
export function createPlaceRepository(writer: Writer) {
  return createRepository(writer, 'place', {
    schema: placeSchema,
    reads: ['grid'],
    check: (next, _prev, db) => requireGrid(db, next.communityId, next.gridId)
  })
}

/** The registry of residents, volunteers and party members; the grid is optional but must exist. */
export function createPersonRepository(writer: Writer) {
  return createRepository(writer, 'person', {
    schema: personSchema,
    reads: ['grid'],
    check: (next, _prev, db) => requireGrid(db, next.communityId, next.gridId)
  })
}

/** 承办单位 */
export function createUnitRepository(writer: Writer) {
  return createRepository(writer, 'unit', { schema: unitSchema })
}
