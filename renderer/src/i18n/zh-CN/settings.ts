export default {
  title: '系统设置',
  tabs: { community: '社区信息', grids: '网格与点位', units: '承办单位', categories: '问题分类', slaRules: '时限规则', holidays: '节假日', assessment: '考核设置', users: '账号与权限', privacy: '个人信息保护', audit: '审计日志' },
  community: {
    name: '社区名称',
    township: '所属街乡镇',
    district: '所属区',
    population: '常住人口',
    households: '户数'
  },
  grid: {
    title: '网格',
    code: '网格编号',
    name: '网格名称',
    workers: '网格员',
    workersHint: '多人用顿号或逗号分隔',
    households: '户数',
    partyBranch: '党支部',
    places: '点位',
    add: '新增网格',
    editTitle: '编辑网格',
    addTitle: '新增网格'
  },
  place: {
    title: '点位',
    name: '点位名称',
    kind: '类型',
    grid: '所属网格',
    add: '新增点位',
    editTitle: '编辑点位',
    addTitle: '新增点位',
    filterGrid: '按网格筛选',
    allGrids: '全部网格'
  },
  unit: {
    name: '单位名称',
    kind: '单位类型',
    contact: '联系人',
    phone: '联系电话',
    add: '新增单位',
    editTitle: '编辑承办单位',
    addTitle: '新增承办单位'
  },
  category: {
    name: '分类名称',
    parent: '上级分类',
    top: '（一级分类）',
    add: '新增一级分类',
    addChild: '添加下级',
    rename: '改名',
    editTitle: '修改分类',
    addTitle: '新增分类',
    levelHint: '分类最多三级',
    count: '共 {n} 个分类'
  }
}
