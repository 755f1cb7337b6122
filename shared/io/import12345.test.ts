import { describe, expect, it } from 'vitest'
import { readCsv } from './csv'
import { mapWorkOrderSheet, type ImportRejection } from './import12345'

// The header row exactly as the 12345 platform exports it.
const HEADER = [
  '工单编号', '工单类型', '问题分类', '标题', '主要内容', '工单状态', '来电人', '来电人电话', '被反映区',
  '被反映街乡镇', '村/社区', '小区点位', '办理结果', '回复内容', '主办单位', '来电时间', '办结时间',
  '是否联系', '是否解决', '是否满意'
]
type Row = Partial<Record<(typeof HEADER)[number], unknown>>
const toRow = (values: Row): unknown[] => HEADER.map((h) => values[h] ?? '')

const china = (y: number, mo: number, d: number, h = 0, mi = 0): number => Date.UTC(y, mo - 1, d, h - 8, mi)
const NOW = china(2026, 3, 20, 12, 0)

const GOOD: Row = {
  工单编号: 'GD2603050001',
  工单类型: '投诉',
  问题分类: '城乡建设-市容环卫-占道经营',
  标题: '小区门口占道经营',
  主要内容: '来电人反映和平里小区北门早市摊贩占道经营，影响通行，希望尽快处理。',
  工单状态: '已办结',
  来电人: '张三',
  来电人电话: '138 1234 5678',
  被反映区: '东城区',
  被反映街乡镇: '和平里街道',
  '村/社区': '和平里社区',
  小区点位: '和平里小区北门',
  办理结果: '已解决',
  回复内容: '已联合城管清理摊位，并设置提示牌。',
  主办单位: '和平里街道办事处',
  来电时间: '2026-03-05 14:30',
  办结时间: '2026/3/6 9:15',
  是否联系: '是',
  是否解决: '已解决',
  是否满意: '非常满意'
}

const sheet = (...rows: Row[]): unknown[][] => [HEADER, ...rows.map(toRow)]
const rowsOf = (rejected: ImportRejection[]): number[] => rejected.map((r) => r.row)

