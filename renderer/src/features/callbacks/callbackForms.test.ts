import { describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/domain/errors'
import { blankResult, toAttempt, toResult, type ResultDraft } from './callbackForms'

const NOW = Date.UTC(2026, 10, 25, 6, 0)
const reached = { attempts: [{ at: NOW - 60_000, channel: '电话', reached: true }] }
const notReached = { attempts: [{ at: NOW - 60_000, channel: '电话', reached: false }] }

const fieldsOf = (fn: () => unknown): Record<string, string> => {
  try {
    fn()
  } catch (err) {
    if (err instanceof ValidationError) return Object.fromEntries(err.issues.map((i) => [i.field, i.message]))
    throw err
  }
  throw new Error('expected a ValidationError')
}

describe('toAttempt', () => {
  it('takes a complete attempt and trims the note', () => {
    expect(toAttempt({ at: NOW, channel: '电话', reached: 'no', note: '  无人接听 ' }, NOW)).toEqual({
      at: NOW, channel: '电话', reached: false, note: '无人接听'
    })
  })

  it('asks for time, channel and 接通 and refuses a time in the future', () => {
    expect(fieldsOf(() => toAttempt({ at: null, channel: '', reached: '', note: '' }, NOW))).toEqual({
      at: '请填写回访时间', channel: '请选择回访方式', reached: '请选择是否接通'
    })
    expect(fieldsOf(() => toAttempt({ at: NOW + 3_600_000, channel: '短信', reached: 'yes', note: '' }, NOW)).at).toBe('回访时间不能晚于现在')
  })
})

describe('toResult', () => {
  const full: ResultDraft = { valid: 'yes', contacted: 'yes', resolved: 'no', satisfaction: '不满意', summary: '噪音仍在' }

  it('defaults to 有效回访 only once an attempt got through', () => {
    expect(blankResult(reached).valid).toBe('yes')
    expect(blankResult(notReached).valid).toBe('')
    expect(blankResult(undefined).valid).toBe('')
  })

  it('needs a reached attempt or an explicit 有效回访 choice', () => {
    expect(fieldsOf(() => toResult({ ...full, valid: '' }, notReached)).valid).toMatch(/还没有接通的回访记录/)
    expect(toResult(full, notReached).valid).toBe(true)
  })

  it('asks a valid callback for 是否联系, 是否解决 and 满意度', () => {
    expect(fieldsOf(() => toResult({ valid: 'yes', contacted: '', resolved: '', satisfaction: '', summary: '' }, reached))).toEqual({
      contacted: '请选择承办方是否联系了诉求人', resolved: '请选择问题是否解决', satisfaction: '有效回访须选择满意度'
    })
  })

  it('wants the reason behind 不满意 and behind an invalid callback', () => {
    expect(fieldsOf(() => toResult({ ...full, summary: ' ' }, reached)).summary).toMatch(/不满意/)
    expect(fieldsOf(() => toResult({ ...blankResult(undefined), valid: 'no' }, notReached)).summary).toMatch(/无效回访/)
  })

  it('gives the service booleans, and no answers for an invalid callback', () => {
    expect(toResult(full, reached)).toEqual({ valid: true, contacted: true, resolved: false, satisfaction: '不满意', summary: '噪音仍在' })
    expect(toResult({ ...full, valid: 'no', summary: '号码已停机' }, notReached)).toEqual({
      valid: false, contacted: false, resolved: false, summary: '号码已停机'
    })
  })
})
