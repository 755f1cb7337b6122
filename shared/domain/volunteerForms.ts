import { isValidDay } from './calendar'
import { type FieldIssue, ValidationError } from './errors'
import { validatePhone } from './phone'
import { PARTY_GRADES, VOLUNTEER_STATUSES, type PartyGrade, type VolunteerStatus } from './volunteers'

/** The 名册 forms of 小巷管家 and 双报到: each problem at its field, in Chinese, all at once. */

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

/** A person's own phone, normalised; a hotline such as 12345 is not a person's number. */
export function personPhone(raw: unknown): { ok: true; phone: string } | { ok: false; message: string } {
  const result = validatePhone(typeof raw === 'string' ? raw : String(raw ?? ''))
  if (!result.ok) return result
  if (result.kind === 'service') return { ok: false, message: `“${text(raw)}”是服务热线号码，请填写本人的手机号或固定电话` }
  return { ok: true, phone: result.normalized }
}

export interface PersonFields {
  name: string
  phone?: string
  address?: string
  gridId?: string
}

/** An existing person by id, or a new one with a name (and a valid phone when given). */
function personIssues(input: { personId?: string; person?: Partial<PersonFields> }, issues: FieldIssue[]): { personId?: string; person?: PersonFields } {
  if (text(input.personId)) return { personId: text(input.personId) }
  const p = input.person
  const name = text(p?.name)
  if (!name) issues.push({ field: 'person.name', message: '请从居民名册中选择，或填写姓名' })
  else if (name.length > 20) issues.push({ field: 'person.name', message: '姓名不能超过 20 个字' })
  let phone: string | undefined
  if (text(p?.phone)) {
    const checked = personPhone(p!.phone)
    if (checked.ok) phone = checked.phone
    else issues.push({ field: 'person.phone', message: checked.message })
  }
  const address = text(p?.address)
  return { person: { name, ...(phone ? { phone } : {}), ...(address ? { address } : {}), ...(text(p?.gridId) ? { gridId: text(p?.gridId) } : {}) } }
}

function list(values: unknown, label: string, field: string, issues: FieldIssue[], max = 30): string[] {
  if (values === undefined) return []
  if (!Array.isArray(values)) {
    issues.push({ field, message: `${label}须为列表` })
    return []
  }
  const out = [...new Set(values.map(text).filter(Boolean))]
  if (out.some((v) => v.length > max)) issues.push({ field, message: `每项${label}不能超过 ${max} 个字` })
  return out
}

export interface VolunteerFields {
  personId?: string
  person?: PersonFields
  teamId?: string
  placeIds: string[]
  skills: string[]
  since: string
  status: VolunteerStatus
}

export function validateVolunteer(input: Partial<Omit<VolunteerFields, 'person'>> & { person?: Partial<PersonFields> }): VolunteerFields {
  const issues: FieldIssue[] = []
  const who = personIssues(input, issues)
  const placeIds = list(input.placeIds, '点位', 'placeIds', issues, 40)
  const skills = list(input.skills, '技能', 'skills', issues, 20)
  const since = text(input.since)
  if (!since || !isValidDay(since)) issues.push({ field: 'since', message: '请填写加入日期，格式如 2026-03-05' })
  const status = input.status ?? '在岗'
  if (!VOLUNTEER_STATUSES.includes(status)) issues.push({ field: 'status', message: `状态须为 ${VOLUNTEER_STATUSES.join('、')} 之一` })
  if (issues.length) throw new ValidationError(issues)
  return { ...who, ...(text(input.teamId) ? { teamId: text(input.teamId) } : {}), placeIds, skills, since, status }
}

export interface TeamFields {
  name: string
  leaderPersonId?: string
  placeIds: string[]
  note?: string
}

export function validateTeam(input: Partial<TeamFields>): TeamFields {
  const issues: FieldIssue[] = []
  const name = text(input.name)
  if (!name) issues.push({ field: 'name', message: '请填写管家团名称' })
  else if (name.length > 30) issues.push({ field: 'name', message: '管家团名称不能超过 30 个字' })
  const placeIds = list(input.placeIds, '点位', 'placeIds', issues, 40)
  const note = text(input.note)
  if (note.length > 200) issues.push({ field: 'note', message: '备注不能超过 200 个字' })
  if (issues.length) throw new ValidationError(issues)
  return { name, placeIds, ...(text(input.leaderPersonId) ? { leaderPersonId: text(input.leaderPersonId) } : {}), ...(note ? { note } : {}) }
}

export interface PartyFields {
  personId?: string
  person?: PersonFields
  employer: string
  branch: string
  registeredAt: string
  servicePosts: string[]
  active: boolean
}

/** 双报到: who, their employer and branch, the day they registered here and the posts they claimed. */
export function validatePartyRegistration(input: Partial<Omit<PartyFields, 'person'>> & { person?: Partial<PersonFields> }): PartyFields {
  const issues: FieldIssue[] = []
  const who = personIssues(input, issues)
  const employer = text(input.employer)
  if (!employer) issues.push({ field: 'employer', message: '请填写工作单位' })
  else if (employer.length > 50) issues.push({ field: 'employer', message: '工作单位不能超过 50 个字' })
  const branch = text(input.branch)
  if (!branch) issues.push({ field: 'branch', message: '请填写所在党支部' })
  else if (branch.length > 50) issues.push({ field: 'branch', message: '所在党支部不能超过 50 个字' })
  const registeredAt = text(input.registeredAt)
  if (!registeredAt || !isValidDay(registeredAt)) issues.push({ field: 'registeredAt', message: '请填写报到日期，格式如 2026-03-05' })
  const servicePosts = list(input.servicePosts, '认领岗位', 'servicePosts', issues)
  if (issues.length) throw new ValidationError(issues)
  return { ...who, employer, branch, registeredAt, servicePosts, active: input.active ?? true }
}

export function validatePartyEvaluation(input: { year?: unknown; grade?: unknown; note?: unknown }, thisYear: number): { year: number; grade: PartyGrade; note?: string } {
  const issues: FieldIssue[] = []
  const year = input.year
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > thisYear) issues.push({ field: 'year', message: `评价年度须为 2000 到 ${thisYear} 之间的年份` })
  if (!PARTY_GRADES.includes(input.grade as PartyGrade)) issues.push({ field: 'grade', message: `评价等次须为 ${PARTY_GRADES.join('、')} 之一` })
  const note = text(input.note)
  if (note.length > 200) issues.push({ field: 'note', message: '评语不能超过 200 个字' })
  if (issues.length) throw new ValidationError(issues)
  return { year: year as number, grade: input.grade as PartyGrade, ...(note ? { note } : {}) }
}

/** The patrol checklist: 1 to 30 distinct items of at most 20 characters. */
export function validateChecklist(items: unknown): string[] {
  const issues: FieldIssue[] = []
  const out = list(items, '检查项', 'checklist', issues, 20)
  if (!issues.length && out.length === 0) issues.push({ field: 'checklist', message: '检查清单至少要有 1 项' })
  if (out.length > 30) issues.push({ field: 'checklist', message: '检查清单最多 30 项' })
  if (issues.length) throw new ValidationError(issues)
  return out
}
