import type { CallbackRecord } from '@shared/domain/case'
import type { ImportedCase } from '@shared/io/import12345'
import { callbackChanged } from './plan'

/**
 * The callback record's fields from the 12345 centre's answers (是否联系 / 是否解决 / 是否满意), or null
 * when the file says nothing new. A satisfaction makes the callback valid; the first one is kept as first.
 */
export function callbackFields(c: ImportedCase, existing: CallbackRecord | undefined, now: number): Partial<CallbackRecord> | null {
  const cb = c.callback
  if (!cb || !callbackChanged(c, existing)) return null
  const fields: Partial<CallbackRecord> = { completedAt: now }
  if (cb.contacted !== undefined) fields.contacted = cb.contacted
  if (cb.resolved !== undefined) fields.resolved = cb.resolved
  if (cb.satisfaction) {
    fields.valid = true
    fields.finalSatisfaction = cb.satisfaction
    if (!existing?.firstSatisfaction) fields.firstSatisfaction = cb.satisfaction
  }
  return fields
}
