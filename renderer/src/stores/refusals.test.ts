import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RefusedError } from '@shared/domain/errors'
import type { UserRole } from '@shared/domain/org'
import type { DeskDB } from '../db'
import { caseWorld, type CaseWorld } from '../db/cases/fixture'
import { counts, ctxAt, freshDb } from '../db/testing'
import { useAccountsStore } from './accounts'
import { useCallbacksStore } from './callbacks'
import { useCaseDetailStore } from './caseDetail'
import { useOrgStore } from './org'
import { useRetentionStore } from './retention'
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
    whistleService: () => services().whistles
  }
})

let w: CaseWorld
let caseId = ''
const TABLES = ['case', 'caseEvent', 'callback', 'whistle', 'grid', 'user', 'outbox', 'auditEntry']

beforeEach(async () => {
  holder.db = freshDb()
  w = await caseWorld(holder.db)
  caseId = (await w.services.cases.intake(w.communityId, w.intake({}, Date.now()), ctxAt(Date.now()))).id
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
  ['自动锁屏 without settings.edit', 'gridWorker', () => useAccountsStore().setIdleLockMinutes(5)]
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
})
