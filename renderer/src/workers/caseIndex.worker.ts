// The case index off the UI thread: it opens the desk database here and answers the list's queries.
import { DeskDB } from '../db/database'
import { createCaseIndexService, type CaseIndexEvents, type CaseIndexService } from './caseIndexService'
import { serve, type Endpoint } from './rpc'

const service = createCaseIndexService({
  openDb: (name) => new DeskDB(name),
  // events start after `open`, long after the server below exists
  emit: (name, payload) => server.emit(name, payload)
})
const server = serve<CaseIndexService, CaseIndexEvents>(self as unknown as Endpoint, service)
