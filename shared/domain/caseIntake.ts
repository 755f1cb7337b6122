import { z } from 'zod'
import { CASE_SOURCES, CASE_TYPES, type CaseSource, type CaseType } from './case'
import type { CaseBase } from './caseRow'
import { type FieldIssue, ValidationError } from './errors'
import { optionalReference, optionalText } from './fields'
import { normalizePhone, phoneHash, validatePhone } from './phone'
import type { SlaMatch } from './slaRules'

/** What a clerk types on the 新建工单 form (DESIGN §2.2), after validation. */
export interface ValidIntake {
  source: CaseSource
  orderNo?: string
  type: CaseType
  categoryId?: string
  title: string
  content: string
  callerName?: string
  /** normalised */
  callerPhone?: string
  confidential: boolean
  address?: string
  gridId?: string
  placeId?: string
  receivedAt: number
  handlerId?: string
  unitId?: string
  proactiveIssueId?: string
}

export interface IntakeContext {
  now: number
  categoryIds: ReadonlySet<string>
  gridIds: ReadonlySet<string>
  /** place id → the grid it belongs to */
  placeIds: ReadonlyMap<string, string>
}

export const TITLE_MAX = 100
export const CONTENT_MAX = 2000

const required = (message: string, max: number, tooLong: string) =>
  z.string({ error: message }).trim().min(1, message).max(max, tooLong)

const intakeSchema = z.object({
  source: z.enum(CASE_SOURCES, { error: '请选择诉求来源' }),
  orderNo: optionalText('工单编号', 40).pipe(z.string().regex(/^[A-Za-z0-9-]+$/, '工单编号只能包含字母、数字和短横线').optional()),
  type: z.enum(CASE_TYPES, { error: '请选择诉求类型' }),
  categoryId: optionalReference(),
  title: required('标题不能为空', TITLE_MAX, `标题不能超过 ${TITLE_MAX} 个字`),
  content: required('诉求内容不能为空', CONTENT_MAX, `诉求内容不能超过 ${CONTENT_MAX} 个字`),
  callerName: optionalText('来电人姓名', 20),
  callerPhone: optionalText('联系电话', 40),
  confidential: z.boolean({ error: '保密件须为是或否' }).default(false),
  address: optionalText('地址', 100),
  gridId: optionalReference(),
  placeId: optionalReference(),
  receivedAt: z.number({ error: '请填写受理时间' }).finite('请填写受理时间'),
  handlerId: optionalReference(),
  unitId: optionalReference(),
  proactiveIssueId: optionalReference()
})

/**
 * Checks a 新建工单 form and returns it cleaned (trimmed, phone normalised, grid taken from the
 * place when only the place was picked). Every problem comes back at once, at its field, in Chinese.
 */
export function validateIntake(input: unknown, ctx: IntakeContext): ValidIntake {
  const parsed = intakeSchema.safeParse(input)
  const issues: FieldIssue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }))
  const raw = (parsed.success ? parsed.data : (input ?? {})) as Partial<ValidIntake>
  const has = (field: string) => issues.some((i) => i.field === field)
  const add = (field: string, message: string) => has(field) || issues.push({ field, message })

  if (raw.source === '12345派单' && !has('orderNo') && !(typeof raw.orderNo === 'string' && raw.orderNo.trim())) add('orderNo', '12345派单须填写工单编号')
  if (typeof raw.receivedAt === 'number' && raw.receivedAt > ctx.now) add('receivedAt', '受理时间不能晚于现在')
  if (typeof raw.categoryId === 'string' && raw.categoryId && !ctx.categoryIds.has(raw.categoryId)) add('categoryId', '问题分类不存在，请从分类树中选择')
  if (typeof raw.gridId === 'string' && raw.gridId && !ctx.gridIds.has(raw.gridId)) add('gridId', '网格不存在，请重新选择')
  let gridId = typeof raw.gridId === 'string' && raw.gridId ? raw.gridId : undefined
  if (typeof raw.placeId === 'string' && raw.placeId) {
    const placeGrid = ctx.placeIds.get(raw.placeId)
    if (placeGrid === undefined) add('placeId', '点位不存在，请重新选择')
    else if (gridId !== undefined && placeGrid !== gridId) add('placeId', '点位不属于所选网格，请重新选择点位')
    else gridId = placeGrid
  }
  let callerPhone: string | undefined
  if (typeof raw.callerPhone === 'string' && raw.callerPhone && !has('callerPhone')) {
    const phone = validatePhone(raw.callerPhone)
    if (phone.ok) callerPhone = phone.normalized
    else add('callerPhone', phone.message)
  }
  if (issues.length || !parsed.success) throw new ValidationError(issues)
  const out: ValidIntake = { ...parsed.data, gridId, callerPhone }
  for (const key of Object.keys(out) as (keyof ValidIntake)[]) if (out[key] === undefined) delete out[key]
  return out
}

export interface IntakeExtras {
  sla: SlaMatch
  /** salt of this install's phone hashes */
  phoneSalt: string
  categoryPath?: string
  categoryAncestors?: string[]
}

/**
 * The case's base row (what its events do not decide): the intake, the matched SLA rule with the
 * clocks the case keeps for life, and the salted phone hash. Handler and unit go into an `assign`
 * event instead, so the row stays a pure projection.
 */
export function intakeBase(intake: ValidIntake, { sla, phoneSalt, categoryPath, categoryAncestors }: IntakeExtras): CaseBase {
  const fields: Partial<ValidIntake> = { ...intake }
  delete fields.handlerId
  delete fields.unitId
  return {
    ...fields,
    level: sla.level,
    clocks: sla.clocks,
    slaRuleName: sla.name,
    ...(sla.ruleId ? { slaRuleId: sla.ruleId } : {}),
    ...(categoryPath ? { categoryPath } : {}),
    ...(categoryAncestors?.length ? { categoryAncestors } : {}),
    ...(intake.callerPhone ? { callerPhoneHash: phoneHash(normalizePhone(intake.callerPhone), phoneSalt) } : {})
  } as CaseBase
}
