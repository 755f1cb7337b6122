import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createAutoBackups } from './auto-backups'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 10, 25, 1, 30) // 2026-11-25 09:30 in China
const backup = (text = 'CDBAK 1 x y\n{}\n') => new TextEncoder().encode(text)

function setup(folder = join(mkdtempSync(join(tmpdir(), 'desk-auto-')), 'backups')) {
  const clock = { now: T0 }
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  return { folder, clock, log, backups: createAutoBackups({ folder, now: () => clock.now, log }) }
}

describe('automatic backups folder', () => {
  it('saves under a name of its own, lists newest first and reads the bytes back', async () => {
    const { folder, clock, backups } = setup()
    expect(await backups.list()).toEqual([])
    const first = await backups.save(backup('CDBAK first'), 'daily')
    clock.now += DAY
    const second = await backups.save(backup('CDBAK second'), 'pre-migration')
    expect(first).toEqual({ name: 'auto-2026-11-25T01-30-00-000Z-daily.cdbak', reason: 'daily', createdAt: T0, size: 11 })
    expect(await backups.list()).toEqual([second, first])
    expect(new TextDecoder().decode(await backups.read(first.name))).toBe('CDBAK first')
    expect(readdirSync(folder).sort()).toEqual([first.name, second.name].sort())
  })

  it('rotates after every save: a year of daily backups leaves 7 days, 4 weeks and 12 months', async () => {
    const { folder, clock, backups } = setup()
    for (let day = 0; day < 400; day++) {
      await backups.save(backup(), 'daily')
      clock.now += DAY
    }
    const left = await backups.list()
    expect(left.length).toBeGreaterThanOrEqual(19)
    expect(left.length).toBeLessThanOrEqual(23)
    expect(readdirSync(folder)).toHaveLength(left.length)
    expect(left[0].createdAt).toBe(T0 + 399 * DAY)
  }, 60_000)

  it('refuses bytes that are not a backup and writes nothing', async () => {
    const { folder, backups } = setup()
    await expect(backups.save(backup('PK\u0003\u0004'), 'daily')).rejects.toThrow('保存自动备份失败：内容不是工作台备份')
    expect(await backups.list()).toEqual([])
    expect(() => readdirSync(folder)).toThrow()
  })

  it('leaves no temporary file behind when the write fails, and ignores strays from a crash', async () => {
    const root = mkdtempSync(join(tmpdir(), 'desk-auto-'))
    writeFileSync(join(root, 'not-a-folder'), 'x')
    const broken = setup(join(root, 'not-a-folder'))
    await expect(broken.backups.save(backup(), 'daily')).rejects.toThrow(/^保存自动备份失败：/)
    expect(readFileSync(join(root, 'not-a-folder'), 'utf8')).toBe('x')

    const { folder, backups } = setup()
    const saved = await backups.save(backup(), 'daily')
    writeFileSync(join(folder, `.${saved.name}.abc.tmp`), 'half')
    writeFileSync(join(folder, 'notes.txt'), 'mine')
    expect((await backups.list()).map((e) => e.name)).toEqual([saved.name])
  })

  it('reads only its own file names, and says so when a file is gone', async () => {
    const { backups } = setup()
    await expect(backups.read('../../etc/passwd')).rejects.toThrow('读取自动备份失败：文件名无效')
    await expect(backups.read('auto-2026-11-25T01-30-00-000Z-daily.cdbak')).rejects.toThrow('该备份已不存在，请刷新列表')
  })
})
