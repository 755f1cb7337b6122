import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mapWorkOrderSheet } from '@shared/io/import12345'
import type { DeskDB } from '../../db'
import { freshDb } from '../../db/testing'
import { caseWorld, type CaseWorld } from '../../db/cases/fixture'
import { repositoriesFor } from '../../db/repositories'
import { planImport } from '../../db/import'
import { useSessionStore } from '../../stores/session'
import { signInForTest } from '../../stores/testing'
import { headerFirst, readSheetRows } from './parseSheet'
import { useSampleFile } from './useSampleFile'

const holder = vi.hoisted(() => ({ db: null as DeskDB | null, saved: [] as { suggestedName: string; data: Uint8Array | string }[], cancel: false }))
vi.mock('../../db', async () => ({
  ...(await vi.importActual<typeof import('../../db')>('../../db')),
  db: () => holder.db as DeskDB,
  repos: () => repositoriesFor(holder.db as DeskDB)
}))
vi.mock('../../platform', () => ({
  platform: {
    saveFile: async (r: { suggestedName: string; data: Uint8Array | string }) => (holder.cancel ? { canceled: true } : (holder.saved.push(r), { canceled: false, path: r.suggestedName }))
  }
}))

const NOW = Date.UTC(2026, 10, 25, 6, 0)
let w: CaseWorld
beforeEach(async () => {
  holder.db = freshDb()
  holder.saved = []
  holder.cancel = false
  w = await caseWorld(holder.db)
  signInForTest(w.communityId)
  useSessionStore().community = (await repositoriesFor(holder.db).community.get(w.communityId)) ?? null
})
afterEach(() => holder.db?.delete())

async function readBack(file: { suggestedName: string; data: Uint8Array | string }) {
  const bytes = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data
  const read = await readSheetRows(file.suggestedName, bytes)
  if (!read.ok) throw new Error(read.message)
  return mapWorkOrderSheet(headerFirst(read.rows), { now: NOW })
}

describe('下载示例文件', () => {
  it("saves an xlsx of the open community's places and categories that imports with nothing to create", async () => {
    const sample = useSampleFile({ count: 30, now: () => NOW })
    expect(await sample.download('xlsx')).toBe('12345工单示例-2026-11-25.xlsx')
    expect(sample.busy.value).toBe(false)
    const sheet = await readBack(holder.saved[0])
    expect(sheet.rejected).toEqual([])
    expect(sheet.cases).toHaveLength(30)
    expect(new Set(sheet.cases.map((c) => c.address))).toEqual(new Set(w.places.map((p) => p.name)))
    expect(new Set(sheet.cases.map((c) => [c.district, c.township, c.community].join(' ')))).toEqual(new Set(['东城区 安和街道 银杏里社区']))
    const plan = await planImport(holder.db as DeskDB, w.communityId, sheet, NOW)
    expect(plan.unknownCategories).toEqual([])
    expect(plan.counts).toEqual({ new: 30, updated: 0, unchanged: 0, rejected: 0 })
  })

  it('saves the same rows as UTF-8 and GBK csv, and reports a cancelled save as nothing saved', async () => {
    const sample = useSampleFile({ count: 12, now: () => NOW })
    expect(await sample.download('csv')).toBe('12345工单示例-2026-11-25-UTF8.csv')
    expect(await sample.download('gbk')).toBe('12345工单示例-2026-11-25-GBK.csv')
    const [utf8, gbk] = await Promise.all(holder.saved.map(readBack))
    expect(gbk.cases).toHaveLength(12)
    expect(gbk).toEqual(utf8)
    holder.cancel = true
    expect(await sample.download('xlsx')).toBe('')
  })
})
