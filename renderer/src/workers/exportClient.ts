import type { DeskDB } from '../db/database'
import { createExportService, type ExportEvents, type ExportService } from './exportService'
import { connect, endpointPair, serve, type RpcClient } from './rpc'

/** The page's handle on one export; `close` ends it (and with a worker, cancels it at once). */
export type ExportClient = RpcClient<ExportService, ExportEvents>

export const EXPORT_CANCELLED = '导出已取消'
const WORKER_FAILED = '导出未能启动，请刷新页面后重试'

/** One export in its own Web Worker: closing terminates the worker, so a cancelled export stops mid-file. */
export function startExportWorker(): ExportClient {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'case-export' })
  const client = connect<ExportService, ExportEvents>(worker)
  worker.addEventListener('error', () => client.fail(WORKER_FAILED))
  const close = client.close
  return {
    ...client,
    close: () => {
      client.fail(EXPORT_CANCELLED)
      close()
      worker.terminate()
    }
  }
}

/** The same export on this thread, behind the same interface: for tests and where workers are unavailable. */
export function startExportInProcess(openDb: (name: string) => DeskDB, { chunk }: { chunk?: number } = {}): ExportClient {
  const [near, far] = endpointPair()
  const service = createExportService({ openDb, chunk, emit: (name, payload) => server.emit(name, payload) })
  const server = serve<ExportService, ExportEvents>(far, service)
  const client = connect<ExportService, ExportEvents>(near)
  const close = client.close
  return { ...client, close: () => (client.fail(EXPORT_CANCELLED), close(), server.close()) }
}
