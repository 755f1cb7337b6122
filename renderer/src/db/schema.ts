import type { Transaction } from 'dexie'

/**
 * The whole version ladder as data. Versions are only ever added: never edit a released step,
 * append `{ version: n + 1, stores: { changed tables only }, upgrade }` and a test in migrations/.
 * Index notes: `&` unique (rows without the field are simply not indexed), `*` multi-entry,
 * `[a+b]` compound, `++` auto-increment.
 */
export interface SchemaStep {
  version: number
  /** table → index spec; null deletes a table */
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

export const SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    stores: {
      community: 'id, communityId',
      grid: 'id, communityId, [communityId+code]',
      place: 'id, communityId, gridId, kind',
      unit: 'id, communityId, kind',
      person: 'id, communityId, gridId, phone, name, *tags',
      user: 'id, communityId, username',
      category: 'id, communityId, parentId',
      slaRule: 'id, communityId, level',
      holiday: 'id, communityId, day',
      case:
        'id, &orderNo, communityId, status, [communityId+status], receivedAt, [communityId+receivedAt], closedAt, ' +
        'gridId, placeId, [placeId+receivedAt], handlerId, unitId, categoryId, callerPhoneHash, updatedAt, finishDeadline, ' +
        '[communityId+callbackDue]',
      caseEvent: 'id, communityId, caseId, [caseId+at], at',
      callback: 'id, communityId, caseId, completedAt',
      whistle: 'id, communityId, at, status, [communityId+status]',
      whistleReport: 'id, communityId, whistleId, unitId',
      proactiveIssue: 'id, communityId, month, stage',
      proposal: 'id, communityId, status',
      meeting: 'id, communityId, at',
      vote: 'id, communityId, meetingId',
      resolution: 'id, communityId, meetingId',
      volunteer: 'id, communityId, personId, teamId, *placeIds',
      team: 'id, communityId',
      partyRegistration: 'id, communityId, personId',
      shift: 'id, communityId, placeId, start, [placeId+start]',
      patrol: 'id, communityId, volunteerId, placeId, startedAt',
      pointsEntry: 'id, communityId, volunteerId, [volunteerId+at], at',
      attachment: 'id, communityId, [ownerTable+ownerId]',
      auditEntry: '++seq, &id, communityId, at, actor, action',
      rollup: '[communityId+period+dimension+key], [communityId+dimension+period], communityId',
      setting: 'key',
      outbox: '++seq, table, recordId'
    }
  }
]

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1].version
