import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { createDesk, deskPath, remoteErrorMessage } from './desk'
import type { AppInfo, Desk, Invoke, OpenFileResult, SaveFileResult } from './types'

describe('deskPath', () => {
  it('maps area:verb-noun to area and a camelCase method', () => {
    expect(deskPath('app:get-info')).toEqual(['app', 'getInfo'])
    expect(deskPath('notify:show')).toEqual(['notify', 'show'])
  })
})

describe('createDesk', () => {
  it('has exactly one function per declared channel', () => {
    const desk = createDesk(vi.fn() as unknown as Invoke)
    const shape = Object.fromEntries(Object.entries(desk).map(([area, fns]) => [area, Object.keys(fns).sort()]))
    expect(shape).toEqual({ app: ['getInfo'], file: ['open', 'printPdf', 'save'], notify: ['show'], backup: ['listAuto', 'readAuto', 'saveAuto'] })
    expect(Object.isFrozen(desk) && Object.isFrozen(desk.file)).toBe(true)
  })

  it('sends each call over its channel with the arguments given', async () => {
    const invoke = vi.fn(async () => ({ canceled: true }))
    const desk = createDesk(invoke as unknown as Invoke)
    await expect(desk.file.save({ suggestedName: 'a.csv', data: 'x' })).resolves.toEqual({ canceled: true })
    await desk.app.getInfo()
    expect(invoke.mock.calls).toEqual([
      ['file:save', { suggestedName: 'a.csv', data: 'x' }],
      ['app:get-info', undefined]
    ])
  })

  it('rethrows a refused call with the readable message only', async () => {
    const invoke = vi.fn(async () => {
      throw new Error("Error invoking remote method 'file:save': Error: 参数无效：文件名不能包含路径")
    })
    const desk = createDesk(invoke as unknown as Invoke)
    await expect(desk.file.save({ suggestedName: 'a', data: '' })).rejects.toThrow(/^参数无效：文件名不能包含路径$/)
  })

  it('derives client types from the declaration', () => {
    expectTypeOf<Desk['app']['getInfo']>().toEqualTypeOf<() => Promise<AppInfo>>()
    expectTypeOf<Desk['file']['save']>().returns.resolves.toEqualTypeOf<SaveFileResult>()
    expectTypeOf<Desk['file']['open']>().returns.resolves.toEqualTypeOf<OpenFileResult>()
    expectTypeOf<Desk['file']['open']>().parameter(0).toEqualTypeOf<{ filters?: { name: string; extensions: string[] }[] } | undefined>()
  })
})

describe('remoteErrorMessage', () => {
  it('leaves a plain message alone', () => {
    expect(remoteErrorMessage(new Error('保存失败'))).toBe('保存失败')
    expect(remoteErrorMessage('x')).toBe('x')
  })
})
