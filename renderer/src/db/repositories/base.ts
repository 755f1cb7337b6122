import type { Table } from 'dexie'
import { monotonicFactory } from 'ulid'
import type { z } from 'zod'
import type { BaseRecord, NewRecord } from '@shared/domain/record'
import { RecordNotFoundError, validate } from '@shared/domain/errors'
import { BASE_KEYS, changeOf, stampCreate, stampRemove, stampUpdate } from '@shared/sync/stamp'
import type { DeskDB, RecordTable, RecordTables } from '../database'
import type { WriteContext, Writer } from './writer'

export type { WriteContext } from './writer'

/** The contract the stores call; every write is one `rw` transaction with its outbox entry. */
export interface Repository<T extends BaseRecord> {
  /** undefined when missing or in the trash */
  get(id: string): Promise<T | undefined>
  /** live records of the community, oldest first */
  list(communityId: string): Promise<T[]>
  create(communityId: string, input: NewRecord<T>, ctx: WriteContext): Promise<T>
  /** a patch that changes nothing writes nothing */
  update(id: string, patch: Partial<NewRecord<T>>, ctx: WriteContext): Promise<T>
  /** tombstone, not delete: the row stays for the trash and for sync */
  remove(id: string, ctx: WriteContext): Promise<void>
}

/** What makes one aggregate's repository differ from the generic one. */
export interface RepositoryRules<T extends BaseRecord> {
  /** shape check of the record's own fields; its output (trimmed, defaulted) is what gets stored */
  schema?: z.ZodType
  /** other tables the checks read; they join the write transaction */
  reads?: RecordTable[]
  /** checks against stored data, inside the transaction, before anything is written */
  check?(next: T, prev: T | undefined, db: DeskDB): Promise<void>
  checkRemove?(row: T, db: DeskDB): Promise<void>
  /** the record is its own scope: its id is the community id (the community row) */
  ownScope?: boolean
}

const newId = monotonicFactory()

export const isLive = (row: { deletedAt?: number } | undefined): boolean => row !== undefined && row.deletedAt === undefined

function fieldsOf(input: object): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...input }
  for (const key of BASE_KEYS) delete fields[key]
  return fields
}

export function createRepository<K extends RecordTable>(
  writer: Writer,
  name: K,
  rules: RepositoryRules<RecordTables[K]> = {}
): Repository<RecordTables[K]> {
  type T = RecordTables[K]
  const { db } = writer
  const table = (): Table<T, string> => db.table(name)
  const tables = [name, 'outbox', ...(rules.reads ?? [])]
  const inTransaction = <R>(fn: () => Promise<R>): Promise<R> => db.transaction('rw', tables, fn)
  const clean = (fields: Record<string, unknown>) => (rules.schema ? { ...fields, ...(validate(rules.schema, fields) as object) } : fields)

  async function liveRow(id: string): Promise<T | undefined> {
    const row = await table().get(id)
    return isLive(row) ? row : undefined
  }

  async function existing(id: string): Promise<T> {
    const row = await liveRow(id)
    if (!row) throw new RecordNotFoundError('找不到这条记录，可能已被删除，请刷新后重试')
    return row
  }

  return {
    get: liveRow,

    list: (communityId) => table().where('communityId').equals(communityId).filter(isLive).toArray(),

    create: (communityId, input, ctx) =>
      inTransaction(async () => {
        const fields = clean(fieldsOf(input))
        const id = rules.ownScope ? communityId : (input.id ?? newId(ctx.now))
        const stamp = writer.stamp(ctx)
        const row = stampCreate<T>(fields as Omit<T, keyof BaseRecord>, id, communityId, stamp)
        await rules.check?.(row, undefined, db)
        await table().add(row)
        await writer.record(name, id, 'put', stamp, changeOf(row))
        return row
      }),

    update: (id, patch, ctx) =>
      inTransaction(async () => {
        const row = await existing(id)
        const candidate = clean({ ...fieldsOf(row), ...fieldsOf(patch) })
        const stamp = writer.stamp(ctx, row.hlc)
        const { next, changed } = stampUpdate(row, candidate as Partial<Omit<T, keyof BaseRecord>>, stamp)
        if (changed.length === 0) return row
        await rules.check?.(next, row, db)
        await table().put(next)
        await writer.record(name, id, 'put', stamp, changeOf(next, changed))
        return next
      }),

    remove: (id, ctx) =>
      inTransaction(async () => {
        const row = await existing(id)
        await rules.checkRemove?.(row, db)
        const stamp = writer.stamp(ctx, row.hlc)
        const next = stampRemove(row, stamp)
        await table().put(next)
        await writer.record(name, id, 'delete', stamp, changeOf(next, ['deletedAt']))
      })
  }
}
