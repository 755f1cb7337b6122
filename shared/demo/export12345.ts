/**
 * A realistic 12345 platform export for trying the importer: the platform's headers, a title row,
 * phones masked the way the platform masks them, and optional bad rows. Writes xlsx (exceljs), csv as
 * UTF-8 with BOM, and csv in GBK as older platform versions export it.
 */
import ExcelJS from 'exceljs'
import { formatDateTime } from '../domain/dates'
import { csvLines, toCsv } from '../io/csv'
import { encodeGbk } from '../io/gbk'
import { CASE_TOPICS, SPOTS, fillTemplate, type CaseTopic } from './caseTopics'
import { ESTATES, GIVEN_NAMES, SURNAMES } from './names'
import { createRandom } from './random'

export const EXPORT_12345_HEADERS = [
  '工单编号', '来电时间', '工单类型', '问题分类', '标题', '主要内容', '来电人', '来电人电话', '被反映区', '被反映街乡镇',
  '村/社区', '小区点位', '主办单位', '工单状态', '办结时间', '是否联系', '是否解决', '是否满意'
] as const

export interface Export12345Options {
  seed: number
  count: number
  /** the newest 来电时间 */
  now: number
  /** appends rows the importer must refuse: a bad date, an empty 主要内容, a repeated 工单编号 */
  badRows?: boolean
  district?: string
  township?: string
  community?: string
  /** the community's 小区 and 街巷, for 小区点位 and the text; the demo estates otherwise */
  places?: readonly string[]
  /** the community's category paths: only topics on its tree are used, so none need creating */
  categoryPaths?: readonly string[]
}

const DAY = 86_400_000
const SATISFIED = ['满意', '满意', '满意', '基本满意', '不满意'] as const

/** The topics a community's tree has; all of them when it has none (their paths are then offered for creation). */
function topicsOn(paths: readonly string[] | undefined): readonly CaseTopic[] {
  const known = new Set(paths)
  const on = CASE_TOPICS.filter((t) => known.has(t.path))
  return on.length ? on : CASE_TOPICS
}

/** Header + rows, as the platform lays them out; cells are text and epoch-free date strings. */
export function generate12345Rows(o: Export12345Options): string[][] {
  const r = createRandom(o.seed)
  const rows: string[][] = [[...EXPORT_12345_HEADERS]]
  const day = formatDateTime(o.now).slice(0, 10).replace(/-/g, '')
  const topics = topicsOn(o.categoryPaths)
  const places = o.places?.length ? o.places : ESTATES
  const township = o.township ?? '安和街道'
  for (let i = 0; i < o.count; i++) {
    const topic = r.pick(topics)
    const place = r.pick(places)
    const values = { place, spot: r.pick(SPOTS), building: `${r.int(1, 24)}号楼`, n: r.int(2, 9) }
    const receivedAt = o.now - r.int(1, 60) * DAY - r.int(0, 600) * 60_000
    const closed = r.chance(0.7)
    const closedAt = receivedAt + r.int(1, 6) * DAY
    const phone = `1${r.pick(['38', '39', '51', '86'])}****${String(r.int(0, 9999)).padStart(4, '0')}`
    rows.push([
      `${day}${String(i + 1).padStart(6, '0')}`,
      formatDateTime(receivedAt),
      r.pick(topic.types),
      topic.path,
      fillTemplate(r.pick(topic.titles), values),
      fillTemplate(r.pick(topic.contents), values),
      `${r.pick(SURNAMES)}${r.pick(GIVEN_NAMES)}`,
      phone,
      o.district ?? '东城区',
      township,
      o.community ?? '银杏里社区',
      place,
      // the topics name the demo's own township in their units
      topic.unit.replace('安和街道', township),
      closed ? '已办结' : '办理中',
      closed && closedAt < o.now ? formatDateTime(closedAt) : '',
      closed ? r.pick(['是', '是', '否']) : '',
      closed ? r.pick(['是', '是', '否']) : '',
      closed ? r.pick(SATISFIED) : ''
    ])
  }
  if (o.badRows && rows.length > 1) {
    const base = rows[1]
    const at = (k: number, values: Partial<Record<(typeof EXPORT_12345_HEADERS)[number], string>>) => {
      const row = [...base]
      row[0] = `${day}${String(o.count + k).padStart(6, '0')}`
      for (const [header, value] of Object.entries(values)) row[EXPORT_12345_HEADERS.indexOf(header as never)] = value
      return row
    }
    rows.push(at(1, { 来电时间: '2026/13/40 25:61' }), at(2, { 主要内容: '' }), [...base])
  }
  return rows
}

/** The rows as an xlsx workbook under a title row, 工单编号 kept as text. */
export async function write12345Xlsx(rows: string[][]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('工单明细')
  sheet.addRow(['12345市民服务热线工单明细'])
  for (const row of rows) sheet.addRow(row)
  sheet.getColumn(1).numFmt = '@'
  EXPORT_12345_HEADERS.forEach((h, i) => (sheet.getColumn(i + 1).width = h === '主要内容' ? 60 : 18))
  return new Uint8Array(await book.xlsx.writeBuffer())
}

/** The rows as csv text (UTF-8 with BOM). */
export const write12345Csv = (rows: string[][]): string => toCsv(rows)

/** The rows as csv in GBK, without a BOM, as the platform's older exports come. */
export const write12345GbkCsv = (rows: string[][]): Uint8Array<ArrayBuffer> => new Uint8Array(encodeGbk(csvLines(rows)).bytes)
