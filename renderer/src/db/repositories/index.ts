import type { DeskDB, RecordTable } from '../database'
import { createRepository } from './base'
import { createHolidayRepository, createSlaRuleRepository } from './calendarRules'
import { createCategoryRepository } from './category'
import { createCommunityRepository } from './community'
import { createGridRepository } from './grid'
import { createPersonRepository, createPlaceRepository, createUnitRepository } from './people'
import { createSettingRepository } from './setting'
import { createUserRepository } from './user'
import { createWriter } from './writer'

/** Every repository of one database, sharing one hybrid clock. */
export function createRepositories(db: DeskDB) {
  const writer = createWriter(db)
  const generic = <K extends RecordTable>(name: K) => createRepository(writer, name)
  return {
    writer,
    community: createCommunityRepository(writer),
    grid: createGridRepository(writer),
    place: createPlaceRepository(writer),
    unit: createUnitRepository(writer),
    person: createPersonRepository(writer),
    user: createUserRepository(writer),
    category: createCategoryRepository(writer),
    slaRule: createSlaRuleRepository(writer),
    holiday: createHolidayRepository(writer),
    case: generic('case'),
    caseEvent: generic('caseEvent'),
    callback: generic('callback'),
    whistle: generic('whistle'),
    whistleReport: generic('whistleReport'),
    proactiveIssue: generic('proactiveIssue'),
    proposal: generic('proposal'),
    meeting: generic('meeting'),
    vote: generic('vote'),
    resolution: generic('resolution'),
    volunteer: generic('volunteer'),
    team: generic('team'),
    partyRegistration: generic('partyRegistration'),
    shift: generic('shift'),
    patrol: generic('patrol'),
    pointsEntry: generic('pointsEntry'),
    attachment: generic('attachment'),
    setting: createSettingRepository(writer)
  }
}

export type Repositories = ReturnType<typeof createRepositories>

const cache = new WeakMap<DeskDB, Repositories>()

/** The repositories of a database, made once so its writes share one clock. */
export function repositoriesFor(db: DeskDB): Repositories {
  let repos = cache.get(db)
  if (!repos) cache.set(db, (repos = createRepositories(db)))
  return repos
}

export type { Repository, RepositoryRules } from './base'
export type { WriteContext, Writer } from './writer'
export type { SettingRepository } from './setting'
