import { openDesk, type DeskDB } from './database'
import type { WriteContext } from './repositories/writer'

/** Test helpers: a database of its own per test, and a write context at a given time. */

let counter = 0

export function freshDb(): DeskDB {
  counter += 1
  return openDesk(`desk-test-${counter}-${Math.random().toString(36).slice(2)}`)
}

export const T0 = Date.UTC(2026, 2, 9, 1, 30)

export function ctxAt(now = T0, deviceId = 'devA', actor = 'tester'): WriteContext {
  return { now, deviceId, actor }
}

/** Row counts of the given tables, to show a refused write left them untouched. */
export async function counts(db: DeskDB, ...tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const name of tables) out[name] = await db.table(name).count()
  return out
}
