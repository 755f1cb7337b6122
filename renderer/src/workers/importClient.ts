import type { ImportWorkerReply, ImportWorkerRequest } from '../features/data/importMessages'
import { createImportParser } from './importParser'

/** The page's handle on the 12345 file parser; `stop` ends it, and no reply comes after. */
export interface ImportParserClient {
  send(request: ImportWorkerRequest): void
  stop(): void
}

const WORKER_FAILED = '文件解析未能启动，请刷新页面后重试'

/** The parser in its own Web Worker: stopping terminates the worker, so a cancelled parse ends mid-file. */
export function startImportWorker(onReply: (reply: ImportWorkerReply) => void): ImportParserClient {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import-12345' })
  let stopped = false
  worker.onmessage = ({ data }: MessageEvent<ImportWorkerReply>) => void (stopped || onReply(data))
  worker.onerror = () => void (stopped || onReply({ type: 'error', message: WORKER_FAILED }))
  return {
    send: (request) => worker.postMessage(request),
    stop: () => {
      stopped = true
      worker.terminate()
    }
  }
}

/** The same parser on this thread, for tests: each request starts on a later task, as a worker's would; `idle` waits for the last. */
export function startImportInProcess(onReply: (reply: ImportWorkerReply) => void): ImportParserClient & { idle(): Promise<void> } {
  let stopped = false
  let running = Promise.resolve()
  const handle = createImportParser((reply) => void (stopped || onReply(reply)))
  const later = () => new Promise<void>((done) => setTimeout(done, 0))
  return {
    send: (request) => void (running = running.then(later).then(() => (stopped ? undefined : handle(request)))),
    stop: () => void (stopped = true),
    idle: () => running
  }
}
