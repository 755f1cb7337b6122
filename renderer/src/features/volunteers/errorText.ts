import { ValidationError } from '@shared/domain/errors'

/** The Chinese message of a refusal, for showing beside the control that caused it. */
export function errorText(err: unknown): string {
  if (err instanceof ValidationError) return err.issues.map((i) => i.message).join('；') || err.message
  return err instanceof Error ? err.message : String(err)
}
