import type { Menu, MenuItemConstructorOptions } from 'electron'
import type { Service } from './service'

export interface MenuOptions {
  isPackaged: boolean
  onAbout(): void
}

/** The Chinese application menu; roles keep the platform's own shortcuts. */
export function menuTemplate({ isPackaged, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const devTools: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具' }]
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' }
      ]
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新加载' },
        ...devTools,
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' }
      ]
    },
    {
      label: '窗口',
      submenu: [
        { role: 'minimize', label: '最小化' },
        { role: 'close', label: '关闭' }
      ]
    },
    { label: '帮助', submenu: [{ label: '关于', click: () => onAbout() }] }
  ]
}

export interface MenuDeps extends MenuOptions {
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>
}

export function createMenuService({ Menu, ...options }: MenuDeps): Service {
  return {
    boot: () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options))),
    shutdown: () => undefined
  }
}
