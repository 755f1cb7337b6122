import { DEFAULT_ARRIVAL_MINUTES, type Whistle, type WhistleReport, type WhistleStatus } from './work'

/** 吹哨报到 rules (DESIGN §2.4): arrival deadlines, on time or late, and the whistle's status. */

const MINUTE_MS = 60_000

export function arrivalDeadline(at: number, minutes = DEFAULT_ARRIVAL_MINUTES): number {
  return at + minutes * MINUTE_MS
}

/** Minutes a unit may take must be a whole number from 1 to 24 hours. */
export function validateArrivalMinutes(minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes <= 0) return '报到时限须为大于 0 的整数分钟'
  if (minutes > 24 * 60) return '报到时限不能超过 24 小时'
  return null
}

/** The deadline instant itself still counts as on time. */
export const isOnTime = (arrivedAt: number, deadline: number): boolean => arrivedAt <= deadline

export type ReportState = 'waiting' | 'overdue' | 'onTime' | 'late'

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  waiting: '待报到',
  overdue: '超时未到',
  onTime: '按时报到',
  late: '迟到'
}

/** A summoned unit's state at `now`: arrived on time or late, or still expected (past its deadline or not). */
export function reportState(r: Pick<WhistleReport, 'arrivedAt' | 'arrivalDeadline'>, now: number): ReportState {
  if (r.arrivedAt !== undefined) return isOnTime(r.arrivedAt, r.arrivalDeadline) ? 'onTime' : 'late'
  return now > r.arrivalDeadline ? 'overdue' : 'waiting'
}

/** Late arrivals, and units past their deadline without arriving, at `now`. */
export const isLateReport = (r: Pick<WhistleReport, 'arrivedAt' | 'arrivalDeadline'>, now: number): boolean => {
  const state = reportState(r, now)
  return state === 'late' || state === 'overdue'
}

export const isOpenWhistle = (w: Pick<Whistle, 'status'>): boolean => w.status === '已吹哨' || w.status === '处置中'

const closedMessage = (status: WhistleStatus) => `本次吹哨已${status === '已完成' ? '完成' : '撤销'}，不能再修改`

/** Arrival of one unit: refused on a closed whistle, twice, or before the whistle was blown. */
export function checkArrival(whistle: Pick<Whistle, 'status' | 'at'>, report: Pick<WhistleReport, 'arrivedAt'>, arrivedAt: number, now: number): string | null {
  if (!isOpenWhistle(whistle)) return closedMessage(whistle.status)
  if (report.arrivedAt !== undefined) return '该单位已登记报到'
  if (!Number.isFinite(arrivedAt)) return '请填写到场时间'
  if (arrivedAt < whistle.at) return '到场时间不能早于吹哨时间'
  if (arrivedAt > now) return '到场时间不能晚于现在'
  return null
}

/** 已吹哨 → 处置中 once the first unit arrives. */
export function statusAfterArrival(status: WhistleStatus): WhistleStatus {
  return status === '已吹哨' ? '处置中' : status
}

/** Units still owing an arrival or a result, as a Chinese refusal of 完成; null when it may complete. */
export function checkCompletion(
  whistle: Pick<Whistle, 'status'>,
  reports: readonly Pick<WhistleReport, 'unitId' | 'arrivedAt' | 'result'>[],
  unitName: (unitId: string) => string = (id) => id
): string | null {
  if (!isOpenWhistle(whistle)) return closedMessage(whistle.status)
  const notArrived = reports.filter((r) => r.arrivedAt === undefined).map((r) => unitName(r.unitId))
  const noResult = reports.filter((r) => r.arrivedAt !== undefined && !r.result?.trim()).map((r) => unitName(r.unitId))
  const problems: string[] = []
  if (notArrived.length) problems.push(`尚未报到：${notArrived.join('、')}`)
  if (noResult.length) problems.push(`尚未填写处置结果：${noResult.join('、')}`)
  return problems.length ? `还不能完成本次吹哨。${problems.join('；')}` : null
}

/** Cancelling is refused once the whistle is closed. */
export function checkCancel(whistle: Pick<Whistle, 'status'>, reason: string): string | null {
  if (!isOpenWhistle(whistle)) return closedMessage(whistle.status)
  return reason.trim() ? null : '撤销吹哨须填写原因'
}
