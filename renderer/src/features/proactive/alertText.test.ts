import { describe, expect, it } from 'vitest'
import type { CaseRecord } from '@shared/domain/case'
import type { HotspotAlert } from '@shared/domain/hotspots'
import { i18n } from '../../i18n'
import { alertWork, ruleText, subjectText, type AlertLookups } from './alertText'

const t = i18n.global.t as (key: string, params?: Record<string, unknown>) => string
const lookups: AlertLookups = { placeName: (id) => (id === 'p' ? '安和里小区' : undefined), categoryPath: (id) => (id === 'k' ? '城乡建设/市容环卫/占道经营' : undefined) }
const base = { caseIds: ['a', 'b'], since: Date.UTC(2026, 9, 26, 16), until: Date.UTC(2026, 10, 25, 6) }
const evidence = [{ id: 'a', orderNo: '202611010001', title: 'x', callerName: '王秀英', callerPhone: '13812345678' }, { id: 'b', title: '东门占道' }] as CaseRecord[]

describe('alert text', () => {
  it('states each rule in Chinese with its numbers', () => {
    expect(ruleText({ ...base, rule: 'samePlace', key: 'p|k', count: 5, windowDays: 30 }, t)).toBe('同点位同类诉求 5 件 / 30 天')
    expect(ruleText({ ...base, rule: 'categoryRise', key: 'k', count: 13, previousCount: 10, windowDays: 30 }, t)).toBe('类别诉求环比上升 30.0%（10 → 13 件 / 30 天）')
    expect(ruleText({ ...base, rule: 'categoryRise', key: 'k', count: 10, previousCount: 0, windowDays: 30 }, t)).toBe('类别诉求新出现 10 件 / 30 天（上期 0 件）')
    expect(ruleText({ ...base, rule: 'repeatCaller', key: 'h', count: 3, windowDays: 60 }, t)).toBe('同一来电人 3 次来电 / 60 天')
  })
  it('masks the caller and names place and category', () => {
    expect(subjectText({ ...base, rule: 'repeatCaller', key: 'h', count: 3, windowDays: 60 }, evidence, lookups, t)).toBe('来电人 王**（138****5678）')
    expect(subjectText({ ...base, rule: 'samePlace', key: 'p|k', placeId: 'p', categoryId: 'k', count: 5, windowDays: 30 }, evidence, lookups, t)).toBe('安和里小区 · 城乡建设/市容环卫/占道经营')
  })
  it('prefills the conversion with a short title and the evidence in the content', () => {
    const alert: HotspotAlert = { ...base, rule: 'samePlace', key: 'p|k', placeId: 'p', categoryId: 'k', count: 5, windowDays: 30 }
    const work = alertWork(alert, evidence, lookups, t, 'topic')
    expect(work.title).toBe('安和里小区 · 占道经营问题主动治理')
    expect(work.content).toBe('未诉先办预警：安和里小区 · 城乡建设/市容环卫/占道经营，同点位同类诉求 5 件 / 30 天（2026-10-27 至 2026-11-25）。相关工单：202611010001、东门占道。')
    expect(alertWork(alert, evidence, lookups, t, 'case').title).toBe('主动发现：安和里小区 · 占道经营')
  })
})
