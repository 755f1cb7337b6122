import { describe, expect, it } from 'vitest'
import type { CaseEventRecord } from '@shared/domain/case'
import { i18n } from '../../i18n'
import { pendingExtension, timelineEntries } from './timeline'

const t = i18n.global.t as (key: string, named?: Record<string, unknown>) => string
let n = 0
const ev = (type: string, payload?: Record<string, unknown>, actor = 'u1'): CaseEventRecord =>
  ({ id: `e${++n}`, caseId: 'c1', communityId: 'com', type, at: Date.UTC(2026, 10, 25, 6, n), actor, payload, createdAt: 0, updatedAt: 0, hlc: '' })
const lookup = {
  userName: (id: string) => ({ u1: '李娜', u2: '赵强' })[id] ?? '—',
  unitName: (id: string) => ({ w1: '城管执法队' })[id] ?? '—',
  caseRef: (id: string) => (id === 'c0' ? '2026112500123' : id)
}

describe('timelineEntries', () => {
  it('labels every event in Chinese, names the actor and sums up the payload in one line', () => {
    const events = [
      ev('intake', { source: '12345派单', orderNo: '2026112500123', level: '7天' }, 'system'),
      ev('sign'),
      ev('contact', { note: '已电话联系' }),
      ev('requestExtension', { amount: 3, unit: 'work_day', reason: '需联合执法' }),
      ev('approveExtension', {}, 'u2'),
      ev('assign', { handlerId: 'u2', unitId: 'w1' }),
      ev('flag', { flag: '督办' }),
      ev('reply', { reply: '摊贩已迁走', result: '已解决' }),
      ev('callback', { valid: true, contacted: true, resolved: false, satisfaction: '不满意', summary: '仍有摊贩' }),
      ev('reopen', { reason: '回访不满意' }),
      ev('assess', { included: false, exclusionReason: '重复件' }),
      ev('cancel', { reason: '重复件', duplicateOf: 'c0' }),
      ev('attachmentAdded', { name: '照片.jpg' })
    ]
    const rows = timelineEntries(events, [{ eventId: events[1].id, message: '已签收' }], lookup, t)
    expect(rows.map((r) => [r.label, r.actor, r.summary])).toEqual([
      ['受理', '系统', '12345派单 · 工单编号 2026112500123 · 7天响应'],
      ['签收', '李娜', ''],
      ['联系', '李娜', '已电话联系'],
      ['申请延期', '李娜', '+3个工作日 · 理由：需联合执法'],
      ['批准延期', '赵强', '+3个工作日'],
      ['指派', '李娜', '承办人：赵强 · 承办单位：城管执法队'],
      ['标记', '李娜', '督办'],
      ['反馈', '李娜', '答复：摊贩已迁走 · 结果：已解决'],
      ['回访', '李娜', '不满意 · 已联系 · 未解决 · 仍有摊贩'],
      ['重办', '李娜', '原因：回访不满意'],
      ['考核认定', '李娜', '不计入考核：重复件'],
      ['撤销', '李娜', '重复件，原工单 2026112500123 · 原因：重复件'],
      ['其他记录', '李娜', '']
    ])
    expect(rows[1].conflict).toBe('已签收')
    expect(rows[0].conflict).toBeUndefined()
  })
})

describe('pendingExtension', () => {
  it('is the last request not yet approved, rejected or withdrawn', () => {
    const ask = ev('requestExtension', { amount: 5, unit: 'natural_day', reason: '等待材料' })
    expect(pendingExtension([ask])).toEqual({ amount: 5, unit: 'natural_day', reason: '等待材料' })
    expect(pendingExtension([ask, ev('rejectExtension', { reason: '理由不足' })])).toBeUndefined()
    expect(pendingExtension([ask, ev('approveExtension')])).toBeUndefined()
    expect(pendingExtension([ev('sign')])).toBeUndefined()
  })
})
