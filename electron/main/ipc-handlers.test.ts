import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_OPEN_BYTES } from '@shared/ipc'
import { createHandlers, type HandlerDeps } from './ipc-handlers'

function setup(overrides: Partial<HandlerDeps> = {}) {
  const deps: HandlerDeps = {
    app: {
      getName: () => 'community-desk',
      getVersion: () => '0.1.0',
      getPath: (name) => (name === 'userData' ? '/home/clerk/.config/desk' : '/home/clerk/文档')
    },
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/clerk/文档/工单.csv' })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/clerk/下载/12345.xlsx'] }))
    } as never,
    fs: {
      writeFile: vi.fn(async () => undefined),
      readFile: vi.fn(async () => Buffer.from([1, 2, 3])),
      stat: vi.fn(async () => ({ size: 3 }))
    },
    notification: { isSupported: () => true, show: vi.fn() },
    autoBackups: {
      folder: '/home/clerk/.config/desk/backups',
      save: vi.fn(async (bytes: Uint8Array, reason) => ({ name: 'auto-2026-11-25T06-30-00-000Z-daily.cdbak', reason, createdAt: 1, size: bytes.length })),
      list: vi.fn(async () => [{ name: 'auto-2026-11-25T06-30-00-000Z-daily.cdbak', reason: 'daily' as const, createdAt: 1, size: 3 }]),
      read: vi.fn(async () => new Uint8Array([67, 68]))
    },
    platform: 'linux',
    versions: { electron: '45.3.4', chrome: '142.0' },
    ...overrides
  }
  return { deps, handlers: createHandlers(deps) }
}

const ctx = { window: null }

