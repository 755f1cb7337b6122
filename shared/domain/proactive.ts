import { z } from 'zod'
import { RefusedError, validate } from './errors'
import { periodOf, periodRange, shiftPeriod } from './period'
import { PROACTIVE_KINDS, type Milestone, type ProactiveIssue, type ProactiveStage } from './work'

/** The road of a topic; 挂账 (parked, cannot be closed yet) branches off it. */
export const STAGE_ORDER: readonly ProactiveStage[] = ['选题', '方案', '推进', '评估', '销号']

const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过 ${max} 个字`)

/** What the topic form saves; stage and milestones are moved only by `advanceTopic`. */
export const topicInputSchema = z.object({
  kind: z.enum(PROACTIVE_KINDS, { error: '请选择课题类型' }),
  title: text(60, '课题名称').min(1, '请填写课题名称'),
  description: text(1000, '说明').optional(),
  month: z.string({ error: '请选择所属月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '请选择所属月份'),
  categoryIds: z.array(z.string()).min(1, '请至少选择一个问题分类'),
  gridIds: z.array(z.string()).default([]),
  placeIds: z.array(z.string()).default([]),
  area: text(100, '区域说明').optional(),
  leadUnitId: z.string().optional(),
  coUnitIds: z.array(z.string()).default([]),
  baselineVolume: z
    .number({ error: '基线件数须为数字' })
    .min(0, '基线件数不能为负数')
    .max(100000, '基线件数过大，请核对')
    .optional(),
  caseIds: z.array(z.string()).default([])
})
export type TopicInput = z.input<typeof topicInputSchema>
export type TopicFields = z.output<typeof topicInputSchema>

/** Checks the form; the lead unit cannot also be a co-unit. Throws ValidationError (Chinese, per field). */
export function validateTopic(input: TopicInput): TopicFields {
  const fields = validate(
    topicInputSchema.refine((t) => !t.leadUnitId || !t.coUnitIds.includes(t.leadUnitId), { path: ['coUnitIds'], message: '牵头单位不必再列为协办单位' }),
    input
  )
  return fields
}

export interface MilestoneInput {
  stage: ProactiveStage
  at: number
  actor: string
  note?: string
}

/** The stages a topic may be moved to next, in order. */
export function nextStages(topic: Pick<ProactiveIssue, 'stage' | 'milestones'>): ProactiveStage[] {
  if (topic.stage === '销号') return []
  if (topic.stage === '挂账') {
    // a parked topic resumes where it stopped
    const last = [...topic.milestones].reverse().find((m) => m.stage !== '挂账')?.stage ?? '选题'
    return [STAGE_ORDER[STAGE_ORDER.indexOf(last) + 1]]
  }
  const next = STAGE_ORDER[STAGE_ORDER.indexOf(topic.stage) + 1]
  return topic.stage === '选题' ? [next] : [next, '挂账']
}

/**
 * The topic's stage and milestones after recording `input`; refused (Chinese) when the stage is
 * not the next one, the topic is closed, or the date is before the last milestone.
 */
export function advanceTopic(topic: Pick<ProactiveIssue, 'stage' | 'milestones'>, input: MilestoneInput): { stage: ProactiveStage; milestones: Milestone[] } {
  if (topic.stage === '销号') throw new RefusedError('课题已销号，不能再记录节点')
  const allowed = nextStages(topic)
  if (!allowed.includes(input.stage)) {
    throw new RefusedError(`课题当前处于“${topic.stage}”，下一步只能是：${allowed.join('、')}`)
  }
  const last = topic.milestones[topic.milestones.length - 1]
  if (last && input.at < last.at) throw new RefusedError('节点时间不能早于上一个节点')
  const note = input.note?.trim()
  if (input.stage === '挂账' && !note) throw new RefusedError('挂账须写明原因')
  const milestone: Milestone = { stage: input.stage, at: input.at, actor: input.actor, ...(note ? { note } : {}) }
  return { stage: input.stage, milestones: [...topic.milestones, milestone] }
}

/** The fields of a case a topic's volume reads. */
export interface TopicCase {
  receivedAt: number
  categoryId?: string
  categoryAncestors?: string[]
  gridId?: string
  placeId?: string
}

/** Whether a case falls under a topic: one of its categories (or below) and, when set, its area. */
export function topicMatches(topic: Pick<ProactiveIssue, 'categoryIds' | 'gridIds' | 'placeIds'>, c: TopicCase): boolean {
  const inCategory = topic.categoryIds.some((id) => c.categoryId === id || (c.categoryAncestors ?? []).includes(id))
  if (!inCategory) return false
  if (topic.gridIds.length === 0 && topic.placeIds.length === 0) return true
  return (!!c.gridId && topic.gridIds.includes(c.gridId)) || (!!c.placeId && topic.placeIds.includes(c.placeId))
}

/** The `count` months ending with `last`, oldest first, as 'YYYY-MM'. */
export function monthsEnding(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1))
}

/** [start, end) of a run of calendar months. */
export function monthsRange(months: readonly string[]): [number, number] {
  return [periodRange(months[0])[0], periodRange(months[months.length - 1])[1]]
}

/** The topic's cases per calendar month over `months`. */
export function monthlyVolume(topic: Pick<ProactiveIssue, 'categoryIds' | 'gridIds' | 'placeIds'>, cases: readonly TopicCase[], months: readonly string[]): { month: string; count: number }[] {
  const counts = new Map(months.map((m) => [m, 0]))
  for (const c of cases) {
    if (!topicMatches(topic, c)) continue
    const m = periodOf(c.receivedAt)
    if (counts.has(m)) counts.set(m, counts.get(m)! + 1)
  }
  return months.map((month) => ({ month, count: counts.get(month)! }))
}

/** The three months before a topic's month: the baseline's window. */
export const baselineMonths = (month: string): string[] => monthsEnding(shiftPeriod(month, -1), 3)

/** Default baseline: the monthly average, one decimal, of the topic's cases in the three months before its month. */
export function suggestBaseline(topic: Pick<ProactiveIssue, 'categoryIds' | 'gridIds' | 'placeIds' | 'month'>, cases: readonly TopicCase[]): number {
  const volume = monthlyVolume(topic, cases, baselineMonths(topic.month))
  return Math.round((volume.reduce((sum, v) => sum + v.count, 0) / volume.length) * 10) / 10
}