describe('mapWorkOrderSheet — a platform export', () => {
  it('maps every column of a good row', () => {
    const { cases, rejected, mapping } = mapWorkOrderSheet(sheet(GOOD), { now: NOW })
    expect(rejected).toEqual([])
    expect(cases).toEqual([
      {
        sourceRow: 2,
        orderNo: 'GD2603050001',
        type: '投诉',
        categoryPath: '城乡建设/市容环卫/占道经营',
        title: '小区门口占道经营',
        content: '来电人反映和平里小区北门早市摊贩占道经营，影响通行，希望尽快处理。',
        statusText: '已办结',
        status: '已办结',
        callerName: '张三',
        callerPhone: '13812345678',
        district: '东城区',
        township: '和平里街道',
        community: '和平里社区',
        address: '和平里小区北门',
        result: '已解决',
        reply: '已联合城管清理摊位，并设置提示牌。',
        unitName: '和平里街道办事处',
        receivedAt: china(2026, 3, 5, 14, 30),
        closedAt: china(2026, 3, 6, 9, 15),
        callback: { contacted: true, resolved: true, satisfaction: '满意' }
      }
    ])
    expect(mapping).toEqual({
      工单编号: 'orderNo', 工单类型: 'type', 问题分类: 'categoryPath', 标题: 'title', 主要内容: 'content',
      工单状态: 'statusText', 来电人: 'callerName', 来电人电话: 'callerPhone', 被反映区: 'district',
      被反映街乡镇: 'township', '村/社区': 'community', 小区点位: 'address', 办理结果: 'result',
      回复内容: 'reply', 主办单位: 'unitName', 来电时间: 'receivedAt', 办结时间: 'closedAt',
      是否联系: 'contacted', 是否解决: 'resolved', 是否满意: 'satisfaction'
    })
  })

  it('reads Excel serials, Date cells and numeric codes', () => {
    const { cases, rejected } = mapWorkOrderSheet(
      sheet(
        {
          ...GOOD,
          工单编号: 2603050002,
          来电时间: 46086.604166,
          办结时间: new Date(Date.UTC(2026, 2, 6, 9, 15)),
          是否联系: 1,
          是否解决: 0,
          是否满意: '基本满意'
        }
      ),
      { now: NOW }
    )
    expect(rejected).toEqual([])
    expect(cases[0]).toMatchObject({
      orderNo: '2603050002',
      receivedAt: china(2026, 3, 5, 14, 30),
      closedAt: china(2026, 3, 6, 9, 15),
      callback: { contacted: true, resolved: false, satisfaction: '基本满意' }
    })
  })

  it('keeps only what a minimal sheet has, with no callback when those columns are absent', () => {
    const { cases, rejected } = mapWorkOrderSheet([
      ['工单号', '受理时间', '诉求内容'],
      ['A1', '2026年3月5日 14:30', '路灯不亮']
    ])
    expect(rejected).toEqual([])
    expect(cases).toEqual([{ sourceRow: 2, orderNo: 'A1', receivedAt: china(2026, 3, 5, 14, 30), content: '路灯不亮' }])
  })

  it('skips empty rows silently and counts rows as Excel does', () => {
    const rows = sheet(GOOD, {}, { ...GOOD, 工单编号: 'GD2' })
    rows.splice(2, 0, [], [null, undefined, '  '])
    const { cases, rejected } = mapWorkOrderSheet(rows as unknown[][], { now: NOW })
    expect(rejected).toEqual([])
    expect(cases.map((c) => c.sourceRow)).toEqual([2, 6])
  })

  it('keeps a phone the platform already masked as written', () => {
    const { cases } = mapWorkOrderSheet(sheet({ ...GOOD, 来电人电话: '138****5678' }))
    expect(cases[0].callerPhone).toBe('138****5678')
  })

  it('imports a csv export end to end', () => {
    const csv = '\uFEFF工单编号,来电时间,主要内容,是否满意\r\nA1,2026/3/5 14:30,"噪音,扰民",满意\r\n,,,\r\nA2,2026/3/5 25:00,x,\r\n'
    const read = readCsv(new TextEncoder().encode(csv))
    if (!read.ok) throw new Error(read.message)
    const { cases, rejected } = mapWorkOrderSheet(read.rows)
    expect(cases).toEqual([
      {
        sourceRow: 2,
        orderNo: 'A1',
        receivedAt: china(2026, 3, 5, 14, 30),
        content: '噪音,扰民',
        callback: { satisfaction: '满意' }
      }
    ])
    expect(rejected).toEqual([{ row: 4, column: '来电时间', reason: expect.stringContaining('2026/3/5 25:00') }])
  })

  it('keeps formula-looking text as text and never evaluates it', () => {
    const { cases } = mapWorkOrderSheet(sheet({ ...GOOD, 主要内容: '=HYPERLINK("http://x","点击")', 标题: '+1 反映' }))
    expect(cases[0].content).toBe('=HYPERLINK("http://x","点击")')
    expect(cases[0].title).toBe('+1 反映')
  })

  it('uses the cached result of an exceljs formula cell and the text of rich-text cells', () => {
    const { cases } = mapWorkOrderSheet(
      sheet({ ...GOOD, 主要内容: { richText: [{ text: '噪音' }, { text: '扰民' }] }, 标题: { formula: 'A1&B1', result: '夜间施工' } })
    )
    expect(cases[0]).toMatchObject({ content: '噪音扰民', title: '夜间施工' })
  })

  it('finds the header below a title row, keeping Excel row numbers', () => {
    const { cases } = mapWorkOrderSheet([['12345工单明细（2026年3月）'], HEADER, toRow(GOOD)], { now: NOW })
    expect(cases.map((c) => c.sourceRow)).toEqual([3])
  })
})

