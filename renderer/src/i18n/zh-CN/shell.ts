export default {
  appName: '社区接诉即办工作台',
  nav: {
    home: '工作台',
    cases: '接诉即办',
    whistles: '吹哨报到',
    proactive: '未诉先办',
    meetings: '议事协商',
    volunteers: '小巷管家',
    dashboard: '数据看板',
    data: '数据管理',
    settings: '系统设置'
  },
  header: {
    user: '当前用户',
    township: '街乡镇',
    mode: { community: '社区版', township: '街乡版' }
  },
  status: {
    ready: '数据已就绪',
    web: '浏览器模式',
    desktop: '桌面版',
    version: '版本',
    device: '本机编号',
    saved: '已保存'
  },
  common: {
    save: '保存',
    cancel: '取消',
    add: '新增',
    edit: '编辑',
    delete: '删除',
    confirm: '确定',
    actions: '操作',
    loading: '正在加载…',
    empty: '暂无数据',
    saved: '已保存',
    deleted: '已删除',
    confirmDelete: '确定删除“{name}”吗？',
    fixErrors: '请按提示修改后再保存',
    print: { file: '打印', saved: '已保存到 {path}', failed: '打印失败：{message}' }
  }
}
