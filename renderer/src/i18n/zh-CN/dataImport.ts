export default {
  title: '数据管理',
  lead: '从 12345 平台导出的工单表格导入本社区，已有的工单按工单编号更新，导入前可先预览。',
  backupHint: '把全部数据存成一个备份文件，或从备份恢复',
  importTitle: '导入工单',
  importLead: '支持 12345 平台导出的 xlsx 和 csv（UTF-8 或 GBK）文件，按表头自动识别各列。',
  pick: '选择文件',
  parsing: '正在读取 {name}',
  cancel: '取消',
  restart: '重新选择文件',
  mapping: {
    title: '列映射',
    lead: '以下表头未能自动识别，请指定各列对应的字段；选择会保存下来，下次导入自动使用。',
    missing: '缺少必需的列',
    header: '表格中的列',
    field: '对应字段',
    ignore: '不导入',
    apply: '按此映射预览'
  },
  preview: {
    title: '导入预览',
    file: '文件：{name}',
    new: '新增',
    updated: '更新',
    unchanged: '未变',
    rejected: '拒绝',
    rejectedTitle: '被拒绝的行（不会导入）',
    row: '行号',
    column: '列',
    reason: '原因',
    unknownTitle: '以下问题分类在分类树中不存在，导入时将新建',
    unknownRows: '第 {rows} 行',
    remap: '调整列映射',
    confirm: '确认导入',
    nothing: '没有可导入的工单',
    allOrNothing: '导入是整体进行的：任何一条写入失败，所有工单都不会写入。'
  },
  done: {
    title: '导入完成',
    summary: '新增 {created} 件，更新 {updated} 件，未变 {unchanged} 件，拒绝 {rejected} 行。',
    categories: '新建分类：{paths}',
    toCases: '查看工单列表',
    again: '继续导入'
  }
}
