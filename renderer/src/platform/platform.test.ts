import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Desk } from '@shared/ipc'
import { createPlatform, platform as appPlatform, usePlatform } from './index'

function fakeDesk() {
  return {
    app: { getInfo: vi.fn(async () => ({ name: 'community-desk', version: '1.2.0', platform: 'win32', electron: '45.3.4', chrome: '142', userDataPath: 'C:\\desk' })) },
    file: {
      save: vi.fn(async () => ({ canceled: false as const, path: 'D:\\工单.csv' })),
      open: vi.fn(async () => ({ canceled: true as const })),
      printPdf: vi.fn(async () => ({ canceled: false as const, path: 'D:\\通报.pdf' }))
    },
    notify: { show: vi.fn(async () => ({ shown: true })) },
    backup: {
      saveAuto: vi.fn(async () => ({ name: 'auto-2026-11-25T06-30-00-000Z-daily.cdbak', reason: 'daily' as const, createdAt: 1, size: 9 })),
      listAuto: vi.fn(async () => ({ folder: 'C:\\desk\\backups', entries: [] })),
      readAuto: vi.fn(async ({ name }: { name: string }) => ({ name, bytes: new Uint8Array([1]) }))
    }
  }
}

function withDesk(desk: ReturnType<typeof fakeDesk>): Window & typeof globalThis {
  return Object.assign(Object.create(window) as Window & typeof globalThis, { desk: desk as unknown as Desk })
}

describe('platform inside Electron', () => {
  it('is desktop mode and calls window.desk for everything', async () => {
    const desk = fakeDesk()
    const platform = createPlatform({ window: withDesk(desk) })
    expect(platform.mode).toBe('desktop')

    await expect(platform.saveFile({ suggestedName: '工单.csv', data: 'a' })).resolves.toEqual({ canceled: false, path: 'D:\\工单.csv' })
    expect(desk.file.save).toHaveBeenCalledWith({ suggestedName: '工单.csv', data: 'a' })

    await expect(platform.openFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] })).resolves.toEqual({ canceled: true })
    expect(desk.file.open).toHaveBeenCalledWith({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] })

    await expect(platform.printPdf({ suggestedName: '通报.pdf' })).resolves.toEqual({ canceled: false, path: 'D:\\通报.pdf' })
    expect(desk.file.printPdf).toHaveBeenCalledWith({ suggestedName: '通报.pdf' })

    await platform.notify({ title: '超时提醒', body: '3 件' })
    expect(desk.notify.show).toHaveBeenCalledWith({ title: '超时提醒', body: '3 件' })

    await expect(platform.appInfo()).resolves.toMatchObject({ mode: 'desktop', version: '1.2.0', platform: 'win32' })
  })

  it('keeps automatic backups through window.desk', async () => {
    const desk = fakeDesk()
    const { autoBackups } = createPlatform({ window: withDesk(desk) })
    expect(autoBackups.available).toBe(true)
    const bytes = new Uint8Array([67])
    await expect(autoBackups.save({ bytes, reason: 'pre-migration' })).resolves.toMatchObject({ size: 9 })
    expect(desk.backup.saveAuto).toHaveBeenCalledWith({ bytes, reason: 'pre-migration' })
    await expect(autoBackups.list()).resolves.toEqual({ folder: 'C:\\desk\\backups', entries: [] })
    await autoBackups.read('auto-2026-11-25T06-30-00-000Z-daily.cdbak')
    expect(desk.backup.readAuto).toHaveBeenCalledWith({ name: 'auto-2026-11-25T06-30-00-000Z-daily.cdbak' })
  })

  it('never touches the DOM for files', async () => {
    const create = vi.spyOn(document, 'createElement')
    const platform = createPlatform({ window: withDesk(fakeDesk()) })
    await platform.saveFile({ suggestedName: 'a.csv', data: 'x' })
    await platform.openFile()
    const print = vi.fn()
    const desk = fakeDesk()
    await createPlatform({ window: Object.assign(withDesk(desk), { print }) }).printPdf({ suggestedName: '通报.pdf', landscape: true })
    expect(print).not.toHaveBeenCalled()
    expect(desk.file.printPdf).toHaveBeenCalledWith({ suggestedName: '通报.pdf', landscape: true })
    expect(create).not.toHaveBeenCalled()
    create.mockRestore()
  })
})

describe('platform in a browser', () => {
  afterEach(() => vi.restoreAllMocks())

  it('is web mode when there is no window.desk', async () => {
    const platform = createPlatform({ window, version: '0.3.0' })
    expect(platform.mode).toBe('web')
    await expect(platform.appInfo()).resolves.toEqual({ mode: 'web', name: '社区接诉即办工作台', version: '0.3.0', platform: 'web' })
  })

  it('has no automatic backups, and says they are a desktop feature', async () => {
    const { autoBackups } = createPlatform({ window, version: '0.3.0' })
    expect(autoBackups.available).toBe(false)
    await expect(autoBackups.list()).rejects.toThrow(/^自动备份是桌面版的功能/)
    await expect(autoBackups.save({ bytes: new Uint8Array([1]), reason: 'daily' })).rejects.toThrow(/请用“立即备份”/)
    expect(appPlatform.autoBackups.available).toBe(false)
  })

  it('usePlatform decides once and keeps its answer; platform is the same one', async () => {
    expect(usePlatform()).toBe(usePlatform())
    expect(usePlatform().mode).toBe('web')
    expect(appPlatform.mode).toBe('web')
    await expect(appPlatform.appInfo()).resolves.toMatchObject({ mode: 'web', platform: 'web' })
  })
})
