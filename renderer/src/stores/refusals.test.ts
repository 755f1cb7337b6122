import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RefusedError } from '@shared/domain/errors'
import type { UserRole } from '@shared/domain/org'
import type { DeskDB } from '../db'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { counts, ctxAt, freshDb } from '../db/testing'
import { repositoriesFor } from '../db/repositories'
import { useAccountsStore } from './accounts'
import { useCallbacksStore } from './callbacks'
import { useCaseDetailStore } from './caseDetail'
import { useOrgStore } from './org'
import { useAuditStore } from './audit'
import { useRetentionStore } from './retention'
import { useSettingsStore, type SlaRuleInput } from './settings'
import { useWhistlesStore } from './whistles'
import { signInForTest } from './testing'

// Every store's default database and services, sent to a fresh test database.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db', async () => {
  const real = await vi.importActual<typeof import('../db')>('../db')
  const services = () => real.createCaseServices(holder.db as DeskDB)
  return {
    ...real,
    db: () => holder.db as DeskDB,
    repos: () => real.repositoriesFor(holder.db as DeskDB),
    caseService: () => services().cases,
    callbackService: () => services().callbacks,
    whistleService: () => services().whistles,
    scoreboardService: () => real.createScoreboardService(holder.db as DeskDB)
  }
})

let w: CaseWorld
let caseId = ''
const TABLES = ['case', 'caseEvent', 'callback', 'whistle', 'grid', 'user', 'slaRule', 'holiday', 'setting', 'outbox', 'auditEntry']

const slaRule: SlaRuleInput = {
  name: '供暖急件', level: '2小时', priority: 50, enabled: true, keywords: ['暖气'],
  clocks: { sign: { amount: 1, unit: 'hour' }, contact: { amount: 2, unit: 'hour' }, finish: { amount: 1, unit: 'natural_day' } }
}
const holiday = { day: '2026-10-10', kind: 'holiday' as const, name: '社区调休' }
const assessment = { k: 0.8, weights: { response: 0.2, resolution: 0.4, satisfaction: 0.4 }, cutoffDay: null, periodBy: 'receivedAt' as const }
let ruleId = ''
let holidayId = ''

beforeEach(async () => {
  holder.db = freshDb()
  w = await caseWorld(holder.db)
  caseId = (await w.services.cases.intake(w.communityId, w.intake({}, Date.now()), ctxAt(Date.now()))).id
  const repos = repositoriesFor(holder.db)
  ruleId = (await repos.slaRule.create(w.communityId, { ...slaRule, name: '既有规则' }, ctxAt())).id
  holidayId = (await repos.holiday.create(w.communityId, { ...holiday, day: '2026-10-11' }, ctxAt())).id
})
afterEach(() => holder.db?.delete())

const as = (role: UserRole) => signInForTest(w.communityId, [role])

// Each write a store guards, tried by a role without the permission; the store refuses before anything is written.
const refusals: [string, UserRole, () => Promise<unknown>][] = [
  ['指派 without case.assign', 'gridWorker', () => useCaseDetailStore().act({ type: 'assign', handlerId: 'U1' })],
  ['签收 without case.edit', 'facilitator', () => (useCaseDetailStore().open(caseId), useCaseDetailStore().act({ type: 'sign' }))],
  ['批准延期 without case.approveExtension', 'clerk', () => useCaseDetailStore().act({ type: 'approveExtension' })],
  ['回访 without case.edit', 'coordinator', () => useCallbacksStore().recordAttempt(caseId, { at: Date.now(), channel: '电话', reached: false })],
  ['吹哨 without case.edit', 'facilitator', () => useWhistlesStore().create({ type: '综合执法', issue: '占道', caseIds: [], at: Date.now(), unitIds: [w.units[0].id], arrivalMinutes: 30 })],
  ['网格 without settings.edit', 'clerk', () => useOrgStore().saveGrid({ code: 'WG-09', name: '第九网格', gridWorkers: [] })],
  ['新增账号 without users.manage', 'leader', () => useAccountsStore().createAccount({ name: '王芳', username: 'wf', roles: ['admin'], password: 'abc12345', confirm: 'abc12345' })],
  ['脱敏清除 without personal.purge', 'leader', () => useRetentionStore().purge([caseId], '到期')],
  ['自动锁屏 without settings.edit', 'gridWorker', () => useAccountsStore().setIdleLockMinutes(5)],
  ['保存期限 without settings.edit', 'gridWorker', () => useRetentionStore().setDays(365)],
  ['时限规则 without settings.edit', 'gridWorker', () => useSettingsStore().saveSlaRule(slaRule)],
  ['启停时限规则 without settings.edit', 'clerk', () => useSettingsStore().setSlaRuleEnabled(ruleId, false)],
  ['节假日 without settings.edit', 'gridWorker', () => useSettingsStore().saveHoliday(holiday)],
  ['删除节假日 without settings.edit', 'leader', () => useSettingsStore().removeHoliday(holidayId)],
  ['考核设置 without settings.edit', 'gridWorker', () => useSettingsStore().saveAssessment(assessment)],
  ['校验审计日志 without audit.view', 'gridWorker', () => useAuditStore().verify()],
  ['导出审计日志 without audit.view', 'clerk', () => useAuditStore().forExport()]
]

describe('stores refuse writes the account may not make', () => {
  it.each(refusals)('%s (%s)', async (_, role, write) => {
    as(role)
    useCaseDetailStore().open(caseId)
    const before = await counts(holder.db!, ...TABLES)
    await expect(write()).rejects.toBeInstanceOf(RefusedError)
    expect(await counts(holder.db!, ...TABLES)).toEqual(before)
  })

  it('lets the role with the permission through', async () => {
    as('gridWorker')
    const detail = useCaseDetailStore()
    detail.open(caseId)
    expect((await detail.act({ type: 'sign' })).status).toBe('办理中')
    expect(detail.may('sign')).toBe(true)
    expect(detail.may('assign')).toBe(false)
  })

  it('lets an administrator change 时限规则, 节假日 and 考核设置', async () => {
    as('admin')
    const settings = useSettingsStore()
    const repos = repositoriesFor(holder.db!)
    const rule = await settings.saveSlaRule(slaRule)
    await settings.setSlaRuleEnabled(ruleId, false)
    await settings.saveHoliday(holiday)
    await settings.removeHoliday(holidayId)
    await settings.saveAssessment(assessment)
    const rules = new Map((await repos.slaRule.list(w.communityId)).map((r) => [r.name, r.enabled]))
    expect([rules.get('供暖急件'), rules.get('既有规则')]).toEqual([true, false])
    expect(rule.communityId).toBe(w.communityId)
    expect((await repos.holiday.list(w.communityId)).map((h) => h.day)).toEqual(['2026-10-10'])
    expect(await repos.setting.getOr('assessment.k', 0)).toBe(0.8)
  })

  it('lets an administrator check and export the audit log', async () => {
    as('admin')
    expect(await useAuditStore().verify()).toMatchObject({ ok: true })
    expect(Array.isArray(await useAuditStore().forExport())).toBe(true)
  })
})
