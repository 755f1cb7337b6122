import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AutoBackups } from '../../platform/types'
import type { DeskDB } from '../database'
import { createCommunity } from '../setup'
import { T0, ctxAt, freshDb } from '../testing'
import { backupBeforeUpgrade, startAutoBackups } from './boot'

/** Timers that run only when the test says so. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; repeat: boolean }>()
  let next = 0
  return {
    pending,
    timers: {
      setTimeout: ((fn: () => void) => (pending.set(++next, { fn, repeat: false }), next)) as never,
      setInterval: ((fn: () => void) => (pending.set(++next, { fn, repeat: true }), next)) as never,
      clearTimeout: ((id: number) => pending.delete(id)) as never,
      clearInterval: ((id: number) => pending.delete(id)) as never
    },
    fire(repeat: boolean) {
      for (const [id, timer] of pending) {
        if (timer.repeat !== repeat) continue
        if (!repeat) pending.delete(id)
        timer.fn()
      }
    }
  }
}

function folder(available = true): AutoBackups {
  return {
    available,
    save: vi.fn(async ({ reason }) => ({ name: 'auto', reason, createdAt: T0, size: 1 })),
    list: vi.fn(),
    read: vi.fn()
  }
}

let db: DeskDB | undefined
afterEach(async () => {
  await db?.delete()
  db = undefined
  vi.restoreAllMocks()
})

describe('startAutoBackups', () => {
  it('checks once shortly after start, then on every interval, until stopped', async () => {
    db = freshDb()
    await createCommunity(db, { community: { name: '银杏里社区', township: '安和街道', district: '东城区', population: '12000' }, grids: [] }, ctxAt())
    const autoBackups = folder()
    const { timers, fire, pending } = manualTimers()
    let now = T0
    const stop = startAutoBackups({ database: db, autoBackups, timers, clock: () => now })
    expect(autoBackups.save).not.toHaveBeenCalled()
    fire(false)
    await vi.waitFor(() => expect(autoBackups.save).toHaveBeenCalledTimes(1))
    await vi.waitFor(async () => expect(await db!.setting.get('backup.lastAutoAt')).toMatchObject({ value: T0 }))
    now += 24 * 3_600_000
    fire(true)
    await vi.waitFor(async () => expect(await db!.setting.get('backup.lastAutoAt')).toMatchObject({ value: now }))
    expect(autoBackups.save).toHaveBeenCalledTimes(2)
    stop()
    expect(pending.size).toBe(0)
  })

  it('starts no timer in a browser', () => {
    const { timers, pending } = manualTimers()
    startAutoBackups({ autoBackups: folder(false), timers })
    expect(pending.size).toBe(0)
  })
})

describe('backupBeforeUpgrade', () => {
  it('lets the app start when the backup cannot be made, and says why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const broken = { ...folder(), available: true }
    vi.stubGlobal('indexedDB', { open: () => { throw new Error('存储不可用') } })
    await expect(backupBeforeUpgrade(broken)).resolves.toBeUndefined()
    expect(error).toHaveBeenCalledWith('升级前的自动备份失败', expect.any(Error))
    vi.unstubAllGlobals()
  })
})
