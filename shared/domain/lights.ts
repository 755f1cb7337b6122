/** 预警灯 of a running SLA clock (DESIGN §2.3). */
export const WARNING_LIGHTS = ['green', 'yellow', 'orange', 'red'] as const
export type WarningLight = (typeof WARNING_LIGHTS)[number]

export const LIGHT_LABELS: Record<WarningLight, string> = {
  green: '正常',
  yellow: '临期',
  orange: '即将超时',
  red: '已超时'
}

/** Fractions of the span used at which the light turns yellow and orange (settings). */
export interface LightThresholds {
  yellow: number
  orange: number
}

export const DEFAULT_LIGHT_THRESHOLDS: Readonly<LightThresholds> = Object.freeze({ yellow: 0.5, orange: 0.8 })

export interface LightReading {
  light: WarningLight
  label: string
  /** fraction of the span start → deadline used by now: 0 before the start, above 1 once overdue */
  spanUsed: number
}

/** The fraction of the span used; a zero-length span is all used from its deadline on. */
export function spanUsed(start: number, deadline: number, now: number): number {
  const span = deadline - start
  if (span <= 0) return now < deadline ? 0 : 1
  return Math.max(0, (now - start) / span)
}

/** Chinese messages for thresholds settings cannot accept; empty when they are fine. */
export function validateLightThresholds(t: LightThresholds): string[] {
  const problems: string[] = []
  const inRange = (x: number) => Number.isFinite(x) && x > 0 && x < 1
  if (!inRange(t.yellow)) problems.push('黄灯阈值须在 0 到 1 之间')
  if (!inRange(t.orange)) problems.push('橙灯阈值须在 0 到 1 之间')
  if (problems.length === 0 && t.yellow >= t.orange) problems.push('黄灯阈值须小于橙灯阈值')
  return problems
}

/**
 * green below `yellow` of the span used, yellow from `yellow`, orange from `orange`,
 * red only once now is past the deadline (the deadline instant itself is still on time).
 */
export function warningLight(
  start: number,
  deadline: number,
  now: number,
  thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS
): WarningLight {
  if (now > deadline) return 'red'
  const used = spanUsed(start, deadline, now)
  if (used >= thresholds.orange) return 'orange'
  if (used >= thresholds.yellow) return 'yellow'
  return 'green'
}

export function readLight(
  start: number,
  deadline: number,
  now: number,
  thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS
): LightReading {
  const light = warningLight(start, deadline, now, thresholds)
  return { light, label: LIGHT_LABELS[light], spanUsed: spanUsed(start, deadline, now) }
}
