import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { createMenuService, menuTemplate } from './menu'

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])
  ])
}

describe('application menu', () => {
  it('is in Chinese, with developer tools while not packaged', () => {
    const template = menuTemplate({ isPackaged: false, onAbout: vi.fn() })
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
    expect(labels(template)).toEqual([
      '文件', '退出',
      '编辑', '撤销', '重做', '剪切', '复制', '粘贴', '全选',
      '视图', '重新加载', '开发者工具', '实际大小', '放大', '缩小', '全屏',
      '窗口', '最小化', '关闭',
      '帮助', '关于'
    ])
    for (const label of labels(template)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/)
  })

  it('hides developer tools in the packaged app', () => {
    expect(labels(menuTemplate({ isPackaged: true, onAbout: vi.fn() }))).not.toContain('开发者工具')
  })

  it('shows the about box from 帮助 → 关于', () => {
    const onAbout = vi.fn()
    const help = menuTemplate({ isPackaged: true, onAbout }).at(-1)!.submenu as MenuItemConstructorOptions[]
    help[0].click!({} as never, undefined, {} as never)
    expect(onAbout).toHaveBeenCalledOnce()
  })

  it('installs the menu on boot', () => {
    const Menu = { buildFromTemplate: vi.fn(() => 'menu'), setApplicationMenu: vi.fn() }
    createMenuService({ Menu: Menu as never, isPackaged: true, onAbout: vi.fn() }).boot()
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith('menu')
  })
})
