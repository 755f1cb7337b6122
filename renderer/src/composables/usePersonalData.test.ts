import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { UserRole } from '@shared/domain/org'
import type { DeskDB } from '../db'
import { createAuditService } from '../db/audit/service'
import { freshDb } from '../db/testing'
import { signInForTest } from '../stores/testing'
import { usePersonalData } from './usePersonalData'

const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db/audit', async () => {
  const real = await vi.importActual<typeof import('../db/audit')>('../db/audit')
  return { ...real, auditService: () => real.createAuditService(holder.db as DeskDB) }
})

beforeEach(() => (holder.db = freshDb()))
afterEach(() => holder.db?.delete())

function asRole(role: UserRole, answer: string | null = '回访需要联系来电人') {
  signInForTest('C1', [role])
  const refused: string[] = []
  const prompt = vi.fn(async () => answer)
  const personal = usePersonalData({ prompt, refuse: (m) => refused.push(m) })
  return { personal, prompt, refused, log: () => createAuditService(holder.db!).list('C1') }
}

describe('usePersonalData', () => {
  it('asks a clerk why, audits the unmask with the reason and resolves to it', async () => {
    const { personal, prompt, log } = asRole('clerk')
    expect(await personal.ask('unmask', 'case:K1')).toBe('回访需要联系来电人')
    expect(prompt).toHaveBeenCalledWith('unmask', 'case:K1')
    expect(await log()).toMatchObject([{ action: 'unmask', target: 'case:K1', reason: '回访需要联系来电人', actor: 'U1' }])
  })

  it('refuses a grid worker without asking, says why in Chinese and audits the attempt', async () => {
    const { personal, prompt, refused, log } = asRole('gridWorker')
    expect(await personal.ask('unmask', 'case:K1')).toBeNull()
    expect(prompt).not.toHaveBeenCalled()
    expect(refused).toEqual(['当前账号（网格员）没有“查看完整个人信息”权限，请联系管理员'])
    expect(await log()).toMatchObject([{ action: 'unmaskRefused', target: 'case:K1' }])
  })

  it('checks the export permission for exports', async () => {
    const { personal, refused } = asRole('clerk')
    expect(await personal.ask('export', 'export:工单')).toBeNull()
    expect(refused[0]).toContain('导出个人信息')
    const leader = asRole('leader')
    expect(await leader.personal.ask('export', 'export:工单')).toBe('回访需要联系来电人')
    expect((await leader.log())[0]).toMatchObject({ action: 'export', target: 'export:工单' })
  })

  it('writes nothing when the user cancels', async () => {
    const { personal, log } = asRole('admin', null)
    expect(await personal.ask('unmask', 'case:K1')).toBeNull()
    expect(await log()).toEqual([])
  })
})
