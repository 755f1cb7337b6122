import { beforeEach, describe, expect, it, vi } from 'vitest'

const exposeInMainWorld = vi.fn()
const invoke = vi.fn(async () => ({ shown: true }))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke, on: vi.fn(), send: vi.fn(), sendSync: vi.fn() }
}))

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules()
    exposeInMainWorld.mockClear()
    await import('./index')
  })

  it('exposes one object, window.desk, and nothing else', () => {
    expect(exposeInMainWorld).toHaveBeenCalledOnce()
    expect(exposeInMainWorld.mock.calls[0][0]).toBe('desk')
  })

  it('holds exactly the declared functions, never ipcRenderer', () => {
    const desk = exposeInMainWorld.mock.calls[0][1] as Record<string, Record<string, unknown>>
    const shape = Object.fromEntries(Object.entries(desk).map(([area, fns]) => [area, Object.keys(fns).sort()]))
    expect(shape).toEqual({ app: ['getInfo'], file: ['open', 'printPdf', 'save'], notify: ['show'], backup: ['listAuto', 'readAuto', 'saveAuto'] })
    for (const fns of Object.values(desk)) for (const fn of Object.values(fns)) expect(typeof fn).toBe('function')
    expect(JSON.stringify(Object.keys(desk))).not.toMatch(/ipc|invoke|send/i)
  })

  it('calls main over the declared channel', async () => {
    const desk = exposeInMainWorld.mock.calls[0][1] as { notify: { show(args: unknown): Promise<unknown> } }
    await expect(desk.notify.show({ title: '提醒', body: '' })).resolves.toEqual({ shown: true })
    expect(invoke).toHaveBeenCalledWith('notify:show', { title: '提醒', body: '' })
  })
})
