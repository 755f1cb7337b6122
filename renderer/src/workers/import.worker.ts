/// <reference lib="webworker" />
/** Parses a 12345 export off the UI thread; the page terminates the worker to cancel. */
import type { ImportWorkerReply, ImportWorkerRequest } from '../features/data/importMessages'
import { createImportParser } from './importParser'

const handle = createImportParser((reply: ImportWorkerReply) => postMessage(reply))

self.onmessage = ({ data }: MessageEvent<ImportWorkerRequest>) => void handle(data)
