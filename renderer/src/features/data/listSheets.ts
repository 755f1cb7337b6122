/** The 回访 queue and the 吹哨 list as sheets, for xlsx or csv; callers masked as in every export. */
import { formatDateTime } from '@shared/domain/dates'
import { maskName, maskPhone } from '@shared/domain/mask'
import type { Whistle, WhistleReport } from '@shared/domain/work'
import type { CallbackRecord, CaseRecord } from '@shared/domain/case'
import type { XlsxSheet } from '../../lib/xlsx'

type Translate = (key: string) => string

export function callbackQueueSheet(
  queue: readonly { case: CaseRecord; callback?: CallbackRecord }[],
  names: { user(id?: string): string },
  t: Translate
): XlsxSheet {
  const h = (key: string) => t(`dataImport.lists.callback.${key}`)
  return {
    name: h('sheet'),
    columns: [
      { header: h('orderNo'), key: 'orderNo', width: 18 },
      { header: h('title'), key: 'title', width: 30 },
      { header: h('caller'), key: 'caller', width: 10 },
      { header: h('phone'), key: 'phone', width: 14 },
      { header: h('repliedAt'), key: 'repliedAt', width: 17, kind: 'date' },
      { header: h('handler'), key: 'handler', width: 10 },
      { header: h('attempts'), key: 'attempts', width: 10, kind: 'number' },
      { header: h('origin'), key: 'origin', width: 12 }
    ],
    rows: queue.map(({ case: c, callback }) => ({
      orderNo: c.orderNo ?? '',
      title: c.title,
      caller: c.confidential ? h('confidential') : maskName(c.callerName),
      phone: c.confidential ? h('confidential') : maskPhone(c.callerPhone),
      repliedAt: c.repliedAt ?? c.closedAt,
      handler: names.user(c.handlerId),
      attempts: callback?.attempts.length ?? 0,
      origin: callback?.origin === '12345' ? h('centre') : h('local')
    }))
  }
}

/** One row per summoned unit: the street's view of who came, when, and how it went. */
export function whistleSheet(entries: readonly { whistle: Whistle; reports: WhistleReport[] }[], names: { unit(id?: string): string }, t: Translate): XlsxSheet {
  const h = (key: string) => t(`dataImport.lists.whistle.${key}`)
  const onTime = (r: WhistleReport) => (r.onTime === undefined ? '' : r.onTime ? h('yes') : h('no'))
  return {
    name: h('sheet'),
    columns: [
      { header: h('at'), key: 'at', width: 17, kind: 'date' },
      { header: h('type'), key: 'type', width: 10 },
      { header: h('issue'), key: 'issue', width: 30 },
      { header: h('address'), key: 'address', width: 20 },
      { header: h('status'), key: 'status', width: 8 },
      { header: h('unit'), key: 'unit', width: 22 },
      { header: h('deadline'), key: 'deadline', width: 17, kind: 'date' },
      { header: h('arrivedAt'), key: 'arrivedAt', width: 17, kind: 'date' },
      { header: h('onTime'), key: 'onTime', width: 8 },
      { header: h('people'), key: 'people', width: 8, kind: 'number' },
      { header: h('result'), key: 'result', width: 30 },
      { header: h('rating'), key: 'rating', width: 8 }
    ],
    rows: entries.flatMap(({ whistle: w, reports }) =>
      reports.map((r) => ({
        at: w.at, type: w.type, issue: w.issue, address: w.address ?? '', status: w.status, unit: names.unit(r.unitId),
        deadline: r.arrivalDeadline, arrivedAt: r.arrivedAt, onTime: onTime(r), people: r.peopleSent, result: r.result ?? '', rating: r.rating ?? ''
      }))
    )
  }
}

/** The same sheet as csv rows: header, then dates as 2026-11-25 14:30. */
export function sheetCsvRows(sheet: XlsxSheet): unknown[][] {
  return [
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row) => sheet.columns.map((c) => (c.kind === 'date' ? (typeof row[c.key] === 'number' ? formatDateTime(row[c.key] as number) : '') : row[c.key])))
  ]
}
