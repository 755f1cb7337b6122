import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { acceptFor, createWebPlatform, mimeFor } from './web'

const platform = () => createWebPlatform({ window, version: '0.1.0' })

describe('web saveFile', () => {
  let clicked: HTMLAnchorElement[]
  beforeEach(() => {
    clicked = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
  })
  afterEach(() => vi.restoreAllMocks())

  it('downloads through a temporary <a download> and cleans up after itself', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:desk/1')
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.useFakeTimers()
    const result = await platform().saveFile({ suggestedName: '工单导出.csv', data: '\ufeff编号,标题' })
    expect(result).toEqual({ canceled: false, path: '工单导出.csv' })
    expect(clicked).toHaveLength(1)
    expect(clicked[0].download).toBe('工单导出.csv')
    expect(clicked[0].getAttribute('href')).toBe('blob:desk/1')
    expect(clicked[0].isConnected).toBe(false)
    const blob = createObjectURL.mock.calls[0][0] as Blob
    expect(blob.type).toBe('text/csv;charset=utf-8')
    expect(await blob.text()).toBe('\ufeff编号,标题')
    vi.runAllTimers()
    expect(revoke).toHaveBeenCalledWith('blob:desk/1')
    vi.useRealTimers()
  })

  it('downloads bytes as they are', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:desk/2')
    await platform().saveFile({ suggestedName: '备份.cdbak', data: new Uint8Array([0, 255, 7]) })
    const blob = createObjectURL.mock.calls[0][0] as Blob
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([0, 255, 7]))
    expect(blob.type).toBe('application/octet-stream')
  })
})

describe('web openFile', () => {
  let opened: HTMLInputElement[]
  beforeEach(() => {
    opened = []
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      opened.push(this)
    })
  })
  afterEach(() => vi.restoreAllMocks())

  it('opens a hidden file input and returns the name and bytes of the chosen file', async () => {
    const pending = platform().openFile({ filters: [{ name: '工单表', extensions: ['xlsx', 'CSV'] }] })
    const [input] = opened
    expect(input.type).toBe('file')
    expect(input.accept).toBe('.xlsx,.csv')
    expect(input.isConnected).toBe(true)
    const file = new File([new Uint8Array([80, 75, 3, 4])], '12345导出.xlsx')
    Object.defineProperty(input, 'files', { value: [file] })
    input.dispatchEvent(new Event('change'))
    await expect(pending).resolves.toEqual({ canceled: false, name: '12345导出.xlsx', bytes: new Uint8Array([80, 75, 3, 4]) })
    expect(input.isConnected).toBe(false)
  })

  it('resolves canceled when the dialog is dismissed', async () => {
    const pending = platform().openFile()
    opened[0].dispatchEvent(new Event('cancel'))
    await expect(pending).resolves.toEqual({ canceled: true })
    expect(opened[0].isConnected).toBe(false)
  })
})

describe('web printPdf', () => {
  afterEach(() => vi.restoreAllMocks())

  it('opens the browser print dialog, where the clerk can save as PDF', async () => {
    const print = vi.fn()
    const page = Object.assign(Object.create(window) as Window & typeof globalThis, { print })
    await expect(createWebPlatform({ window: page, version: '0.1.0' }).printPdf({ suggestedName: '2026年11月通报.pdf' })).resolves.toEqual({ canceled: false, path: '2026年11月通报.pdf' })
    expect(print).toHaveBeenCalledOnce()
  })
})

describe('web notify', () => {
  afterEach(() => vi.unstubAllGlobals())

  function stubNotification(permission: NotificationPermission, answer: NotificationPermission = permission) {
    const shown: { title: string; body?: string }[] = []
    const FakeNotification = Object.assign(
      function (this: unknown, title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body })
      },
      { permission, requestPermission: vi.fn(async () => answer) }
    )
    vi.stubGlobal('Notification', FakeNotification)
    return { shown, FakeNotification }
  }

  it('shows the notification when allowed', async () => {
    const { shown } = stubNotification('granted')
    await expect(platform().notify({ title: '工单即将超时', body: '还剩 2 小时' })).resolves.toEqual({ shown: true })
    expect(shown).toEqual([{ title: '工单即将超时', body: '还剩 2 小时' }])
  })

  it('asks for permission once, then stays quiet when refused', async () => {
    const { shown, FakeNotification } = stubNotification('default', 'denied')
    const web = platform()
    await expect(web.notify({ title: 'a' })).resolves.toEqual({ shown: false })
    await expect(web.notify({ title: 'b' })).resolves.toEqual({ shown: false })
    expect(FakeNotification.requestPermission).toHaveBeenCalledOnce()
    expect(shown).toEqual([])
  })

  it('does nothing when the browser has no notifications', async () => {
    vi.stubGlobal('Notification', undefined)
    await expect(platform().notify({ title: 'a' })).resolves.toEqual({ shown: false })
  })
})

describe('helpers', () => {
  it('builds accept lists and picks MIME types by extension', () => {
    expect(acceptFor([{ name: '表格', extensions: ['xlsx', 'csv'] }, { name: '全部', extensions: ['*'] }])).toBe('')
    expect(acceptFor()).toBe('')
    expect(mimeFor('a.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(mimeFor('noext')).toBe('application/octet-stream')
  })
})
