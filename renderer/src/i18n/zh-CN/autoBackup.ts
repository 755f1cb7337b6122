export default {
  title: '自动备份',
  hint: '桌面版每天自动备份一次，升级软件前也会先备份。保留最近 7 天每天一份、最近 4 周每周一份、最近 12 个月每月一份；升级前的备份保留一年。',
  webOnly: '自动备份是桌面版的功能：浏览器中没有可写入的备份文件夹。请用“立即备份”定期把备份文件保存到本机或 U 盘。',
  folder: '备份位置：{folder}',
  empty: '还没有自动备份。软件启动约一分钟后会做当天的第一份。',
  refresh: '刷新',
  time: '备份时间',
  reason: '类型',
  size: '大小',
  actions: '操作',
  restore: '恢复',
  restoreLabel: '恢复 {time} 的自动备份',
  reasons: { daily: '每日备份', 'pre-migration': '升级前备份', 'pre-restore': '恢复前备份' },
  loaded: '已读取 {time} 的自动备份，请在右侧核对后点击“校验并恢复”'
}
