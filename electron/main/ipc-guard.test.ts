import { describe, expect, it, vi } from 'vitest'
import type { Handlers } from '@shared/ipc'
import { createIpcGuard, createIpcService, registerIpc, type GuardEvent } from './ipc-guard'

const APP = 'file:///opt/desk/out/renderer/index.html'

function setup(overrides: Partial<Handlers<{ id: number }>> = {}) {
  const handlers: Handlers<{ id: number }> = {
    'app:get-info': () => ({ name: 'desk', version: '1.0.0', platform: 'linux', electron: '45', chrome: '140', userDataPath: '/u' }),
    'file:save': vi.fn(async () => ({ canceled: false as const, path: '/docs/工单.csv' })),
    'file:open': async () => ({ canceled: true as const }),
    'file:print-pdf': async () => ({ canceled: true as const }),
    'notify:show': async () => ({ shown: true }),
    'backup:save-auto': vi.fn(async ({ bytes, reason }) => ({ name: 'auto-2026-11-25T06-30-00-000Z-daily.cdbak', reason, createdAt: 1, size: bytes.length })),
    'backup:list-auto': async () => ({ folder: '/u/backups', entries: [] }),
    'backup:read-auto': vi.fn(async ({ name }) => ({ name, bytes: new Uint8Array([1]) })),
    ...overrides
  }
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const guard = createIpcGuard<GuardEvent, { id: number }>({
    handlers,
    isTrustedSender: (url) => url === APP,
    contextOf: () => ({ id: 7 }),
    log
  })
  return { guard, handlers, log }
}

const fromApp: GuardEvent = { senderFrame: { url: APP } }
const saveArgs = { suggestedName: '工单.csv', data: '编号,标题' }

describe('ipc guard', () => {
  it('accepts a good call: parsed arguments and the caller context reach the handler', async () => {
    const { guard, handlers } = setup()
    await expect(guard.call('file:save', fromApp, [saveArgs])).resolves.toEqual({ canceled: false, path: '/docs/工单.csv' })
    expect(handlers['file:save']).toHaveBeenCalledWith({ ...saveArgs, filters: [] }, { id: 7 })
  })

  it('refuses an unknown channel', async () => {
    const { guard, log } = setup()
    await expect(guard.call('fs:delete-all', fromApp, [])).rejects.toThrow('拒绝调用：未声明的通道「fs:delete-all」')
    expect(log.warn).toHaveBeenCalled()
  })

  it('refuses a sender frame that is not the app, or that is gone', async () => {
    const { guard, handlers, log } = setup()
    const foreign = { senderFrame: { url: 'https://evil.example/' } }
    await expect(guard.call('file:save', foreign, [saveArgs])).rejects.toThrow(/请求不是来自本应用的页面/)
    await expect(guard.call('file:save', { senderFrame: null }, [saveArgs])).rejects.toThrow(/请求不是来自本应用的页面/)
    expect(handlers['file:save']).not.toHaveBeenCalled()
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('file:save'), 'https://evil.example/')
  })

  it('refuses bad arguments before the handler runs', async () => {
    const { guard, handlers } = setup()
    await expect(guard.call('file:save', fromApp, [{ suggestedName: '../../etc/passwd', data: 'x' }])).rejects.toThrow(
      /^参数无效（file:save）：suggestedName：文件名不能包含路径$/
    )
    await expect(guard.call('file:save', fromApp, [{ suggestedName: 'a.csv' }])).rejects.toThrow(/参数无效（file:save）：data/)
    await expect(guard.call('file:save', fromApp, [saveArgs, 'extra'])).rejects.toThrow('参数无效（file:save）：参数过多')
    expect(handlers['file:save']).not.toHaveBeenCalled()
  })

  it('passes a handler error on and logs it', async () => {
    const { guard, log } = setup({ 'notify:show': async () => { throw new Error('通知失败') } })
    await expect(guard.call('notify:show', fromApp, [{ title: '提醒' }])).rejects.toThrow('通知失败')
    expect(log.error).toHaveBeenCalled()
  })

  it('refuses a handler result that breaks the contract', async () => {
    const { guard } = setup({ 'file:open': async () => ({ canceled: false, name: 'a.csv' }) as never })
    await expect(guard.call('file:open', fromApp, [])).rejects.toThrow('内部错误：返回值不符合约定（file:open）')
  })
})

