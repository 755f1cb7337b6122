import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import { generate12345Rows, write12345Csv } from '@shared/demo/export12345'
import type { DeskDB } from '../db'
import { IMPORT_CANCELLED } from '../db/import'
import { freshDb } from '../db/testing'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { repositoriesFor } from '../db/repositories'
import type { startImportInProcess } from '../workers/importClient'
import { signInForTest } from './testing'
import { useImportStore } from './import'

// The store's database is a fresh test one, and its parser runs on this thread where the test can see it end.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null, parsers: [] as ReturnType<typeof startImportInProcess>[] }))
vi.mock('../db', async () => ({
  ...(await vi.importActual<typeof import('../db')>('../db')),
  db: () => holder.db as DeskDB,
  repos: () => repositoriesFor(holder.db as DeskDB)
}))
vi.mock('../workers/importClient', async () => {
  const actual = await vi.importActual<typeof import('../workers/importClient')>('../workers/importClient')
  return {
    ...actual,
    startImportWorker: (onReply: Parameters<typeof actual.startImportInProcess>[0]) => {
      const parser = actual.startImportInProcess(onReply)
      const stop = vi.fn(parser.stop)
      holder.parsers.push({ ...parser, stop })
      return { ...parser, stop }
    }
  }
})

const COUNT = 20
const file = () => new TextEncoder().encode(write12345Csv(generate12345Rows({ seed: 4, count: COUNT, now: Date.now() })))
const tableCounts = async () => Object.fromEntries(await Promise.all((holder.db as DeskDB).tables.map(async (t) => [t.name, await t.count()])))

let w: CaseWorld
beforeEach(async () => {
  holder.db = freshDb()
  holder.parsers = []
  w = await caseWorld(holder.db)
  signInForTest(w.communityId)
})
afterEach(() => holder.db?.delete())

describe('useImportStore', () => {
  it('reports the parse as it goes and shows the preview at 100%', async () => {
    const store = useImportStore()
    const seen: number[] = []
    watch(() => store.progress, (p) => seen.push(p), { flush: 'sync' })
    await store.start('12345.csv', file())
    expect(store.phase).toBe('parsing')
    await vi.waitFor(() => expect(store.phase).toBe('preview'))
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true)
    expect(seen.at(-1)).toBe(100)
    expect(store.plan?.counts).toMatchObject({ new: COUNT, rejected: 0 })
  })

  it('a cancel while parsing ends the parser, writes nothing and returns to the start', async () => {
    const store = useImportStore()
    const before = await tableCounts()
    // cancelled as the rows are being mapped, before the parser has answered
    watch(() => store.progress, (p) => p > 0 && store.cancel(), { flush: 'sync' })
    await store.start('12345.csv', file())
    await holder.parsers[0].idle()
    await new Promise((done) => setTimeout(done, 20))
    expect(holder.parsers[0].stop).toHaveBeenCalled()
    expect([store.phase, store.progress, store.sheet, store.plan, store.error]).toEqual(['idle', 0, null, null, ''])
    expect(await tableCounts()).toEqual(before)
  })

  it('reports commit progress up to the total and lands every new case', async () => {
    const store = useImportStore()
    await store.start('12345.csv', file())
    await vi.waitFor(() => expect(store.phase).toBe('preview'))
    const seen: { done: number; total: number }[] = []
    watch(() => store.committed, (c) => seen.push(c), { flush: 'sync' })
    const commit = store.commit()
    expect(store.phase).toBe('committing')
    await commit
    expect(store.phase).toBe('done')
    // after the reset to nothing, the commit's own reports
    const reports = seen.filter((c) => c.total > 0)
    expect(reports.at(0)).toEqual({ done: 0, total: COUNT })
    expect(reports.at(-1)).toEqual({ done: COUNT, total: COUNT })
    expect(store.commitPercent).toBe(100)
    expect(await (holder.db as DeskDB).case.where('orderNo').anyOf(store.sheet!.cases.map((c) => c.orderNo)).count()).toBe(COUNT)
  })

  it('a cancelled commit rolls back and goes back to the preview', async () => {
    const store = useImportStore()
    await store.start('12345.csv', file())
    await vi.waitFor(() => expect(store.phase).toBe('preview'))
    const before = await tableCounts()
    watch(() => store.committed, (c) => c.total > 0 && store.cancelCommit(), { flush: 'sync' })
    await store.commit()
    expect([store.phase, store.notice, store.error, store.result]).toEqual(['preview', IMPORT_CANCELLED, '', null])
    expect(await tableCounts()).toEqual(before)
  })
})
