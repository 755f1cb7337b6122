import { describe, expect, it } from 'vitest'
import { ipcChannels } from './channels'
import { channelNames, isChannelName } from './names'

describe('ipcChannels', () => {
  it('names every channel area:verb-noun', () => {
    expect(Object.keys(ipcChannels)).toEqual([...channelNames])
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/)
  })

  it('knows only declared names, not inherited object keys', () => {
    expect(isChannelName('file:save')).toBe(true)
    expect(isChannelName('file:delete')).toBe(false)
    expect(isChannelName('constructor')).toBe(false)
    expect(isChannelName(42)).toBe(false)
  })

  it('takes no argument for app:get-info', () => {
    expect(ipcChannels['app:get-info'].args.safeParse(undefined).success).toBe(true)
    expect(ipcChannels['app:get-info'].args.safeParse({ x: 1 }).success).toBe(false)
  })

  it('accepts text or bytes for file:save and fills default filters', () => {
    const save = ipcChannels['file:save'].args
    expect(save.parse({ suggestedName: '工单.csv', data: 'a,b' })).toEqual({
      suggestedName: '工单.csv',
      data: 'a,b',
      filters: []
    })
    const bytes = new Uint8Array([1, 2, 3])
    expect(save.parse({ suggestedName: 'x.xlsx', data: bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] }).data).toBe(bytes)
  })

  it('refuses a suggested name that carries a path', () => {
    const save = ipcChannels['file:save'].args
    for (const suggestedName of ['../evil.txt', 'a/b.txt', 'C:\\x.txt', '..', '']) {
      expect(save.safeParse({ suggestedName, data: '' }).success, suggestedName).toBe(false)
    }
  })

  it('refuses data that is neither text nor bytes, and odd filter extensions', () => {
    const save = ipcChannels['file:save'].args
    expect(save.safeParse({ suggestedName: 'a.txt', data: [1, 2] }).success).toBe(false)
    expect(save.safeParse({ suggestedName: 'a.txt', data: '', filters: [{ name: 'x', extensions: ['.csv'] }] }).success).toBe(false)
  })

  it('lets file:open be called without arguments', () => {
    expect(ipcChannels['file:open'].args.parse(undefined)).toEqual({ filters: [] })
  })

  it('describes open and save results as canceled or done', () => {
    const open = ipcChannels['file:open'].result
    expect(open.safeParse({ canceled: true }).success).toBe(true)
    expect(open.safeParse({ canceled: false, name: 'a.csv', bytes: new Uint8Array(0) }).success).toBe(true)
    expect(open.safeParse({ canceled: false, name: 'a.csv' }).success).toBe(false)
    expect(ipcChannels['file:save'].result.safeParse({ canceled: false }).success).toBe(false)
  })

  it('prints to a bare .pdf file name, portrait unless asked', () => {
    const print = ipcChannels['file:print-pdf'].args
    expect(print.parse({ suggestedName: '2026年11月通报.pdf' })).toEqual({ suggestedName: '2026年11月通报.pdf', landscape: false })
    expect(print.parse({ suggestedName: 'a.PDF', landscape: true }).landscape).toBe(true)
    for (const suggestedName of ['通报.xlsx', '../通报.pdf', '']) expect(print.safeParse({ suggestedName }).success, suggestedName).toBe(false)
    expect(print.safeParse({ suggestedName: 'a.pdf', landscape: 'yes' }).success).toBe(false)
    const result = ipcChannels['file:print-pdf'].result
    expect(result.safeParse({ canceled: false, path: '/home/clerk/文档/通报.pdf' }).success).toBe(true)
    expect(result.safeParse({ canceled: false }).success).toBe(false)
  })

  it('requires a notification title', () => {
    const show = ipcChannels['notify:show'].args
    expect(show.parse({ title: '工单即将超时' })).toEqual({ title: '工单即将超时', body: '' })
    expect(show.safeParse({ title: '' }).success).toBe(false)
  })
})

describe('automatic backup channels', () => {
  const name = 'auto-2026-11-25T06-30-00-123Z-daily.cdbak'

  it('save takes backup bytes and a known reason only', () => {
    const save = ipcChannels['backup:save-auto'].args
    expect(save.parse({ bytes: new Uint8Array([67]), reason: 'pre-migration' }).reason).toBe('pre-migration')
    expect(save.safeParse({ bytes: new Uint8Array(0), reason: 'daily' }).success).toBe(false)
    expect(save.safeParse({ bytes: 'CDBAK', reason: 'daily' }).success).toBe(false)
    expect(save.safeParse({ bytes: new Uint8Array([1]), reason: 'weekly' }).success).toBe(false)
    expect(save.safeParse({ bytes: new Uint8Array([1]) }).success).toBe(false)
  })

  it('read takes only a name main writes, never a path', () => {
    const read = ipcChannels['backup:read-auto'].args
    expect(read.parse({ name })).toEqual({ name })
    for (const bad of ['../' + name, `${name}/../../etc/passwd`, 'C:\\Windows\\win.ini', '/etc/passwd', '..', name + '.tmp', '']) {
      expect(read.safeParse({ name: bad }).success, bad).toBe(false)
    }
    expect(read.safeParse(undefined).success).toBe(false)
  })

  it('list takes no argument and describes every entry', () => {
    const list = ipcChannels['backup:list-auto']
    expect(list.args.safeParse({ folder: '/' }).success).toBe(false)
    expect(list.result.safeParse({ folder: '/u/backups', entries: [{ name, reason: 'daily', createdAt: 1, size: 9 }] }).success).toBe(true)
    expect(list.result.safeParse({ folder: '/u/backups', entries: [{ name, reason: 'hourly', createdAt: 1, size: 9 }] }).success).toBe(false)
  })
})