describe('ipc guard on the automatic backup channels', () => {
  const name = 'auto-2026-11-25T06-30-00-000Z-daily.cdbak'
  const forged = [
    { senderFrame: { url: 'https://evil.example/' } },
    { senderFrame: { url: 'file:///tmp/evil.html' } },
    { senderFrame: { url: `${APP}.evil.html` } },
    { senderFrame: null }
  ]

  it('refuses every forged sender before reading or writing a backup', async () => {
    const { guard, handlers } = setup()
    for (const event of forged) {
      await expect(guard.call('backup:read-auto', event, [{ name }])).rejects.toThrow(/^拒绝调用：请求不是来自本应用的页面/)
      await expect(guard.call('backup:save-auto', event, [{ bytes: new Uint8Array([1]), reason: 'daily' }])).rejects.toThrow(/^拒绝调用/)
      await expect(guard.call('backup:list-auto', event, [])).rejects.toThrow(/^拒绝调用/)
    }
    expect(handlers['backup:read-auto']).not.toHaveBeenCalled()
    expect(handlers['backup:save-auto']).not.toHaveBeenCalled()
  })

  it('refuses paths and malformed arguments before the handler runs', async () => {
    const { guard, handlers } = setup()
    for (const bad of ['../' + name, `${name}/../../../etc/passwd`, '..\\..\\Windows\\win.ini', '/etc/shadow', 42, null]) {
      await expect(guard.call('backup:read-auto', fromApp, [{ name: bad }]), String(bad)).rejects.toThrow(/^参数无效（backup:read-auto）：name：/)
    }
    await expect(guard.call('backup:read-auto', fromApp, ['x'])).rejects.toThrow(/^参数无效（backup:read-auto）/)
    await expect(guard.call('backup:save-auto', fromApp, [{ bytes: 'CDBAK', reason: 'daily' }])).rejects.toThrow(/^参数无效（backup:save-auto）：bytes/)
    await expect(guard.call('backup:save-auto', fromApp, [{ bytes: new Uint8Array([1]), reason: 'hourly' }])).rejects.toThrow(/^参数无效（backup:save-auto）：reason/)
    await expect(guard.call('backup:list-auto', fromApp, [{ folder: '/' }])).rejects.toThrow(/^参数无效（backup:list-auto）/)
    expect(handlers['backup:read-auto']).not.toHaveBeenCalled()
    expect(handlers['backup:save-auto']).not.toHaveBeenCalled()
    await expect(guard.call('backup:read-auto', fromApp, [{ name }])).resolves.toEqual({ name, bytes: new Uint8Array([1]) })
  })
})

describe('registerIpc', () => {
  it('handles exactly the declared channels and removes them again', async () => {
    const handle = vi.fn()
    const removeHandler = vi.fn()
    const call = vi.fn(async () => 'ok')
    const dispose = registerIpc({ handle, removeHandler }, { call })
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([
      'app:get-info', 'file:save', 'file:open', 'file:print-pdf', 'notify:show', 'backup:save-auto', 'backup:list-auto', 'backup:read-auto'
    ])
    const listener = handle.mock.calls[1][1]
    await listener(fromApp, saveArgs)
    expect(call).toHaveBeenCalledWith('file:save', fromApp, [saveArgs])
    dispose()
    expect(removeHandler).toHaveBeenCalledTimes(8)
  })

  it('as a service registers once however often it boots', () => {
    const handle = vi.fn()
    const service = createIpcService({ handle, removeHandler: vi.fn() }, { call: vi.fn() })
    service.boot()
    service.boot()
    expect(handle).toHaveBeenCalledTimes(8)
  })
})
