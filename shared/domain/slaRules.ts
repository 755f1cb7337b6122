import type { Clock, ClockName, ResponseLevel, SlaRuleRecord } from './case'
import { chinaCalendar, type HolidayCalendar } from './calendar'
import { addClock, deadlineFromLog, type ClockLog } from './sla'

export type LevelClocks = Record<ClockName, Clock>

/** 四级响应 defaults (DESIGN §2.3), used when no rule matches; each rule carries its own clocks. */
export const DEFAULT_LEVEL_CLOCKS: Readonly<Record<ResponseLevel, LevelClocks>> = Object.freeze({
  '2小时': { sign: { amount: 1, unit: 'hour' }, contact: { amount: 2, unit: 'hour' }, finish: { amount: 1, unit: 'natural_day' } },
  '24小时': { sign: { amount: 2, unit: 'hour' }, contact: { amount: 24, unit: 'hour' }, finish: { amount: 3, unit: 'natural_day' } },
  '7天': { sign: { amount: 2, unit: 'hour' }, contact: { amount: 24, unit: 'hour' }, finish: { amount: 7, unit: 'work_day' } },
  '15天': { sign: { amount: 2, unit: 'hour' }, contact: { amount: 24, unit: 'hour' }, finish: { amount: 15, unit: 'work_day' } }
})

export const DEFAULT_LEVEL: ResponseLevel = '7天'

export interface SlaCaseLike {
  type: string
  categoryId?: string
  /** the category's ancestors, nearest first (parent, then grandparent) */
  categoryAncestors?: string[]
  title: string
  content: string
}

export interface SlaMatch {
  /** absent when no rule matched and the default level applies */
  ruleId?: string
  name: string
  level: ResponseLevel
  clocks: LevelClocks
  matchedBy: 'keyword' | 'category' | 'type' | 'rule' | 'default'
}

const TIERS = { keyword: 3, category: 2, type: 1, rule: 0 } as const
type Tier = keyof typeof TIERS

/** How a rule matches a case (its strongest way) and, for a category match, how near; null when it does not. */
function matchOf(c: SlaCaseLike, rule: SlaRuleRecord): { tier: Tier; nearness: number } | null {
  const text = `${c.title}\n${c.content}`.toLowerCase()
  const keywords = (rule.keywords ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean)
  if (keywords.some((k) => text.includes(k))) return { tier: 'keyword', nearness: 0 }
  const categoryIds = rule.categoryIds ?? []
  const path = [c.categoryId, ...(c.categoryAncestors ?? [])]
  const at = path.findIndex((id) => id !== undefined && categoryIds.includes(id))
  // the case's own category beats its parent, which beats the grandparent
  if (at >= 0) return { tier: 'category', nearness: 100 - at }
  const types = (rule.types ?? []) as readonly string[]
  if (types.includes(c.type)) return { tier: 'type', nearness: 0 }
  return keywords.length || categoryIds.length || types.length ? null : { tier: 'rule', nearness: 0 }
}

/**
 * The best enabled rule for a case. A rule matches by any of its conditions: one of its keywords
 * in the title or content, its category being the case's or an ancestor's, or the case's type;
 * a rule without conditions matches every case. A keyword match ranks first, then a category
 * match (the nearest category first), then a type match, then a catch-all rule; within a rank the
 * higher `priority` wins, then the smaller id. No rule → the 7天 default level.
 */
export function matchSlaRule(c: SlaCaseLike, rules: readonly SlaRuleRecord[]): SlaMatch {
  let best: { rule: SlaRuleRecord; tier: Tier; key: number[] } | undefined
  for (const rule of rules) {
    if (!rule.enabled || rule.deletedAt !== undefined) continue
    const m = matchOf(c, rule)
    if (!m) continue
    const key = [TIERS[m.tier], m.nearness, rule.priority]
    const order = best ? compareKeys(key, best.key) : 1
    if (order > 0 || (order === 0 && best && rule.id < best.rule.id)) best = { rule, tier: m.tier, key }
  }
  if (!best) return { name: '默认', level: DEFAULT_LEVEL, clocks: DEFAULT_LEVEL_CLOCKS[DEFAULT_LEVEL], matchedBy: 'default' }
  const { id, name, level, clocks } = best.rule
  return { ruleId: id, name, level, clocks: { ...DEFAULT_LEVEL_CLOCKS[level], ...clocks }, matchedBy: best.tier }
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

export type ClockDeadlines = Record<ClockName, number>

/**
 * 签收 / 首次联系 / 办结 deadlines: each from its clock log when one is given, otherwise from the
 * moment the case was received. `now` counts an open pause up to now.
 */
export function computeDeadlines(
  receivedAt: number,
  rule: { clocks: LevelClocks },
  calendar: HolidayCalendar = chinaCalendar,
  logs: Partial<Record<ClockName, ClockLog>> = {},
  now?: number
): ClockDeadlines {
  const one = (name: ClockName) => {
    const log = logs[name]
    return log?.some((e) => e.type === 'start')
      ? deadlineFromLog(log, rule.clocks[name], calendar, now)
      : addClock(receivedAt, rule.clocks[name], calendar)
  }
  return { sign: one('sign'), contact: one('contact'), finish: one('finish') }
}

export const UNIT_NAMES: Record<Clock['unit'], string> = { hour: '小时', natural_day: '个自然日', work_day: '个工作日' }
const UNIT_LIMITS: Record<Clock['unit'], number> = { hour: 24 * 90, natural_day: 365, work_day: 250 }

/** The first reason a clock cannot be saved, in Chinese, or null. */
export function validateClock(clock: Clock): string | null {
  if (!(clock.unit in UNIT_LIMITS)) return '时限单位须为小时、自然日或工作日'
  if (!Number.isFinite(clock.amount) || clock.amount <= 0) return '时限须大于 0'
  if (clock.unit !== 'hour' && !Number.isInteger(clock.amount)) return '天数须为整数'
  if (clock.amount > UNIT_LIMITS[clock.unit]) return `时限不能超过 ${UNIT_LIMITS[clock.unit]}${UNIT_NAMES[clock.unit]}`
  return null
}

const CLOCK_NAMES: Record<ClockName, string> = { sign: '签收', contact: '首次联系', finish: '办结' }

/** Every reason a rule cannot be saved, in Chinese; empty when it can. */
export function validateSlaRule(rule: Pick<SlaRuleRecord, 'name' | 'clocks' | 'keywords' | 'priority'>): string[] {
  const problems: string[] = []
  if (!rule.name.trim()) problems.push('规则名称不能为空')
  if (!Number.isFinite(rule.priority)) problems.push('优先级须为数字')
  for (const name of ['sign', 'contact', 'finish'] as const) {
    const problem = rule.clocks?.[name] ? validateClock(rule.clocks[name]) : '时限未填写'
    if (problem) problems.push(`${CLOCK_NAMES[name]}时限：${problem}`)
  }
  if (rule.keywords?.some((k) => !k.trim())) problems.push('关键词不能为空白')
  return problems
}
