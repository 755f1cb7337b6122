/** The wording of every import rejection, in one place: what is wrong, then how to fix it. */
import { formatDateTime } from '../domain/dates'

/** A value echoed inside a message: one line, at most 30 characters. */
export function echo(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 30 ? `${line.slice(0, 30)}…` : line
}

const AS_TEXT = '请把该列设为“文本”格式后重新导出'

export const importMessages = {
  emptySheet: '表格是空的：第 1 行应为表头（工单编号、来电时间、主要内容等）',
  missingColumn: (label: string) =>
    `缺少必需的列“${label}”：请确认表头是 12345 平台导出的原始表头，或在列映射中指定哪一列是“${label}”`,
  sheetUnreadable: '表格无法读取：请在 Excel 中打开确认内容完整，另存为 xlsx 或“CSV UTF-8（逗号分隔）”后再导入',
  notARow: '该行无法读取：内容不是表格的一行',
  rowUnreadable: '该行无法读取：请检查该行是否有合并单元格或特殊内容',
  cellUnreadable: '单元格内容无法识别：应为文字、数字或日期',
  tooLong: (length: number, max: number) => `内容过长：${length} 字，超过 ${max} 字的上限，请删减后再导入`,
  emptyOrderNo: '工单编号为空：每条工单都要有编号，请补上后再导入',
  orderNoPrecisionLost: (text: string) => `工单编号“${echo(text)}”位数太长，已被 Excel 当作数字而丢失末几位：${AS_TEXT}`,
  orderNoScientific: (text: string) => `工单编号“${echo(text)}”是科学计数法，原编号已丢失：${AS_TEXT}`,
  duplicateOrderNo: (text: string, firstRow: number) =>
    `工单编号“${echo(text)}”与第 ${firstRow} 行重复：同一文件中每个工单编号只能出现一次，请删去重复的行`,
  emptyReceivedAt: '来电时间为空：请填写，如 2026-03-05 14:30',
  badDate: (text: string) => `日期“${echo(text)}”无法识别，请使用 2026-03-05 14:30 这样的格式`,
  receivedInFuture: (at: number) => `来电时间 ${formatDateTime(at)} 晚于当前时间：请检查日期是否填错`,
  laterThanNow: (column: string, at: number) => `${column} ${formatDateTime(at)} 晚于当前时间：请检查日期是否填错`,
  beforeReceived: (column: string, at: number, received: number) =>
    `${column} ${formatDateTime(at)} 早于来电时间 ${formatDateTime(received)}：请检查两个时间是否填反`,
  emptyContent: '主要内容为空：请填写诉求内容后再导入',
  badType: (text: string) => `工单类型“${echo(text)}”无法识别：应为 咨询、求助、投诉、举报、建议、表扬 之一`,
  badYesNo: (column: string, text: string, words: string) =>
    `${column}“${echo(text)}”无法识别：应为 是 或 否（也可写 ${words}、1/0）`,
  badSatisfaction: (text: string) => `是否满意“${echo(text)}”无法识别：应为 满意、基本满意 或 不满意`
}
