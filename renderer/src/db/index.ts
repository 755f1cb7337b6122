import { DeskDB, openDesk } from './database'
import { repositoriesFor, type Repositories } from './repositories'

export { DeskDB, DEFAULT_DB_NAME, openAtVersion, openDesk, type RecordTable, type RecordTables } from './database'
export { LATEST_VERSION, SCHEMA, type SchemaStep } from './schema'
export { createRepositories, repositoriesFor, type Repositories } from './repositories'
export type { Repository, RepositoryRules, SettingRepository, WriteContext, Writer } from './repositories'
export { currentCommunity, getDeviceId, isSetUp } from './device'
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
