/** Digits become a number; anything else stays text so validation can name the mistake. */
export function numberOrText(value: string): number | string {
  const trimmed = value.trim()
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed
}
