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
  sample: {
    button: '下载示例文件',
    hint: '还没有平台导出的文件？可以先下载一份按本社区小区和问题分类生成的示例文件试一试导入。',
    xlsx: 'Excel 工作簿（.xlsx）',
    csv: 'CSV（UTF-8）',
    gbk: 'CSV（GBK，旧版平台格式）',
    done: '已生成示例文件 {name}',
    failed: '示例文件生成失败：{message}'
  },
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
    statusTitle: '工单状态',
    statusLead: '按平台的工单状态补记签收、反馈、办结等记录；本地已更进一步的工单保持不变。',
    caughtUp: '新增工单中有 {n} 件将按平台状态补记办理记录',
    statusKind: { forward: '补记', behind: '未变', blocked: '冲突', none: '' },
    statusOrderNo: '工单编号',
    statusNote: '说明',
    remap: '调整列映射',
    confirm: '确认导入',
    committing: '正在写入工单：{done} / {total}',
    cancelCommit: '取消导入',
    nothing: '没有可导入的工单',
    allOrNothing: '导入是整体进行的：任何一条写入失败，所有工单都不会写入。'
  },
  done: {
    title: '导入完成',
    summary: '新增 {created} 件，更新 {updated} 件，未变 {unchanged} 件，拒绝 {rejected} 行。',
    categories: '新建分类：{paths}',
    toCases: '查看工单列表',
    again: '继续导入'
  },
  setupRestore: {
    title: '从备份恢复',
    lead: '换了电脑或重装系统时，选择本社区的备份文件（.cdbak），校验无误后恢复全部数据，再用原来的账号登录。',
    pick: '选择备份文件',
    community: '社区',
    createdAt: '备份时间',
    rows: '记录数',
    passphrase: '备份密码',
    run: '校验并恢复',
    notEmpty: '本机已有社区数据，不能在此恢复：请登录后在“数据管理 → 备份与恢复”中恢复'
  },
  lists: {
    export: '导出',
    xlsx: 'Excel 工作簿（.xlsx）',
    csvItem: 'CSV（UTF-8）',
    csv: 'CSV 文件',
    done: '已导出 {n} 行',
    failed: '导出失败：{message}',
    callback: {
      sheet: '回访队列', file: '回访队列', orderNo: '工单编号', title: '标题', caller: '来电人', phone: '联系电话', repliedAt: '反馈时间',
      handler: '承办人', attempts: '已回访次数', origin: '来源', centre: '12345 中心', local: '本社区', confidential: '保密'
    },
    whistle: {
      sheet: '吹哨报到', file: '吹哨报到', at: '吹哨时间', type: '类型', issue: '事项', address: '地点', status: '状态', unit: '报到单位',
      deadline: '到场时限', arrivedAt: '到场时间', onTime: '是否按时', people: '派出人数', result: '处置结果', rating: '评价', yes: '是', no: '否'
    }
  }
}