describe('ipc handlers', () => {
  it('describes the app', async () => {
    expect(await setup().handlers['app:get-info'](undefined, ctx)).toEqual({
      name: 'community-desk',
      version: '0.1.0',
      platform: 'linux',
      electron: '45.3.4',
      chrome: '142.0',
      userDataPath: '/home/clerk/.config/desk'
    })
  })

  it('saves to the chosen path, suggesting the name in the documents folder', async () => {
    const { deps, handlers } = setup()
    const data = new Uint8Array([0xef, 0xbb, 0xbf])
    const filters = [{ name: 'CSV 文件', extensions: ['csv'] }]
    await expect(handlers['file:save']({ suggestedName: '工单.csv', filters, data }, ctx)).resolves.toEqual({
      canceled: false,
      path: '/home/clerk/文档/工单.csv'
    })
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/clerk/文档', '工单.csv'), filters: [...filters, { name: '所有文件', extensions: ['*'] }] })
    )
    expect(deps.fs.writeFile).toHaveBeenCalledWith('/home/clerk/文档/工单.csv', data)
  })

  it('writes nothing when the save dialog is canceled', async () => {
    const { deps, handlers } = setup({
      dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), showOpenDialog: vi.fn() } as never
    })
    await expect(handlers['file:save']({ suggestedName: 'a.txt', filters: [], data: 'x' }, ctx)).resolves.toEqual({ canceled: true })
    expect(deps.fs.writeFile).not.toHaveBeenCalled()
  })

  it('reports a failed write in Chinese', async () => {
    const { handlers } = setup({
      fs: { writeFile: vi.fn(async () => { throw new Error('EACCES') }), readFile: vi.fn(), stat: vi.fn() }
    })
    await expect(handlers['file:save']({ suggestedName: 'a.txt', filters: [], data: 'x' }, ctx)).rejects.toThrow('保存文件失败：EACCES')
  })

  it('opens a file as name and a plain copy of its bytes', async () => {
    const result = await setup().handlers['file:open']({ filters: [] }, ctx)
    expect(result).toEqual({ canceled: false, name: '12345.xlsx', bytes: new Uint8Array([1, 2, 3]) })
    if (!result.canceled) expect(Buffer.isBuffer(result.bytes)).toBe(false)
  })

  it('refuses a file that is too large to read', async () => {
    const { handlers } = setup({ fs: { writeFile: vi.fn(), readFile: vi.fn(), stat: vi.fn(async () => ({ size: MAX_OPEN_BYTES + 1 })) } })
    await expect(handlers['file:open']({ filters: [] }, ctx)).rejects.toThrow(/读取文件失败：文件超过 200 MB/)
  })

  it('returns canceled when no file was picked', async () => {
    const { handlers } = setup({
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) } as never
    })
    await expect(handlers['file:open']({ filters: [] }, ctx)).resolves.toEqual({ canceled: true })
  })

  describe('file:print-pdf', () => {
    const pdf = Buffer.from('%PDF-1.7')
    const win = (printToPDF = vi.fn(async () => pdf)) => ({ window: { webContents: { printToPDF } } as never, printToPDF })

    it('prints the calling window on A4 with backgrounds, then saves where the clerk chooses', async () => {
      const { deps, handlers } = setup({
        dialog: { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/clerk/文档/通报.pdf' })), showOpenDialog: vi.fn() } as never
      })
      const { window, printToPDF } = win()
      await expect(handlers['file:print-pdf']({ suggestedName: '通报.pdf', landscape: false }, { window })).resolves.toEqual({
        canceled: false,
        path: '/home/clerk/文档/通报.pdf'
      })
      expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, landscape: false })
      expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ defaultPath: join('/home/clerk/文档', '通报.pdf'), filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] })
      )
      const [path, bytes] = (deps.fs.writeFile as ReturnType<typeof vi.fn>).mock.calls[0]
      expect(path).toBe('/home/clerk/文档/通报.pdf')
      expect(new TextDecoder().decode(bytes as Uint8Array)).toBe('%PDF-1.7')
    })

    it('writes nothing when the dialog is canceled', async () => {
      const { deps, handlers } = setup({
        dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), showOpenDialog: vi.fn() } as never
      })
      await expect(handlers['file:print-pdf']({ suggestedName: 'a.pdf', landscape: true }, { window: win().window })).resolves.toEqual({ canceled: true })
      expect(deps.fs.writeFile).not.toHaveBeenCalled()
    })

    it('says in Chinese when there is no window or printing fails', async () => {
      const { deps, handlers } = setup()
      await expect(handlers['file:print-pdf']({ suggestedName: 'a.pdf', landscape: false }, ctx)).rejects.toThrow('打印失败：找不到要打印的窗口')
      const failing = win(vi.fn(async () => { throw new Error('renderer gone') }))
      await expect(handlers['file:print-pdf']({ suggestedName: 'a.pdf', landscape: false }, { window: failing.window })).rejects.toThrow(
        '生成 PDF 失败：renderer gone'
      )
      expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled()
    })
  })

  it('shows a notification when the system supports it', async () => {
    const { deps, handlers } = setup()
    expect(await handlers['notify:show']({ title: '工单即将超时', body: 'A2026-001' }, ctx)).toEqual({ shown: true })
    expect(deps.notification.show).toHaveBeenCalledWith('工单即将超时', 'A2026-001')
    const quiet = setup({ notification: { isSupported: () => false, show: vi.fn() } })
    expect(await quiet.handlers['notify:show']({ title: 't', body: '' }, ctx)).toEqual({ shown: false })
  })

  it('saves, lists and reads automatic backups through the backups folder', async () => {
    const { deps, handlers } = setup()
    const name = 'auto-2026-11-25T06-30-00-000Z-daily.cdbak'
    const bytes = new Uint8Array([67, 68, 66])
    await expect(handlers['backup:save-auto']({ bytes, reason: 'daily' }, ctx)).resolves.toMatchObject({ name, size: 3 })
    expect(deps.autoBackups.save).toHaveBeenCalledWith(bytes, 'daily')
    await expect(handlers['backup:list-auto'](undefined, ctx)).resolves.toEqual({
      folder: '/home/clerk/.config/desk/backups',
      entries: [{ name, reason: 'daily', createdAt: 1, size: 3 }]
    })
    await expect(handlers['backup:read-auto']({ name }, ctx)).resolves.toEqual({ name, bytes: new Uint8Array([67, 68]) })
    expect(deps.autoBackups.read).toHaveBeenCalledWith(name)
  })
})
