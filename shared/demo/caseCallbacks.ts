import type { CallbackRecord, Satisfaction } from '../domain/case'
import { stampCreate, type Stamp } from '../sync/stamp'
import type { CaseRun } from './caseScript'
import type { Random } from './random'

const MIN = 60_000

/**
 * The 回访 record behind a demo case's callback events: most 12345 cases called back by the
 * centre (origin 12345, no local attempts), the rest by the office with its phone attempts.
 */
export function demoCallback(random: Random, run: CaseRun, caseId: string, id: string, communityId: string, stamp: Stamp): CallbackRecord | undefined {
  const results = run.events.filter((e) => e.type === 'callback')
  if (results.length === 0) return undefined
  const origin = run.base.source === '12345派单' && random.chance(0.6) ? '12345' : 'local'
  const attempts =
    origin === '12345'
      ? []
      : results.flatMap((e) =>
          e.payload?.contacted
            ? [{ at: e.at - random.int(5, 40) * MIN, channel: '电话', reached: true }]
            : [
                { at: e.at - random.int(120, 300) * MIN, channel: '电话', reached: false },
                { at: e.at, channel: '短信', reached: false, note: '已发短信告知处理结果' }
              ]
        )
  const satisfied = results.map((e) => e.payload?.satisfaction as Satisfaction | undefined).filter((s) => s !== undefined)
  const last = results[results.length - 1]
  const fields = {
    caseId,
    attempts,
    valid: last.payload?.valid === true,
    contacted: last.payload?.contacted === true,
    resolved: last.payload?.resolved === true,
    ...(satisfied.length ? { firstSatisfaction: satisfied[0] } : {}),
    ...(last.payload?.satisfaction ? { finalSatisfaction: last.payload.satisfaction as Satisfaction } : {}),
    origin: origin as CallbackRecord['origin'],
    completedAt: last.at
  }
  return stampCreate<CallbackRecord>(fields, id, communityId, stamp)
}
