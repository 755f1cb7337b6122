import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, effectScope, nextTick, ref } from 'vue'
import type { DeskDB } from '../db'
import { createAuditService } from '../db/audit/service'
import { freshDb } from '../db/testing'
import { useSessionStore } from '../stores/session'
import { signInForTest } from '../stores/testing'
import { useCallerView, type CallerFields } from './useCallerView'
import { useIdleLock } from './useIdleLock'
import { usePersonalData } from './usePersonalData'

const holder = vi.hoisted(() => ({ db: null as DeskDB | null }))
vi.mock('../db/audit', async () => {
  const real = await vi.importActual<typeof import('../db/audit')>('../db/audit')
  return { ...real, auditService: () => real.createAuditService(holder.db as DeskDB) }
})

beforeEach(() => {
  holder.db = freshDb()
  signInForTest('C1', ['clerk'])
})
afterEach(() => holder.db?.delete())

const caller = (id = 'K1'): CallerFields => ({ id, callerName: '王秀英', callerPhone: '13812345678' })

function view(kase = ref(caller())) {
  const personal = usePersonalData({ prompt: async () => '回访需要联系来电人', refuse: () => undefined })
  const scope = effectScope()
  const v = scope.run(() => useCallerView(kase, personal))!
  return { v, kase, scope }
}

describe('useCallerView', () => {
  it('shows the caller masked, and in full once unmasked with an audited reason', async () => {
    const { v } = view()
    expect([v.name.value, v.phone.value]).toEqual(['王**', '138****5678'])
    await v.show()
    expect([v.name.value, v.phone.value]).toEqual(['王秀英', '13812345678'])
    expect(await createAuditService(holder.db!).list('C1')).toMatchObject([{ action: 'unmask', target: 'case:K1' }])
  })

  it('masks again when the idle lock engages', async () => {
    const { v, scope } = view()
    const session = useSessionStore()
    let idle = () => {}
    const scheduler = { setTimeout: (fn: () => void) => ((idle = fn), 1), clearTimeout: () => {} }
    scope.run(() => useIdleLock(ref(15), computed(() => !session.locked), () => session.lock(), { target: new EventTarget(), scheduler }))
    await v.show()
    expect(v.unmasked.value).toBe(true)
    idle()
    expect(session.locked).toBe(true)
    await nextTick()
    expect(v.unmasked.value).toBe(false)
    expect([v.name.value, v.phone.value]).toEqual(['王**', '138****5678'])
  })

  it('masks again for another case in the same view', async () => {
    const { v, kase } = view()
    await v.show()
    kase.value = caller('K2')
    await nextTick()
    expect(v.name.value).toBe('王**')
  })

  it('never shows a 保密件 caller to a clerk who is not its handler', async () => {
    const { v } = view(ref({ ...caller(), confidential: true, handlerId: 'U9' }))
    await v.show()
    expect([v.allowed.value, v.name.value, v.unmasked.value]).toEqual([false, '', false])
    expect(await createAuditService(holder.db!).list('C1')).toEqual([])
  })
})
