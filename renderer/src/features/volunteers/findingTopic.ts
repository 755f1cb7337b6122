import { formatDateTime } from '@shared/domain/dates'
import type { Patrol, PatrolFinding } from '@shared/domain/volunteers'
import type { ProposalInput } from '../../db/meetings/contract'

/** What a topic made from a patrol finding names as its source: `patrol:<patrolId>:<findingId>`. */
export const findingTopicRef = (patrolId: string, findingId: string): string => `patrol:${patrolId}:${findingId}`

/** 转为议题: the 议事 topic a finding proposes, from the volunteer who found it, with its case linked if it has one. */
export function findingTopic(patrol: Patrol, finding: PatrolFinding, who: { placeName: string; volunteerName: string; personId?: string }): ProposalInput {
  const placeId = finding.placeId ?? patrol.placeId
  return {
    source: '小巷管家',
    title: `${who.placeName}${finding.type}`.slice(0, 60),
    content: `${finding.text}（小巷管家${who.volunteerName} ${formatDateTime(patrol.startedAt)} 巡查发现）`.slice(0, 2000),
    ...(who.personId ? { proposerId: who.personId } : {}),
    ...(who.volunteerName ? { proposerName: who.volunteerName.slice(0, 20) } : {}),
    placeId,
    caseIds: finding.caseId ? [finding.caseId] : [],
    sourceRef: findingTopicRef(patrol.id, finding.id)
  }
}
