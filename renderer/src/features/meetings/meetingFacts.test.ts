import { describe, expect, it } from 'vitest'
import { formatCountdown, minutesLocked, nextMinutesStatus, timeLeft } from './meetingFacts'

describe('meeting facts', () => {
  it('walks the minutes forward and locks them from 通过', () => {
    expect(nextMinutesStatus('草稿')).toBe('征求意见')
    expect(nextMinutesStatus('通过')).toBe('公示')
    expect(nextMinutesStatus('公示')).toBeNull()
    expect(minutesLocked('征求意见')).toBe(false)
    expect(minutesLocked('公示')).toBe(true)
  })

  it('counts a time box down and past zero', () => {
    expect(timeLeft({ minutes: 10 }, 0)).toBeNull()
    expect(timeLeft({ minutes: 10, startedAt: 0 }, 125_000)).toBe(475_000)
    expect(formatCountdown(475_000)).toBe('07:55')
    expect(formatCountdown(-90_000)).toBe('-01:30')
    expect(timeLeft({ minutes: 1, startedAt: 0, endedAt: 30_000 }, 999_999)).toBe(30_000)
  })
})
