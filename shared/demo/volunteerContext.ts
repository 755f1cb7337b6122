import type { IdFactory } from '../domain/categories'
import type { BaseRecord, NewRecord } from '../domain/record'
import { stampCreate, type Stamp } from '../sync/stamp'
import type { Random } from './random'

/** What the 小巷管家 demo generators share: randomness, ids, the clock and the community. */
export interface VolunteerDemoContext {
  random: Random
  ids: IdFactory
  communityId: string
  stamp: Stamp
  now: number
}

export function make<T extends BaseRecord>(ctx: VolunteerDemoContext, fields: Omit<NewRecord<T>, 'id'>): T {
  return stampCreate<T>(fields as Omit<T, keyof BaseRecord>, ctx.ids(), ctx.communityId, ctx.stamp)
}
