import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/domain/system'
import { actionLabel, actionOptions, auditSheet, targetLabel } from './auditRows'

describe('auditRows', () => {
  it('names every action in Chinese, settings changes included, and offers each once in the filter', () => {
    expect(actionLabel('settings')).toBe('修改系统设置')
    expect(actionLabel('delete')).toBe('删除记录')
    const options = actionOptions()
    expect(options.find((o) => o.value === 'settings')?.label).toBe('修改系统设置')
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length)
    expect(options.every((o) => /[\u4e00-\u9fff]/.test(o.label))).toBe(true)
  })

  it('says what a target is', () => {
    expect(targetLabel('setting:自动锁屏时间')).toBe('设置 自动锁屏时间')
    expect(targetLabel('meeting:01J')).toBe('会议 01J')
    expect(targetLabel('2026-10-01 国庆节')).toBe('2026-10-01 国庆节')
  })

  it('exports the settings change with its label and old → new', () => {
    const entry = { seq: 1, id: 'A', communityId: 'C1', at: 0, actor: 'U1', action: 'settings', target: 'setting:自动锁屏时间', reason: '15 分钟 → 5 分钟', prevHash: '0', hash: '1' } as AuditEntry
    expect(auditSheet([entry], () => '李娜').rows[0]).toMatchObject({ action: '修改系统设置', target: '设置 自动锁屏时间', reason: '15 分钟 → 5 分钟', actor: '李娜' })
  })
})
