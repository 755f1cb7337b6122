import { liveQuery, type Subscription } from 'dexie'
import type { CaseRecord } from '@shared/domain/case'
import { createCaseIndex, type CaseFilters, type CaseIndex, type CaseQuery, type CaseQueryResult, type CaseSelection } from '@shared/search'
import type { DeskDB } from '../db/database'

/** What the case index pushes to the page. */
export type CaseIndexEvents = {
  /** the index took in changes written elsewhere; pages on screen are stale */
  changed: { version: number; size: number }
  /** rows read so far while opening */
  progress: { loaded: number }
}

export interface CaseIndexServiceOptions {
  openDb(name: string): DeskDB
  emit<K extends keyof CaseIndexEvents>(name: K, payload: CaseIndexEvents[K]): void
  /** rows read per transaction while loading */
  chunk?: number
}

const NOT_OPEN = '工单索引尚未载入，请稍候再试'

/**
 * The case index with its data source: opens the desk database itself (Dexie runs in a worker),
 * reads the community's cases in chunks, then follows changes: a liveQuery on `updatedAt` sees
 * writes from any window (Dexie broadcasts them), and `sync(ids)` applies a known write at once.
 */
export function createCaseIndexService({ openDb, emit, chunk = 5000 }: CaseIndexServiceOptions) {
  let db: DeskDB | null = null
  let index: CaseIndex | null = null
  let communityId = ''
  let subscriptions: Subscription[] = []
  // the newest updatedAt taken in, and the ids taken in that were written at exactly that instant
  let lastSeen = 0
  let atLastSeen = new Set<string>()

  function take(rows: readonly (CaseRecord | undefined)[], gone: readonly string[] = []): boolean {
    if (!index) return false
    const mine: CaseRecord[] = []
    for (const row of rows) {
      if (!row) continue
      if (row.updatedAt > lastSeen) {
        lastSeen = row.updatedAt
        atLastSeen = new Set()
      }
      if (row.updatedAt === lastSeen) atLastSeen.add(row.id)
      if (row.communityId === communityId) mine.push(row)
    }
    if (mine.length) index.upsert(mine)
    if (gone.length) index.remove(gone)
    return mine.length > 0 || gone.length > 0
  }

  function close(): void {
    for (const s of subscriptions) s.unsubscribe()
    subscriptions = []
    db?.close()
    db = null
    index = null
  }

  function follow(database: DeskDB): void {
    // rows written since the last look; at the boundary instant only the ids not yet taken (a bulk
    // import writes thousands of rows in the same millisecond, and those are not read twice)
    const cases = liveQuery(async () => {
      const newer = await database.case.where('updatedAt').above(lastSeen).toArray()
      const boundary = await database.case.where('updatedAt').equals(lastSeen).primaryKeys()
      const unseen = boundary.filter((id) => !atLastSeen.has(id))
      return unseen.length ? [...(await database.case.bulkGet(unseen)), ...newer] : newer
    })
    const categories = liveQuery(() => database.category.where('communityId').equals(communityId).toArray())
    subscriptions = [
      cases.subscribe({
        next: (rows) => {
          if (take(rows) && index) emit('changed', { version: index.version, size: index.size })
        }
      }),
      categories.subscribe({
        next: (rows) => {
          if (!index) return
          index.setCategories(rows.filter((c) => c.deletedAt === undefined))
          emit('changed', { version: index.version, size: index.size })
        }
      })
    ]
  }

  const ready = (): CaseIndex => {
    if (!index) throw new Error(NOT_OPEN)
    return index
  }

  return {
    async open({ dbName, communityId: id }: { dbName: string; communityId: string }): Promise<{ size: number }> {
      close()
      const database = (db = openDb(dbName))
      communityId = id
      lastSeen = 0
      atLastSeen = new Set()
      const building = createCaseIndex([], {
        categories: (await database.category.where('communityId').equals(id).toArray()).filter((c) => c.deletedAt === undefined)
      })
      index = building
      let after = ''
      for (;;) {
        const rows = await database.case.where('id').above(after).limit(chunk).toArray()
        if (rows.length === 0 || index !== building) break
        take(rows)
        after = rows[rows.length - 1].id
        emit('progress', { loaded: building.size })
      }
      if (index !== building) throw new Error(NOT_OPEN)
      // the list opens sorted by one of these; sorting 300,000 cases once is better done before the first look
      building.prepare(['receivedAt', 'finishDeadline'])
      follow(database)
      return { size: building.size }
    },
    query: (q: CaseQuery): CaseQueryResult => ready().query(q),
    ids: (selection: CaseSelection, max: number): string[] => ready().ids(selection, max),
    counts: (base: Pick<CaseQuery, 'filters' | 'search' | 'now'>, views: Record<string, CaseFilters>): Record<string, number> =>
      ready().counts(base, views),
    /** applies the rows of ids just written here, without waiting for the liveQuery */
    async sync(ids: string[]): Promise<{ version: number; size: number }> {
      const target = ready()
      if (!db || ids.length === 0) return { version: target.version, size: target.size }
      const rows = await db.case.bulkGet(ids)
      // a tombstoned row leaves through upsert, a row that is gone altogether by id
      take(rows, ids.filter((_, i) => rows[i] === undefined))
      return { version: target.version, size: target.size }
    },
    close
  }
}

export type CaseIndexService = ReturnType<typeof createCaseIndexService>
