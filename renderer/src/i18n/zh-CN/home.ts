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
  todayTitle: '今日待办',
  todayEmpty: '工单、回访与吹哨报到模块上线后，今天到期、已超时和待回访的事项会列在这里。',
  gridTitle: '各网格点位',
  gridPlaces: '{n} 个点位',
  goSettings: '维护网格与点位'
}
