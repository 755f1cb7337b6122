import type { z } from 'zod'

/** Every refusal the domain or a repository raises; `message` is Simplified Chinese, ready for the UI. */
export class DeskError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

export interface FieldIssue {
  /** dotted path of the offending field, e.g. `population` or `grids.2.code` */
  field: string
  message: string
}

/** Input that cannot be saved as it is; nothing was written. */
export class ValidationError extends DeskError {
  readonly issues: FieldIssue[]

  constructor(issues: FieldIssue[]) {
    super(summarize(issues))
    this.issues = issues
  }

  /** Re-root the issues under a prefix, e.g. a grid's issues under `grids.2`. */
  within(prefix: string): ValidationError {
    return new ValidationError(this.issues.map((i) => ({ field: i.field ? `${prefix}.${i.field}` : prefix, message: i.message })))
  }
}

/** The record asked for is not there (or is in the trash). Not `NotFoundError`: Dexie rewraps errors of IndexedDB's names. */
export class RecordNotFoundError extends DeskError {}

/** A business rule refuses the action as a whole (e.g. deleting a grid that still has places). */
export class RefusedError extends DeskError {}

function summarize(issues: FieldIssue[]): string {
  if (issues.length === 0) return '输入有误，请检查后重试'
  if (issues.length === 1) return issues[0].message
  return `有 ${issues.length} 处需要修改：${issues.map((i) => i.message).join('；')}`
}

/** One issue on one field, the common case for rules checked against stored data. */
export function fieldError(field: string, message: string): ValidationError {
  return new ValidationError([{ field, message }])
}

/** Parse `input` with `schema`; on failure throw a ValidationError carrying the schema's Chinese messages. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }))
  throw new ValidationError(dedupe(issues))
}

// A union or a preprocess step can report the same field twice; the user needs it once.
function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = `${i.field}\u0000${i.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
