import { chinaDay, isValidDay } from '../domain/calendar'
import { maskPhone } from '../domain/mask'
import { personPhone } from '../domain/volunteerForms'
import { VOLUNTEER_STATUSES, type Volunteer, type VolunteerStatus } from '../domain/volunteers'
import { UNREADABLE, cellText, readCell } from './sheetCells'
import { parseSheetDate } from './sheetDates'

/** The 小巷管家 roster as an xlsx sheet: the same columns out (export) and in (import). */

export const ROSTER_HEADERS = ['姓名', '手机', '管家团', '点位', '技能', '加入日期', '状态'] as const
export type RosterHeader = (typeof ROSTER_HEADERS)[number]

/** Column layout for renderer/src/lib/xlsx.ts: keys are the headers themselves. */
export const ROSTER_COLUMNS: { header: RosterHeader; key: RosterHeader; width: number; kind: 'text' }[] = ROSTER_HEADERS.map((header) => ({
  header,
  key: header,
  width: { 姓名: 10, 手机: 16, 管家团: 16, 点位: 36, 技能: 20, 加入日期: 12, 状态: 8 }[header],
  kind: 'text'
}))

/** Headers other sheets use for the same column. */
const ALIASES: Record<string, RosterHeader> = { 手机号: '手机', 联系电话: '手机', 电话: '手机', 手机号码: '手机', 团队: '管家团', 所属管家团: '管家团', 负责点位: '点位', 加入时间: '加入日期', 入队日期: '加入日期' }

const LIST_SEPARATORS = /[、,，;；\n]+/

const split = (text: string): string[] => [...new Set(text.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean))]

export interface RosterViewLike {
  volunteer: Pick<Volunteer, 'placeIds' | 'skills' | 'since' | 'status'>
  person: { name: string; phone?: string }
  team?: { name: string }
}

/** Export rows keyed by header; phones masked unless the user may see them (and said why). */
export function rosterRows(views: readonly RosterViewLike[], placeName: (placeId: string) => string, { unmasked = false } = {}): Record<RosterHeader, string>[] {
  return views.map(({ volunteer, person, team }) => ({
    姓名: person.name,
    手机: person.phone ? (unmasked ? person.phone : maskPhone(person.phone)) : '',
    管家团: team?.name ?? '',
    点位: volunteer.placeIds.map(placeName).filter(Boolean).join('、'),
    技能: volunteer.skills.join('、'),
    加入日期: volunteer.since,
    状态: volunteer.status
  }))
}

export interface RosterRow {
  person: { name: string; phone?: string }
  teamId?: string
  placeIds: string[]
  skills: string[]
  since: string
  status: VolunteerStatus
}

export interface RosterIssue {
  /** sheet row, header = 1 */
  row: number
  column: string
  message: string
}

export interface RosterSheetPlan {
  rows: RosterRow[]
  /** the sheet row of each entry of `rows` */
  rowNumbers: number[]
  issues: RosterIssue[]
}

export interface RosterSheetContext {
  teams: readonly { id: string; name: string }[]
  places: readonly { id: string; name: string }[]
  /** 'YYYY-MM-DD': the 加入日期 of rows that leave it empty */
  today: string
}

const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '')

function columnsOf(header: readonly unknown[]): Map<RosterHeader, number> {
  const out = new Map<RosterHeader, number>()
  header.forEach((cell, i) => {
    const value = readCell(cell)
    const name = value === UNREADABLE ? '' : fold(cellText(value))
    const known = (ROSTER_HEADERS as readonly string[]).includes(name) ? (name as RosterHeader) : ALIASES[name]
    if (known && !out.has(known)) out.set(known, i)
  })
  return out
}

function sinceOf(value: unknown, today: string): string | undefined {
  const cell = readCell(value)
  if (cell === UNREADABLE) return undefined
  if (cell === null || cellText(cell) === '') return today
  const ms = parseSheetDate(cell)
  if (ms === null) return undefined
  const day = chinaDay(ms)
  return isValidDay(day) ? day : undefined
}

/**
 * Reads a roster sheet (`rows[0]` the header). Empty rows are skipped; every problem is an issue
 * naming the sheet row, the column and what to fix. Names are matched exactly (after trimming).
 */
export function planRosterSheet(rows: readonly unknown[][], ctx: RosterSheetContext): RosterSheetPlan {
  const plan: RosterSheetPlan = { rows: [], rowNumbers: [], issues: [] }
  const columns = columnsOf(rows[0] ?? [])
  if (!columns.has('姓名')) {
    plan.issues.push({ row: 1, column: '姓名', message: `表头缺少“姓名”列：第 1 行应为 ${ROSTER_HEADERS.join('、')}` })
    return plan
  }
  const teams = new Map(ctx.teams.map((t) => [fold(t.name), t.id]))
  const places = new Map(ctx.places.map((p) => [fold(p.name), p.id]))
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2
    const raw = (h: RosterHeader): unknown => (columns.has(h) ? cells?.[columns.get(h)!] : undefined)
    const textOf = (h: RosterHeader): string => {
      const v = readCell(raw(h))
      return v === UNREADABLE ? '' : cellText(v)
    }
    if (ROSTER_HEADERS.every((h) => textOf(h) === '')) return
    const issue = (column: RosterHeader, message: string) => plan.issues.push({ row, column, message: `第 ${row} 行“${column}”：${message}` })
    const before = plan.issues.length
    const name = textOf('姓名')
    if (!name) issue('姓名', '姓名不能为空')
    else if (name.length > 20) issue('姓名', '姓名不能超过 20 个字')
    let phone: string | undefined
    if (textOf('手机')) {
      const checked = personPhone(textOf('手机'))
      if (checked.ok) phone = checked.phone
      else issue('手机', checked.message)
    }
    const teamName = textOf('管家团')
    const teamId = teamName ? teams.get(fold(teamName)) : undefined
    if (teamName && !teamId) issue('管家团', `没有名为“${teamName}”的管家团，请先添加管家团或改正名称`)
    const placeIds: string[] = []
    for (const placeName of split(textOf('点位'))) {
      const id = places.get(fold(placeName))
      if (id) placeIds.push(id)
      else issue('点位', `没有名为“${placeName}”的点位，请改正名称或先在系统设置中添加，多个点位用“、”分隔`)
    }
    const since = sinceOf(raw('加入日期'), ctx.today)
    if (!since) issue('加入日期', `“${textOf('加入日期')}”不是日期，请写成 2026-03-05`)
    const statusText = textOf('状态') || '在岗'
    const status = VOLUNTEER_STATUSES.find((s) => s === statusText)
    if (!status) issue('状态', `“${statusText}”不是有效状态，请填写 ${VOLUNTEER_STATUSES.join('、')} 之一`)
    if (plan.issues.length > before) return
    plan.rows.push({ person: { name, ...(phone ? { phone } : {}) }, ...(teamId ? { teamId } : {}), placeIds, skills: split(textOf('技能')), since: since!, status: status! })
    plan.rowNumbers.push(row)
  })
  return plan
}
