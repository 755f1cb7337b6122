import type { DeskDB } from '../db/database'
import { createCaseIndexService, type CaseIndexEvents, type CaseIndexService } from './caseIndexService'
import { connect, endpointPair, serve, type RpcClient } from './rpc'

/** The page's handle on the case index, wherever it runs. */
export type CaseIndexClient = RpcClient<CaseIndexService, CaseIndexEvents>

const WORKER_FAILED = '工单索引未能启动，请重新打开本页'

/** The index in its Web Worker; a worker that fails to start rejects every call with a Chinese message. */
export function startCaseIndexWorker(): CaseIndexClient {
  const worker = new Worker(new URL('./caseIndex.worker.ts', import.meta.url), { type: 'module', name: 'case-index' })
  const client = connect<CaseIndexService, CaseIndexEvents>(worker)
  worker.addEventListener('error', () => client.fail(WORKER_FAILED))
  const close = client.close
  return { ...client, close: () => (close(), worker.terminate()) }
}

/** The same index in this thread, behind the same interface: for tests, and where workers are unavailable. */
export function startCaseIndexInProcess(openDb: (name: string) => DeskDB, { chunk }: { chunk?: number } = {}): CaseIndexClient {
  const [near, far] = endpointPair()
  const service = createCaseIndexService({ openDb, chunk, emit: (name, payload) => server.emit(name, payload) })
  const server = serve<CaseIndexService, CaseIndexEvents>(far, service)
  const client = connect<CaseIndexService, CaseIndexEvents>(near)
  const close = client.close
  return { ...client, close: () => (close(), service.close(), server.close()) }
}
