/**
 * Cases as Open311 GeoReport v2 (services.json and requests.json), for city platforms and open-data
 * portals that read the standard. Pure: the category tree, the cases and the names come in.
 * Times are ISO 8601 in China time (+08:00); 已办结 / 退单 / 已撤销 are closed, the rest open.
 */
import type { CaseRecord, CaseStatus } from '../domain/case'
import type { Category } from '../domain/org'
import { categoryNamePaths } from './categoryPaths'

/** GET /services.json: one entry per category. */
export interface GeoReportService {
  service_code: string
  service_name: string
  description: string
  metadata: false
  type: 'realtime' | 'batch' | 'blackbox'
  keywords: string
  group: string
}

/** GET /requests.json: one entry per case. */
export interface GeoReportRequest {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string | null
  service_name: string | null
  service_code: string | null
  description: string
  agency_responsible: string | null
  service_notice: string | null
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string | null
  address: string | null
  address_id: string | null
  zipcode: string | null
  lat: number | null
  long: number | null
  media_url: string | null
}

const CLOSED: readonly CaseStatus[] = ['已办结', '退单', '已撤销']
const CHINA_OFFSET_MS = 8 * 3_600_000
/** uncategorised cases share this code */
export const UNCATEGORIZED_CODE = 'uncategorized'

/** 2026-03-08T09:15:00+08:00 */
export function isoChina(ms: number): string {
  return `${new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`
}

/** The code a category is published under: the 12345 platform's code, or its own id. */
export const serviceCode = (c: Pick<Category, 'id' | 'code'>): string => c.code || c.id

/** services.json from the category tree: the full path as the name, the top level as the group. */
export function geoReportServices(categories: readonly Category[]): GeoReportService[] {
  const paths = categoryNamePaths(categories)
  return categories.map((c) => {
    const path = paths.get(c.id) ?? [c.name]
    return {
      service_code: serviceCode(c),
      service_name: path.join('/'),
      description: path.join(' › '),
      metadata: false,
      type: 'batch',
      keywords: path.join(','),
      group: path[0]
    }
  })
}

export interface GeoReportLookups {
  categories: readonly Category[]
  unitName(id?: string): string
}

/** What the status says in words: the reason of a return or a withdrawal, the reply or result. */
function statusNotes(c: CaseRecord): string | null {
  const note = c.status === '退单' ? c.returnReason : c.status === '已撤销' ? c.cancelReason : c.status === '挂账' ? c.parkReason : c.result || c.reply
  return note ? `${c.status}：${note}` : c.status
}

/** requests.json: 工单编号 as service_request_id (the local id when the case has none). */
export function geoReportRequests(cases: readonly CaseRecord[], lookups: GeoReportLookups): GeoReportRequest[] {
  const byId = new Map(lookups.categories.map((c) => [c.id, c]))
  const paths = categoryNamePaths(lookups.categories)
  return cases.map((c) => {
    const category = c.categoryId ? byId.get(c.categoryId) : undefined
    const closed = CLOSED.includes(c.status)
    return {
      service_request_id: c.orderNo || c.id,
      status: closed ? 'closed' : 'open',
      status_notes: statusNotes(c),
      service_name: category ? (paths.get(category.id) ?? []).join('/') : (c.categoryPath ?? null),
      service_code: category ? serviceCode(category) : c.categoryPath ? null : UNCATEGORIZED_CODE,
      description: c.title === c.content ? c.content : `${c.title}：${c.content}`,
      agency_responsible: lookups.unitName(c.unitId) || null,
      service_notice: null,
      requested_datetime: isoChina(c.receivedAt),
      updated_datetime: isoChina(c.updatedAt),
      expected_datetime: !closed && c.finishDeadline !== undefined ? isoChina(c.finishDeadline) : null,
      address: c.address ?? null,
      address_id: null,
      zipcode: null,
      lat: null,
      long: null,
      media_url: null
    }
  })
}
