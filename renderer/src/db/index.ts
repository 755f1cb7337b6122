import { DeskDB, openDesk } from './database'
import { repositoriesFor, type Repositories } from './repositories'
import { createCaseServices } from './cases'
import { createScoreboardService } from './rollups'
import type { ScoreboardService } from './rollups/contract'

export { DeskDB, DEFAULT_DB_NAME, openAtVersion, openDesk, type RecordTable, type RecordTables } from './database'
export { LATEST_VERSION, SCHEMA, type SchemaStep } from './schema'
export { createRepositories, repositoriesFor, type Repositories } from './repositories'
export type { Repository, RepositoryRules, SettingRepository, WriteContext, Writer } from './repositories'
export { currentCommunity, getDeviceId, isSetUp } from './device'
export { CALLBACK_CHANNELS, createCaseServices, OPEN_STATUSES } from './cases'
export type * from './cases/contract'
export type * from './rollups/contract'
export { createScoreboardService, DEFAULT_SETTINGS as DEFAULT_ASSESSMENT_SETTINGS } from './rollups'
export { createCommunity, loadDemoCommunity, type DemoLoadOptions, type NewCommunityInput } from './setup'

let defaultDb: DeskDB | undefined

/** The desk's default database, made on first call; Dexie opens it on first use. */
export function db(): DeskDB {
  return (defaultDb ??= openDesk())
}

/** The repositories bound to the default database. */
export function repos(): Repositories {
  return repositoriesFor(db())
}

const services = new WeakMap<DeskDB, ReturnType<typeof createCaseServices>>()
const servicesOf = (database: DeskDB) => {
  let found = services.get(database)
  if (!found) services.set(database, (found = createCaseServices(database)))
  return found
}

/** 接诉即办 cases on the default database. */
export const caseService = () => servicesOf(db()).cases
/** 回访 on the default database. */
export const callbackService = () => servicesOf(db()).callbacks
/** 吹哨报到 on the default database. */
export const whistleService = () => servicesOf(db()).whistles

const scoreboards = new WeakMap<DeskDB, ScoreboardService>()

/** 三率 scoreboards and rankings on the default database (read from rollups). */
export function scoreboardService(): ScoreboardService {
  const database = db()
  let found = scoreboards.get(database)
  if (!found) scoreboards.set(database, (found = createScoreboardService(database)))
  return found
}