describe('mapWorkOrderSheet — rejections', () => {
  it('refuses a sheet without a required column, naming it on row 1, with no cases', () => {
    const header = HEADER.filter((h) => h !== '来电时间')
    const { cases, rejected } = mapWorkOrderSheet([header, header.map(() => 'x')])
    expect(cases).toEqual([])
    expect(rejected).toEqual([{ row: 1, column: '来电时间', reason: expect.stringContaining('缺少必需的列“来电时间”') }])
  })

  it('names every missing required column', () => {
    const { rejected } = mapWorkOrderSheet([['标题', '备注']])
    expect(rejected.map((r) => r.column)).toEqual(['工单编号', '主要内容', '来电时间'])
    expect(rowsOf(rejected)).toEqual([1, 1, 1])
  })

  it('refuses an empty 工单编号 and a duplicate, naming the earlier row', () => {
    const { cases, rejected } = mapWorkOrderSheet(sheet(GOOD, { ...GOOD, 工单编号: '  ' }, GOOD), { now: NOW })
    expect(cases.map((c) => c.sourceRow)).toEqual([2])
    expect(rejected).toEqual([
      { row: 3, column: '工单编号', reason: expect.stringContaining('工单编号为空') },
      { row: 4, column: '工单编号', reason: expect.stringContaining('工单编号“GD2603050001”与第 2 行重复') }
    ])
  })

  it('refuses 工单编号 that Excel turned into a number or scientific notation', () => {
    const { rejected } = mapWorkOrderSheet(
      sheet({ ...GOOD, 工单编号: 26030500012345678 }, { ...GOOD, 工单编号: '2.60305E+12' }),
      { now: NOW }
    )
    expect(rejected.map((r) => r.reason)).toEqual([
      expect.stringContaining('请把该列设为“文本”格式'),
      expect.stringContaining('科学计数法')
    ])
  })

  it('refuses an unreadable date with the expected wording', () => {
    const { rejected } = mapWorkOrderSheet(sheet({ ...GOOD, 来电时间: '2026/13/40' }))
    expect(rejected).toEqual([
      { row: 2, column: '来电时间', reason: '日期“2026/13/40”无法识别，请使用 2026-03-05 14:30 这样的格式' }
    ])
  })

  it('refuses a received time in the future, and a close before the call', () => {
    const { rejected } = mapWorkOrderSheet(
      sheet({ ...GOOD, 来电时间: '2026-03-21 08:00', 办结时间: '' }, { ...GOOD, 工单编号: 'B', 办结时间: '2026-03-01 10:00' }),
      { now: NOW }
    )
    expect(rejected).toEqual([
      { row: 2, column: '来电时间', reason: '来电时间 2026-03-21 08:00 晚于当前时间：请检查日期是否填错' },
      { row: 3, column: '办结时间', reason: expect.stringContaining('早于来电时间') }
    ])
  })

  it('refuses an unknown 工单类型 and a bad 是否满意 or 是否联系, and accepts their usual spellings', () => {
    const { cases, rejected } = mapWorkOrderSheet(
      sheet(
        { ...GOOD, 工单类型: '吐槽' },
        { ...GOOD, 工单编号: 'B', 是否满意: '还行' },
        { ...GOOD, 工单编号: 'C', 是否联系: '也许' },
        { ...GOOD, 工单编号: 'D', 工单类型: '意见建议', 是否满意: '不满意', 是否联系: '未联系', 是否解决: '否' },
        { ...GOOD, 工单编号: 'E', 工单类型: '求助类', 是否满意: '-', 是否联系: '', 是否解决: '' }
      ),
      { now: NOW }
    )
    expect(rejected).toEqual([
      { row: 2, column: '工单类型', reason: '工单类型“吐槽”无法识别：应为 咨询、求助、投诉、举报、建议、表扬 之一' },
      { row: 3, column: '是否满意', reason: '是否满意“还行”无法识别：应为 满意、基本满意 或 不满意' },
      { row: 4, column: '是否联系', reason: expect.stringContaining('是否联系“也许”无法识别：应为 是 或 否') }
    ])
    expect(cases.map((c) => [c.orderNo, c.type, c.callback])).toEqual([
      ['D', '建议', { contacted: false, resolved: false, satisfaction: '不满意' }],
      ['E', '求助', {}]
    ])
  })

  it('refuses over-long cells, with the limit in the message', () => {
    const { cases, rejected } = mapWorkOrderSheet(sheet({ ...GOOD, 主要内容: '长'.repeat(21) }), { maxCellLength: 20 })
    expect(cases).toEqual([])
    expect(rejected).toEqual([{ row: 2, column: '主要内容', reason: '内容过长：21 字，超过 20 字的上限，请删减后再导入' }])
    expect(mapWorkOrderSheet(sheet({ ...GOOD, 主要内容: '长'.repeat(5000) })).cases).toHaveLength(1)
    expect(mapWorkOrderSheet(sheet({ ...GOOD, 主要内容: '长'.repeat(5001) })).cases).toHaveLength(0)
  })

  it('reports every problem of a row, and one row’s problems do not touch the next', () => {
    const { cases, rejected } = mapWorkOrderSheet(sheet({ 工单编号: 'X', 是否满意: '好' }, GOOD), { now: NOW })
    expect(rejected.filter((r) => r.row === 2).map((r) => r.column)).toEqual(['来电时间', '主要内容', '是否满意'])
    expect(cases.map((c) => c.sourceRow)).toEqual([3])
  })

  it('refuses cells it cannot read as text, number or date', () => {
    const { rejected } = mapWorkOrderSheet(sheet({ ...GOOD, 标题: [['嵌套']], 来电人: { error: '#REF!' } }))
    expect(rejected).toEqual([
      { row: 2, column: '标题', reason: '单元格内容无法识别：应为文字、数字或日期' },
      { row: 2, column: '来电人', reason: '单元格内容无法识别：应为文字、数字或日期' }
    ])
  })
})
