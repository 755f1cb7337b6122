import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BackupError, readSummary, verifyBackup, writeBackup, type WriteOptions } from './format'

const tables = {
  community: [{ id: 'c1', name: '和平里社区' }],
  case: [
    { id: 'k1', orderNo: '2026112500001', title: '楼道堆物', at: 1, tags: ['占道'] },
    { id: 'k2', orderNo: '2026112500002', title: '噪音扰民', callback: { resolved: true } }
  ],
  attachment: [{ id: 'a1', bytes: new Uint8Array([0, 1, 2, 255]) }],
  outbox: []
}
const options: WriteOptions = {
  app: { name: '社区接诉即办工作台', version: '0.1.0' },
  schemaVersion: 1,
  createdAt: Date.UTC(2026, 10, 25, 6, 30),
  community: { id: 'c1', name: '和平里社区' }
}
// Few iterations keep the suite quick; the file records the count, so reading is unchanged.
const fast = { ...options, iterations: 1000 }

const caseOffset = (file: Uint8Array): number => {
  const text = new TextDecoder().decode(file)
  return new TextEncoder().encode(text.slice(0, text.indexOf('噪音扰民'))).length
}

describe('.cdbak', () => {
  it('round-trips every table, binary fields included, with a manifest of counts and hashes', async () => {
    const file = await writeBackup(tables, options)
    const back = await verifyBackup(file, { latestVersion: 1 })
    expect(back.tables).toEqual(tables)
    expect(back.encrypted).toBe(false)
    expect(back.manifest.tables.map((t) => [t.name, t.count])).toEqual([['community', 1], ['case', 2], ['attachment', 1], ['outbox', 0]])
    expect(back.manifest.tables[1].sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(readSummary(file).manifest.community?.name).toBe('和平里社区')
  })

  it('names the damaged table when one byte of it is flipped', async () => {
    const file = await writeBackup(tables, options)
    file[caseOffset(file)] ^= 0x01
    await expect(verifyBackup(file, { latestVersion: 1 })).rejects.toThrow('备份文件已损坏：表 case 的校验值不符')
  })

  it('refuses a file with any single byte flipped', async () => {
    const file = await writeBackup(tables, options)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: file.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const copy = file.slice()
        copy[at] ^= mask
        await expect(verifyBackup(copy, { latestVersion: 1 })).rejects.toBeInstanceOf(BackupError)
      }),
      { numRuns: 300 }
    )
  })

  it('refuses truncated files and random bytes with a Chinese message', async () => {
    const file = await writeBackup(tables, options)
    await expect(verifyBackup(file.subarray(0, file.length - 3), { latestVersion: 1 })).rejects.toThrow(/备份文件已损坏/)
    await expect(verifyBackup(new TextEncoder().encode('工单编号,标题\n1,2\n'), { latestVersion: 1 })).rejects.toThrow('这不是工作台备份文件')
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        await expect(verifyBackup(bytes, { latestVersion: 1 })).rejects.toBeInstanceOf(BackupError)
      })
    )
  })

  it('refuses a newer schema than the app knows before anything else', async () => {
    const file = await writeBackup(tables, { ...options, schemaVersion: 3 })
    await expect(verifyBackup(file, { latestVersion: 1 })).rejects.toThrow('备份来自更新版本的工作台（数据版本 3），请先升级本软件')
  })

  it('encrypts with a passphrase: no plain text inside, the right one opens it, a wrong one is refused', async () => {
    const file = await writeBackup(tables, { ...fast, passphrase: '和平里2026' })
    expect(new TextDecoder().decode(file)).not.toContain('楼道堆物')
    expect(readSummary(file).encrypted).toBe(true)
    expect((await verifyBackup(file, { latestVersion: 1, passphrase: '和平里2026' })).tables).toEqual(tables)
    await expect(verifyBackup(file, { latestVersion: 1, passphrase: '和平里2025' })).rejects.toThrow('密码不正确，无法解密备份')
    await expect(verifyBackup(file, { latestVersion: 1 })).rejects.toThrow('此备份已加密，请输入密码')
    const damaged = file.slice()
    damaged[damaged.length - 5] ^= 0x10
    await expect(verifyBackup(damaged, { latestVersion: 1, passphrase: '和平里2026' })).rejects.toThrow('备份文件已损坏：内容的校验值不符')
  })

  it('uses PBKDF2 with at least 600,000 iterations by default', async () => {
    const file = await writeBackup({ setting: [] }, { ...options, passphrase: 'x' })
    const header = new TextDecoder().decode(file).split('\n')[1]
    expect(JSON.parse(header).encryption).toMatchObject({ cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations: 600_000 })
  })
})
