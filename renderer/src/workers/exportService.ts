/**
 * Case exports off the UI thread (DESIGN §4): picks the cases (the list's filters and order, or a
 * selection), then reads them in chunks and streams them into the file, reporting progress.
 * The page cancels by ending the worker; nothing is written to the database.
 */
import type { CaseRecord } from '@shared/domain/case'
import type { Category } from '@shared/domain/org'
import { categoryPathsById } from '@shared/io/categoryPaths'
import { geoReportRequests, geoReportServices } from '@shared/io/open311'
import { createCaseIndex, type CaseSelection } from '@shared/search'
import type { DeskDB } from '../db/database'
import { caseExportCells, exportHeader, type ExportLookups, type ExportText } from '../features/caselist/exportRows'
import { jsonArrayWriter, openTableWriter, type TableFormat } from './exportWriters'

export type ExportFormat = TableFormat | 'open311'

export interface ExportJob {
  dbName: string
  communityId: string
  format: ExportFormat
  /** the selected cases, or the list as filtered and sorted */
  scope: { ids: string[] } | { selection: CaseSelection }
  text: ExportText
  unmasked: boolean
  sheetName: string
}

export interface ExportOutcome {
  /** one file, or services.json and requests.json for Open311 */
  files: { part: 'cases' | 'services' | 'requests'; bytes: Uint8Array<ArrayBuffer> }[]
  count: number
  /** characters GBK lacks, written as '?' */
  missing: { count: number; examples: string[] }
}

export type ExportEvents = {
  progress: { stage: 'select' | 'write'; done: number; total: number }
}

export interface ExportServiceOptions {
  openDb(name: string): DeskDB
  emit<K extends keyof ExportEvents>(name: K, payload: ExportEvents[K]): void
  /** cases read per transaction */
  chunk?: number
}

const live = <T extends { deletedAt?: number }>(rows: T[]) => rows.filter((r) => r.deletedAt === undefined)

async function lookupsOf(db: DeskDB, communityId: string): Promise<{ lookups: ExportLookups; categories: Category[] }> {
  const mine = <T extends { deletedAt?: number }>(rows: Promise<T[]>) => rows.then(live)
  const [grids, places, units, users, categories] = await Promise.all([
    mine(db.grid.where('communityId').equals(communityId).toArray()),
    mine(db.place.where('communityId').equals(communityId).toArray()),
    mine(db.unit.where('communityId').equals(communityId).toArray()),
    mine(db.user.where('communityId').equals(communityId).toArray()),
    mine(db.category.where('communityId').equals(communityId).toArray())
  ])
  const names = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]))
  const maps = { grid: names(grids), place: names(places), unit: names(units), handler: names(users), category: categoryPathsById(categories) }
  const get = (map: Map<string, string>) => (id?: string) => (id ? (map.get(id) ?? '') : '')
  return {
    categories,
    lookups: { grid: get(maps.grid), place: get(maps.place), unit: get(maps.unit), handler: get(maps.handler), category: get(maps.category) }
  }
}

export function createExportService({ openDb, emit, chunk = 2000 }: ExportServiceOptions) {
  /** The ids of the list as the page shows it: an index over the community's cases, read in chunks. */
  async function selectIds(db: DeskDB, communityId: string, selection: CaseSelection, categories: Category[]): Promise<string[]> {
    const index = createCaseIndex([], { categories })
    const total = await db.case.where('communityId').equals(communityId).count()
    let after = ''
    for (;;) {
      const rows = await db.case.where('id').above(after).limit(chunk * 2).toArray()
      if (rows.length === 0) break
      index.upsert(rows.filter((r) => r.communityId === communityId))
      after = rows[rows.length - 1].id
      emit('progress', { stage: 'select', done: index.size, total })
    }
    return index.ids(selection, Number.MAX_SAFE_INTEGER)
  }

  async function run(job: ExportJob): Promise<ExportOutcome> {
    const db = openDb(job.dbName)
    try {
      const { lookups, categories } = await lookupsOf(db, job.communityId)
      const ids = 'ids' in job.scope ? job.scope.ids : await selectIds(db, job.communityId, job.scope.selection, categories)
      const table = job.format === 'open311' ? null : await openTableWriter(job.format, exportHeader(job.text), job.sheetName)
      const requests = job.format === 'open311' ? jsonArrayWriter() : null
      let count = 0
      for (let i = 0; i < ids.length; i += chunk) {
        const rows = (await db.case.bulkGet(ids.slice(i, i + chunk))).filter(
          (c): c is CaseRecord => c !== undefined && c.deletedAt === undefined && c.communityId === job.communityId
        )
        if (table) await table.rows(rows.map((c) => caseExportCells(c, lookups, job.text, { unmasked: job.unmasked })))
        else requests?.add(geoReportRequests(rows, { categories, unitName: lookups.unit }))
        count += rows.length
        emit('progress', { stage: 'write', done: Math.min(i + chunk, ids.length), total: ids.length })
      }
      if (table) return { files: [{ part: 'cases', bytes: await table.finish() }], count, missing: table.missing }
      const services = new TextEncoder().encode(`${JSON.stringify(geoReportServices(categories), null, 2)}\n`)
      return { files: [{ part: 'services', bytes: services }, { part: 'requests', bytes: requests!.finish() }], count, missing: { count: 0, examples: [] } }
    } finally {
      db.close()
    }
  }

  return { run }
}

export type ExportService = ReturnType<typeof createExportService>
