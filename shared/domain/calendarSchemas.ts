import { z } from 'zod'
import { CASE_TYPES, RESPONSE_LEVELS, type Clock, type SlaRuleRecord } from './case'
import type { Holiday } from './system'
import type { NewRecord } from './record'
import { isValidDay } from './calendar'
import { oneOf, requiredText, textList } from './fields'
import { validateClock } from './slaRules'

/** Settings forms for 时限规则 and 节假日: shape checks with the Chinese message at each field. */

const CLOCK_LABELS = { sign: '签收时限', contact: '首次联系时限', finish: '办结时限' } as const

// Forms hand the amount over as text; validateClock gives the rule's own wording.
const clock = (label: string) =>
  z
    .object({
      amount: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.number({ error: `${label}须填写数字` })),
      unit: z.enum(['hour', 'natural_day', 'work_day'], { error: `${label}的单位须为小时、自然日或工作日` })
    })
    .superRefine((c, ctx) => {
      const problem = validateClock(c as Clock)
      if (problem) ctx.addIssue({ code: 'custom', path: ['amount'], message: `${label}：${problem}` })
    })

export const slaRuleSchema = z.object({
  name: requiredText('规则名称', 30),
  level: oneOf('响应级别', RESPONSE_LEVELS),
  types: z.array(oneOf('诉求类型', CASE_TYPES)).optional(),
  categoryIds: z.array(z.string()).optional(),
  keywords: textList('关键词', 20).optional(),
  priority: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z.number({ error: '优先级须为 0 到 999 的整数' }).int('优先级须为 0 到 999 的整数').min(0, '优先级须为 0 到 999 的整数').max(999, '优先级须为 0 到 999 的整数')
  ),
  clocks: z.object({ sign: clock(CLOCK_LABELS.sign), contact: clock(CLOCK_LABELS.contact), finish: clock(CLOCK_LABELS.finish) }),
  enabled: z.boolean().default(true)
}) satisfies z.ZodType<Omit<NewRecord<SlaRuleRecord>, 'id'>>

export const holidaySchema = z.object({
  day: z.string({ error: '请选择日期' }).refine(isValidDay, '日期格式应为 YYYY-MM-DD，例如 2027-02-06'),
  kind: z.enum(['holiday', 'workday'], { error: '请选择“放假”或“调休上班”' }),
  name: requiredText('节日名称', 20)
}) satisfies z.ZodType<Omit<NewRecord<Holiday>, 'id'>>
