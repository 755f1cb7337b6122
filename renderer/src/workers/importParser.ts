/** The import worker's work, apart from the worker: bytes → rows → mapped sheet, with progress replies. */
import { mapWorkOrderSheet } from '@shared/io/import12345'
import { headerFirst, headerRow, readSheetRows } from '../features/data/parseSheet'
import type { ImportWorkerReply, ImportWorkerRequest } from '../features/data/importMessages'

export const READ_FAILED = '文件读取失败：请确认文件完整，重新导出后再导入'

/** One parser keeps the last file's rows, so a changed mapping re-reads them without the bytes. */
export function createImportParser(post: (reply: ImportWorkerReply) => void): (request: ImportWorkerRequest) => Promise<void> {
  let rows: unknown[][] = []

  function map(mapping: Record<string, string>, now: number): void {
    post({ type: 'progress', stage: 'map', done: 0 })
    const sheet = mapWorkOrderSheet(rows, { mapping, now })
    post({ type: 'done', sheet, headers: headerRow(rows, sheet.mapping), rowCount: rows.length })
  }

  return async (request) => {
    try {
      if (request.type === 'parse') {
        post({ type: 'progress', stage: 'read', done: 0 })
        const read = await readSheetRows(request.name, request.bytes, (done) => post({ type: 'progress', stage: 'read', done }))
        if (!read.ok) return post({ type: 'error', message: read.message })
        rows = headerFirst(read.rows)
      }
      map(request.mapping, request.now)
    } catch {
      post({ type: 'error', message: READ_FAILED })
    }
  }
}
