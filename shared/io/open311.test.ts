import { describe, expect, it } from 'vitest'
import type { CaseRecord, CaseStatus } from '../domain/case'
import type { Category } from '../domain/org'
import { geoReportRequests, geoReportServices, isoChina, UNCATEGORIZED_CODE } from './open311'

// The GeoReport v2 field lists (wiki.open311.org/GeoReport_v2): every field present, nothing else.
const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']
const REQUEST_FIELDS = [
  'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible',
  'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode',
  'lat', 'long', 'media_url'
]
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/

const base = { communityId: 'c1', createdAt: 0, updatedAt: 0, hlc: '' }
const categories: Category[] = [
  { ...base, id: 'k1', name: '城乡建设', level: 1, order: 1, code: '01' },
  { ...base, id: 'k2', name: '市容环卫', parentId: 'k1', level: 2, order: 1 },
  { ...base, id: 'k3', name: '占道经营', parentId: 'k2', level: 3, order: 1, code: '010203' }
]
const T = Date.UTC(2026, 2, 8, 1, 15)
const kase = (status: CaseStatus, more: Partial<CaseRecord> = {}): CaseRecord => ({
  ...base, id: 'L1', source: '12345派单', type: '投诉', title: '东门外占道摆摊', content: '早高峰商贩占道', confidential: false,
  receivedAt: T, updatedAt: T + 3_600_000, level: '7天', status, flags: [], assessment: { included: true },
  callerName: '李桂兰', callerPhone: '13812345678', finishDeadline: T + 7 * 86_400_000, ...more
})
const lookups = { categories, unitName: (id?: string) => (id === 'u1' ? '安和市场监管所' : '') }

describe('Open311 GeoReport v2', () => {
  it('services.json lists each category with its path, group and code', () => {
    const services = geoReportServices(categories)
    for (const s of services) expect(Object.keys(s).sort()).toEqual([...SERVICE_FIELDS].sort())
    expect(services[2]).toEqual({
      service_code: '010203', service_name: '城乡建设/市容环卫/占道经营', description: '城乡建设 › 市容环卫 › 占道经营',
      metadata: false, type: 'batch', keywords: '城乡建设,市容环卫,占道经营', group: '城乡建设'
    })
    expect(services[1].service_code).toBe('k2')
  })

  it('requests.json keeps 工单编号 as service_request_id and gives times in ISO 8601 China time', () => {
    const [r] = geoReportRequests([kase('办理中', { orderNo: 'GD2026030001', categoryId: 'k3', unitId: 'u1', address: '安和里东门' })], lookups)
    expect(Object.keys(r).sort()).toEqual([...REQUEST_FIELDS].sort())
    expect(r).toMatchObject({
      service_request_id: 'GD2026030001', status: 'open', service_code: '010203', service_name: '城乡建设/市容环卫/占道经营',
      agency_responsible: '安和市场监管所', description: '东门外占道摆摊：早高峰商贩占道', address: '安和里东门',
      requested_datetime: '2026-03-08T09:15:00+08:00', updated_datetime: '2026-03-08T10:15:00+08:00',
      expected_datetime: isoChina(T + 7 * 86_400_000)
    })
    for (const key of ['requested_datetime', 'updated_datetime', 'expected_datetime'] as const) expect(r[key]).toMatch(ISO_8601)
  })

  it('已办结, 退单 and 已撤销 are closed, with their reason or result as status_notes; the rest are open', () => {
    const statuses: CaseStatus[] = ['待签收', '办理中', '延期审核', '挂账', '已反馈', '已办结', '退单', '已撤销']
    const out = geoReportRequests(statuses.map((s) => kase(s, { result: '已清理', returnReason: '非本辖区', cancelReason: '重复件' })), lookups)
    expect(out.map((r) => r.status)).toEqual(['open', 'open', 'open', 'open', 'open', 'closed', 'closed', 'closed'])
    expect(out.slice(5).map((r) => [r.status_notes, r.expected_datetime])).toEqual([['已办结：已清理', null], ['退单：非本辖区', null], ['已撤销：重复件', null]])
  })

  it('a case without 工单编号 or category uses its local id and the uncategorised code; callers never appear', () => {
    const [r] = geoReportRequests([kase('待签收')], lookups)
    expect(r).toMatchObject({ service_request_id: 'L1', service_code: UNCATEGORIZED_CODE, service_name: null, agency_responsible: null })
    expect(JSON.stringify(r)).not.toMatch(/李桂兰|13812345678/)
  })
})
