// Case exports off the UI thread: opens the desk database here and streams the file; the page ends the worker to cancel.
import { DeskDB } from '../db/database'
import { createExportService, type ExportEvents, type ExportService } from './exportService'
import { serve, type Endpoint } from './rpc'

const service = createExportService({
  openDb: (name) => new DeskDB(name),
  emit: (name, payload) => server.emit(name, payload)
})
const server = serve<ExportService, ExportEvents>(self as unknown as Endpoint, service)
