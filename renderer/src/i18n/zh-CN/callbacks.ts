export default {
  title: '回访',
  lead: '已反馈、已办结但尚未回访的工单，按反馈时间先后排列。',
  queueTitle: '待回访 {n} 件',
  empty: '没有待回访的工单',
  pick: '从左侧选择一件工单开始回访',
  loadFailed: '回访队列读取失败：{message}',
  col: {
    orderNo: '工单编号',
    title: '标题',
    repliedAt: '反馈时间',
    handler: '承办人',
    attempts: '已回访'
  },
  noOrderNo: '无编号',
  centre: '12345中心回访',
  attemptsCount: '{n} 次',
  panel: {
    openCase: '查看工单',
    caller: '诉求人',
    content: '诉求内容',
    reply: '答复内容',
    result: '办理结果',
    noReply: '暂无答复内容',
    repliedAt: '反馈时间'
  },
  attempts: {
    title: '回访记录',
    empty: '还没有回访记录',
    add: '记录一次回访尝试',
    at: '回访时间',
    channel: '回访方式',
    reached: '是否接通',
    reachedYes: '接通',
    reachedNo: '未接通',
    note: '备注',
    saved: '已记录回访'
  },
  result: {
    title: '回访结果',
    valid: '有效回访',
    contacted: '是否联系',
    resolved: '是否解决',
    satisfaction: '满意度',
    summary: '回访说明',
    summaryHint: '诉求人的原话或不满意的原因',
    yes: '是',
    no: '否',
    save: '保存回访结果',
    saved: '回访结果已保存',
    done: '已回访：{satisfaction}',
    doneInvalid: '已回访：无效回访',
    first: '首次满意度'
  },
  reopen: {
    offer: '诉求人不满意，可以发起重办，工单将退回“办理中”并重新计算办结时限。',
    button: '发起重办',
    title: '发起重办',
    prompt: '请填写重办原因：',
    required: '请填写重办原因',
    done: '已发起重办，工单回到办理中',
    after: '已发起重办：工单回到办理中，办结时限重新计算'
  }
}
