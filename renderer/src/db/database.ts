import Dexie, { type EntityTable, type Table } from 'dexie'
import type { CallbackRecord, CaseEventRecord, CaseRecord, SlaRuleRecord } from '@shared/domain/case'
import type { Category, Community, Grid, Person, Place, Unit, User } from '@shared/domain/org'
import type { Attachment, AuditEntry, Holiday, OutboxEntry, Rollup, Setting } from '@shared/domain/system'
import type { PartyRegistration, Patrol, PointsEntry, Shift, Team, Volunteer } from '@shared/domain/volunteers'
import type { Meeting, Proposal, Resolution, Vote } from '@shared/domain/meetings'
import type { ProactiveIssue, Whistle, WhistleReport } from '@shared/domain/work'
import { SCHEMA, type SchemaStep } from './schema'

/** Record type of every table keyed by id: the tables the generic repository serves. */
export interface RecordTables {
  community: Community
  grid: Grid
  place: Place
  unit: Unit
  person: Person
  user: User
  category: Category
  slaRule: SlaRuleRecord
  holiday: Holiday
  case: CaseRecord
  caseEvent: CaseEventRecord
  callback: CallbackRecord
  whistle: Whistle
  whistleReport: WhistleReport
  proactiveIssue: ProactiveIssue
  proposal: Proposal
  meeting: Meeting
  vote: Vote
  resolution: Resolution
  volunteer: Volunteer
  team: Team
  partyRegistration: PartyRegistration
  shift: Shift
  patrol: Patrol
  pointsEntry: PointsEntry
  attachment: Attachment
}
export type RecordTable = keyof RecordTables

type Records<K extends RecordTable> = EntityTable<RecordTables[K], 'id'>

/** The desk's IndexedDB database: one class, the ladder from schema.ts. */
export class DeskDB extends Dexie {
  declare community: Records<'community'>
  declare grid: Records<'grid'>
  declare place: Records<'place'>
  declare unit: Records<'unit'>
  declare person: Records<'person'>
  declare user: Records<'user'>
  declare category: Records<'category'>
  declare slaRule: Records<'slaRule'>
  declare holiday: Records<'holiday'>
  declare case: Records<'case'>
  declare caseEvent: Records<'caseEvent'>
  declare callback: Records<'callback'>
  declare whistle: Records<'whistle'>
  declare whistleReport: Records<'whistleReport'>
  declare proactiveIssue: Records<'proactiveIssue'>
  declare proposal: Records<'proposal'>
  declare meeting: Records<'meeting'>
  declare vote: Records<'vote'>
  declare resolution: Records<'resolution'>
  declare volunteer: Records<'volunteer'>
  declare team: Records<'team'>
  declare partyRegistration: Records<'partyRegistration'>
  declare shift: Records<'shift'>
  declare patrol: Records<'patrol'>
  declare pointsEntry: Records<'pointsEntry'>
  declare attachment: Records<'attachment'>
  declare auditEntry: EntityTable<AuditEntry, 'seq'>
  declare rollup: Table<Rollup, [string, string, string]>
  declare setting: EntityTable<Setting, 'key'>
  declare outbox: EntityTable<OutboxEntry, 'seq'>

  constructor(name: string, ladder: readonly SchemaStep[] = SCHEMA) {
    super(name)
    for (const step of ladder) {
      const version = this.version(step.version).stores(step.stores)
      if (step.upgrade) version.upgrade(step.upgrade)
    }
  }

  /** A table of records keyed by id, typed by its name. */
  records<K extends RecordTable>(name: K): Records<K> {
    return this.table(name) as unknown as Records<K>
  }
}

export const DEFAULT_DB_NAME = 'community-desk'

/** The desk database; Dexie opens it on first use. */
export function openDesk(name = DEFAULT_DB_NAME): DeskDB {
  return new DeskDB(name)
}

/** The database as it was at `version`: for migration tests that write old data, then upgrade. */
export function openAtVersion(name: string, version: number): DeskDB {
  const ladder = SCHEMA.filter((step) => step.version <= version)
  if (ladder.length === 0 || ladder[ladder.length - 1].version !== version) throw new Error(`没有第 ${version} 版数据库结构`)
  return new DeskDB(name, ladder)
}
