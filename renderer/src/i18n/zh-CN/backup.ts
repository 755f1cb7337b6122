export default {
  title: '备份与恢复',
  lead: '把本机的全部数据存成一个 .cdbak 备份文件，或从备份文件恢复。恢复前会完整校验文件，并先备份当前数据。',
  make: {
    title: '立即备份',
    hint: '可设置密码加密备份（AES-256-GCM）。密码遗失将无法恢复，请妥善保管。',
    passphrase: '备份密码',
    passphrase2: '再次输入',
    optional: '不加密可留空',
    mismatch: '两次输入的密码不一致',
    button: '立即备份',
    done: '备份已保存：{name}',
    refused: '备份含全部来电人的完整个人信息，当前账号没有“备份全部数据”权限，请联系管理员'
  },
  restore: {
    title: '恢复备份',
    hint: '从 .cdbak 文件恢复，会替换本机的全部数据。',
    pick: '选择备份文件…',
    file: '文件',
    community: '社区',
    createdAt: '备份时间',
    appVersion: '软件版本',
    schemaVersion: '数据版本',
    encrypted: '加密',
    yes: '已加密',
    no: '未加密',
    table: '数据表',
    count: '记录数',
    total: '合计 {n} 条记录',
    passphrase: '备份密码',
    verify: '校验并恢复',
    confirmTitle: '确认恢复',
    confirm: '备份文件已校验通过。恢复将替换本机全部数据（当前数据会先另存为恢复前备份）。确定恢复吗？',
    confirmOk: '恢复',
    cancel: '取消',
    done: '已恢复 {n} 条记录，当前数据已另存为 {name}',
    noCommunity: '（无社区）',
    refused: '当前账号没有“恢复备份”权限，可以查看备份文件的内容，但不能恢复'
  },
  failed: '操作失败：{message}',
  tables: {
    community: '社区', grid: '网格', place: '点位', unit: '单位', person: '人员', user: '用户', category: '问题分类',
    slaRule: '时限规则', holiday: '节假日', case: '工单', caseEvent: '工单记录', callback: '回访', whistle: '吹哨',
    whistleReport: '报到', proactiveIssue: '主动治理', proposal: '议题', meeting: '会议', vote: '表决', resolution: '决议',
    volunteer: '志愿者', team: '队伍', partyRegistration: '党员报到', shift: '排班', patrol: '巡查', pointsEntry: '积分',
    attachment: '附件', auditEntry: '审计日志', rollup: '统计汇总', setting: '设置', outbox: '同步队列'
  }
}
