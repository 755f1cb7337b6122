/// <reference lib="webworker" />
/** Parses a 12345 export off the UI thread; the page terminates the worker to cancel. */
import { mapWorkOrderSheet } from '@shared/io/import12345'
import { headerFirst, headerRow, readSheetRows } from '../features/data/parseSheet'
import type { ImportWorkerReply, ImportWorkerRequest } from '../features/data/importMessages'

let rows: unknown[][] = []
const post = (reply: ImportWorkerReply): void => postMessage(reply)

function map(mapping: Record<string, string>, now: number): void {
  post({ type: 'progress', stage: 'map', done: 0 })
  const sheet = mapWorkOrderSheet(rows, { mapping, now })
  post({ type: 'done', sheet, headers: headerRow(rows, sheet.mapping), rowCount: rows.length })
}

self.onmessage = async ({ data }: MessageEvent<ImportWorkerRequest>) => {
  try {
    if (data.type === 'parse') {
      post({ type: 'progress', stage: 'read', done: 0 })
      const read = await readSheetRows(data.name, data.bytes, (done) => post({ type: 'progress', stage: 'read', done }))
      if (!read.ok) return post({ type: 'error', message: read.message })
      rows = headerFirst(read.rows)
    }
    map(data.mapping, data.now)
  } catch {
    post({ type: 'error', message: '文件读取失败：请确认文件完整，重新导出后再导入' })
  }
}
