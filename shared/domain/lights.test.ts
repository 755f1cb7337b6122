import { describe, expect, it } from 'vitest'
import { LIGHT_LABELS, readLight, spanUsed, validateLightThresholds, warningLight } from './lights'

const start = 1_000_000
const deadline = start + 1000

describe('warningLight', () => {
  it('is green below 50 % and yellow from exactly 50 %', () => {
    expect(warningLight(start, deadline, start)).toBe('green')
    expect(warningLight(start, deadline, start + 499)).toBe('green')
    expect(warningLight(start, deadline, start + 500)).toBe('yellow')
  })

  it('is orange from exactly 80 % up to and including the deadline', () => {
    expect(warningLight(start, deadline, start + 799)).toBe('yellow')
    expect(warningLight(start, deadline, start + 800)).toBe('orange')
    expect(warningLight(start, deadline, deadline)).toBe('orange')
  })

  it('is red only once now is past the deadline', () => {
    expect(warningLight(start, deadline, deadline + 1)).toBe('red')
  })

  it('follows thresholds from settings', () => {
    const t = { yellow: 0.3, orange: 0.6 }
    expect(warningLight(start, deadline, start + 299, t)).toBe('green')
    expect(warningLight(start, deadline, start + 300, t)).toBe('yellow')
    expect(warningLight(start, deadline, start + 600, t)).toBe('orange')
  })

  it('handles a zero-length span and a clock not yet started', () => {
    expect(warningLight(start, start, start - 1)).toBe('green')
    expect(warningLight(start, start, start)).toBe('orange')
    expect(warningLight(start, start, start + 1)).toBe('red')
    expect(spanUsed(start, deadline, start - 500)).toBe(0)
  })
})

describe('readLight', () => {
  it('gives the Chinese label and the span used', () => {
    expect(readLight(start, deadline, start + 250)).toEqual({ light: 'green', label: '正常', spanUsed: 0.25 })
    expect(readLight(start, deadline, start + 1500)).toEqual({ light: 'red', label: '已超时', spanUsed: 1.5 })
    expect(Object.values(LIGHT_LABELS)).toEqual(['正常', '临期', '即将超时', '已超时'])
  })
})

describe('validateLightThresholds', () => {
  it('accepts the defaults and refuses out-of-order or out-of-range values in Chinese', () => {
    expect(validateLightThresholds({ yellow: 0.5, orange: 0.8 })).toEqual([])
    expect(validateLightThresholds({ yellow: 0.8, orange: 0.5 })).toEqual(['黄灯阈值须小于橙灯阈值'])
    expect(validateLightThresholds({ yellow: 0, orange: 1.2 })).toEqual(['黄灯阈值须在 0 到 1 之间', '橙灯阈值须在 0 到 1 之间'])
  })
})
