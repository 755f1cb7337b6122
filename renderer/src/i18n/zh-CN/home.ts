export default {
  greeting: '今天是 {date}',
  overview: '社区概况',
  population: '常住人口',
  households: '户数',
  grids: '网格',
  places: '点位',
  units: '承办单位',
  people: '居民与志愿者',
  categories: '问题分类',
  gridTitle: '各网格点位',
  gridPlaces: '{n} 个点位',
  goSettings: '维护网格与点位',
  lists: {
    dueToday: '我的今日到期',
    dueTodayEmpty: '今天没有到期的工单',
    overdue: '已超时',
    overdueEmpty: '没有超时的工单',
    late: '吹哨迟到',
    lateEmpty: '没有迟到或超时未到的报到单位',
    callbacks: '待回访',
    callbacksEmpty: '没有待回访的工单',
    more: '还有 {n} 件，去查看',
    moreUnits: '还有 {n} 个，去查看',
    loadFailed: '读取失败：{message}'
  },
  row: {
    deadline: '截止 {time}',
    left: '剩余 {span}',
    overdueBy: '已超时 {span}',
    arrivedLate: '迟到 {n} 分',
    notArrived: '超时 {n} 分未到场',
    repliedAt: '反馈于 {time}',
    attempts: '已回访 {n} 次',
    noAttempts: '尚未回访'
  }
}
