import { ValidationError, type FieldIssue } from '@shared/domain/errors'
import type { CallbackRecord, Satisfaction } from '@shared/domain/case'
import type { CallbackAttemptInput, CallbackResultInput } from '../../db/cases/contract'

/** A yes/no the clerk has not answered yet is '' (never silently false). */
export type YesNo = '' | 'yes' | 'no'

export interface AttemptDraft {
  at: number | null
  channel: CallbackAttemptInput['channel'] | ''
  reached: YesNo
  note: string
}

export interface ResultDraft {
  valid: YesNo
  contacted: YesNo
  resolved: YesNo
  satisfaction: Satisfaction | ''
  summary: string
}

export const hasReachedAttempt = (callback: Pick<CallbackRecord, 'attempts'> | undefined): boolean =>
  Boolean(callback?.attempts.some((a) => a.reached))

/** A fresh result form: a reached attempt makes the callback valid unless the clerk says otherwise. */
export function blankResult(callback: Pick<CallbackRecord, 'attempts'> | undefined): ResultDraft {
  return { valid: hasReachedAttempt(callback) ? 'yes' : '', contacted: '', resolved: '', satisfaction: '', summary: '' }
}

/** An attempt as the service takes it, or field messages in Chinese. */
export function toAttempt(draft: AttemptDraft, now: number): CallbackAttemptInput {
  const issues: FieldIssue[] = []
  if (draft.at === null) issues.push({ field: 'at', message: '请填写回访时间' })
  else if (draft.at > now + 60_000) issues.push({ field: 'at', message: '回访时间不能晚于现在' })
  if (!draft.channel) issues.push({ field: 'channel', message: '请选择回访方式' })
  if (!draft.reached) issues.push({ field: 'reached', message: '请选择是否接通' })
  if (issues.length) throw new ValidationError(issues)
  const note = draft.note.trim()
  return { at: draft.at as number, channel: draft.channel as CallbackAttemptInput['channel'], reached: draft.reached === 'yes', ...(note ? { note } : {}) }
}

/**
 * The result as the service takes it. A result needs a reached attempt or an explicit 有效回访 choice;
 * a valid callback answers 是否联系, 是否解决 and 满意度; 不满意 and 无效回访 say why in 回访说明.
 */
export function toResult(draft: ResultDraft, callback: Pick<CallbackRecord, 'attempts'> | undefined): CallbackResultInput {
  const issues: FieldIssue[] = []
  const summary = draft.summary.trim()
  if (!draft.valid) {
    issues.push({
      field: 'valid',
      message: hasReachedAttempt(callback)
        ? '请选择是否为有效回访'
        : '还没有接通的回访记录：请先登记一次接通的回访，或明确选择是否为有效回访'
    })
  }
  if (draft.valid === 'yes') {
    if (!draft.contacted) issues.push({ field: 'contacted', message: '请选择承办方是否联系了诉求人' })
    if (!draft.resolved) issues.push({ field: 'resolved', message: '请选择问题是否解决' })
    if (!draft.satisfaction) issues.push({ field: 'satisfaction', message: '有效回访须选择满意度' })
    if (draft.satisfaction === '不满意' && !summary) issues.push({ field: 'summary', message: '不满意时请在回访说明中写明原因，便于重办' })
  }
  if (draft.valid === 'no' && !summary) issues.push({ field: 'summary', message: '无效回访请在回访说明中写明原因' })
  if (issues.length) throw new ValidationError(issues)
  const valid = draft.valid === 'yes'
  return {
    valid,
    contacted: valid && draft.contacted === 'yes',
    resolved: valid && draft.resolved === 'yes',
    ...(valid && draft.satisfaction ? { satisfaction: draft.satisfaction } : {}),
    ...(summary ? { summary } : {})
  }
}
