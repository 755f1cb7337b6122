/**
 * The columns of a 12345 work-order export and how their headers are recognised (DESIGN §3).
 * The first alias is the platform's own header; the others are names seen in district and
 * township exports. Aliases are compared after normalizeHeader.
 */

export const WORK_ORDER_COLUMNS = [
  { field: 'orderNo', label: '工单编号', required: true, aliases: ['工单编号', '工单号', '工单编码', '编号'] },
  { field: 'type', label: '工单类型', aliases: ['工单类型', '诉求类型', '来电类型', '类型'] },
  { field: 'categoryPath', label: '问题分类', aliases: ['问题分类', '诉求分类', '问题类别', '分类'] },
  { field: 'title', label: '标题', aliases: ['标题', '工单标题', '诉求标题'] },
  {
    field: 'content',
    label: '主要内容',
    required: true,
    aliases: ['主要内容', '诉求内容', '工单内容', '来电内容', '问题描述', '内容']
  },
  { field: 'statusText', label: '工单状态', aliases: ['工单状态', '办理状态', '状态'] },
  { field: 'callerName', label: '来电人', aliases: ['来电人', '来电人姓名', '诉求人', '诉求人姓名', '姓名'] },
  {
    field: 'callerPhone',
    label: '来电人电话',
    aliases: ['来电人电话', '联系电话', '来电电话', '来电号码', '诉求人电话', '联系方式', '电话']
  },
  { field: 'district', label: '被反映区', aliases: ['被反映区', '所属区', '区县', '区'] },
  { field: 'township', label: '被反映街乡镇', aliases: ['被反映街乡镇', '街乡镇', '所属街乡镇', '街道乡镇', '街道'] },
  { field: 'community', label: '村/社区', aliases: ['村/社区', '社区/村', '社区(村)', '所属社区', '社区', '村居'] },
  { field: 'address', label: '小区点位', aliases: ['小区点位', '点位', '详细地址', '事发地址', '问题地址', '地址'] },
  { field: 'result', label: '办理结果', aliases: ['办理结果', '处理结果', '办理情况'] },
  { field: 'reply', label: '回复内容', aliases: ['回复内容', '答复内容', '反馈内容', '回复'] },
  { field: 'unitName', label: '主办单位', aliases: ['主办单位', '承办单位', '办理单位'] },
  {
    field: 'receivedAt',
    label: '来电时间',
    required: true,
    aliases: ['来电时间', '受理时间', '派单时间', '诉求时间', '登记时间']
  },
  { field: 'signedAt', label: '签收时间', aliases: ['签收时间', '接单时间'] },
  { field: 'contactedAt', label: '首次联系时间', aliases: ['首次联系时间', '联系时间'] },
  { field: 'repliedAt', label: '反馈时间', aliases: ['反馈时间', '答复时间', '回复时间'] },
  { field: 'closedAt', label: '办结时间', aliases: ['办结时间', '结案时间', '完成时间'] },
  { field: 'contacted', label: '是否联系', aliases: ['是否联系', '是否响应', '联系情况'] },
  { field: 'resolved', label: '是否解决', aliases: ['是否解决', '解决情况'] },
  { field: 'satisfaction', label: '是否满意', aliases: ['是否满意', '满意度', '满意情况'] }
] as const satisfies readonly { field: string; label: string; required?: boolean; aliases: readonly string[] }[]

export type WorkOrderField = (typeof WORK_ORDER_COLUMNS)[number]['field']

export const REQUIRED_FIELDS: readonly WorkOrderField[] = WORK_ORDER_COLUMNS.filter((c) => 'required' in c).map(
  (c) => c.field
)

export const FIELD_LABELS = new Map<WorkOrderField, string>(WORK_ORDER_COLUMNS.map((c) => [c.field, c.label]))

export function isWorkOrderField(value: unknown): value is WorkOrderField {
  return typeof value === 'string' && FIELD_LABELS.has(value as WorkOrderField)
}

/**
 * The header as compared: full-width forms folded (NFKC), all spaces removed, and the required
 * marker '*' and a trailing ':' dropped, so '＊工单编号：' and ' 工单 编号' both read 工单编号.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/^\*+/, '')
    .replace(/[*:]+$/, '')
}

/** normalised alias → field and rank (0 = the platform's own header). */
const ALIASES = new Map<string, { field: WorkOrderField; rank: number }>(
  WORK_ORDER_COLUMNS.flatMap((c) => c.aliases.map((a, rank) => [normalizeHeader(a), { field: c.field, rank }] as const))
)

export function fieldForHeader(header: string): { field: WorkOrderField; rank: number } | undefined {
  return ALIASES.get(normalizeHeader(header))
}

export interface ColumnMatch {
  /** field → column index */
  columns: Map<WorkOrderField, number>
  /** header text → field, '' for headers left unmatched */
  mapping: Record<string, string>
}

/**
 * Matches header cells to fields. User overrides (the mapping screen) win, '' meaning "ignore";
 * then for each field the column whose header is the best-ranked alias, the leftmost on a tie.
 */
export function matchColumns(headers: readonly string[], overrides: Record<string, string> = {}): ColumnMatch {
  const chosen = new Map<number, WorkOrderField | ''>()
  const columns = new Map<WorkOrderField, number>()
  const overrideByHeader = new Map<string, WorkOrderField | ''>()
  for (const [header, field] of typeof overrides === 'object' && overrides !== null ? Object.entries(overrides) : []) {
    if (typeof field === 'string' && (field === '' || isWorkOrderField(field))) {
      overrideByHeader.set(normalizeHeader(header), field)
    }
  }
  headers.forEach((header, index) => {
    const field = header === '' ? undefined : overrideByHeader.get(normalizeHeader(header))
    if (field === undefined) return
    if (field !== '' && columns.has(field)) return
    chosen.set(index, field)
    if (field !== '') columns.set(field, index)
  })
  const best = new Map<WorkOrderField, { index: number; rank: number }>()
  headers.forEach((header, index) => {
    const match = header === '' || chosen.has(index) ? undefined : fieldForHeader(header)
    if (!match || columns.has(match.field)) return
    const current = best.get(match.field)
    if (!current || match.rank < current.rank) best.set(match.field, { index, rank: match.rank })
  })
  for (const [field, { index }] of best) {
    columns.set(field, index)
    chosen.set(index, field)
  }
  const mapping: Record<string, string> = {}
  headers.forEach((header, index) => {
    // defineProperty: a header literally named "__proto__" must stay an ordinary key
    if (header !== '' && !Object.hasOwn(mapping, header)) {
      const value = chosen.get(index) ?? ''
      Object.defineProperty(mapping, header, { value, enumerable: true, writable: true, configurable: true })
    }
  })
  return { columns, mapping }
}
