import type { OutboxOp } from '@shared/domain/system'
import { maxHlc, nextHlc } from '@shared/sync/hlc'
import type { Stamp } from '@shared/sync/stamp'
import type { DeskDB } from '../database'

/** Who writes, when, on which device: every write takes it from the session. */
export interface WriteContext {
  now: number
  deviceId: string
  /** user id, or 'system' */
  actor: string
}

/** What every repository of one database shares: the hybrid clock and the outbox. */
export interface Writer {
  db: DeskDB
  /** A stamp for a write by `ctx`, later than every clock this writer issued and than `after`. */
  stamp(ctx: WriteContext, after?: string): Stamp
  /** Append a change to the outbox; call inside the write's transaction. */
  record(table: string, recordId: string, op: OutboxOp, stamp: Stamp, change: Record<string, unknown>): Promise<void>
}

export function createWriter(db: DeskDB): Writer {
  let last: string | undefined
  return {
    db,
    stamp(ctx, after) {
      last = nextHlc(maxHlc(last, after), ctx.now, ctx.deviceId)
      return { now: ctx.now, hlc: last }
    },
    async record(table, recordId, op, { now, hlc }, change) {
      await db.outbox.add({ table, recordId, op, hlc, at: now, change })
    }
  }
}
