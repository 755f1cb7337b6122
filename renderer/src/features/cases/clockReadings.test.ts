import { describe, expect, it } from 'vitest'
import { readClocks } from './clockReadings'

const H = 3_600_000
const base = {
  status: '办理中' as const,
  receivedAt: 0,
  signDeadline: 2 * H,
  contactDeadline: 24 * H,
  finishDeadline: 100 * H
}

describe('readClocks', () => {
  it('shows a satisfied clock as done, with how late it was', () => {
    const [sign, contact, finish] = readClocks({ ...base, signedAt: 3 * H, contactedAt: 5 * H }, 10 * H)
    expect(sign).toEqual({ name: 'sign', state: 'done', deadline: 2 * H, doneAt: 3 * H, lateBy: H })
    expect(contact).toMatchObject({ state: 'done', doneAt: 5 * H, lateBy: undefined })
    expect(finish).toMatchObject({ state: 'running', remaining: 90 * H, light: { light: 'green' } })
  })

  it('runs the finish clock from its latest restart (重办), lighting it on that span', () => {
    const row = { ...base, signedAt: H, contactedAt: H, finishStartedAt: 80 * H }
    expect(readClocks(row, 92 * H)[2]).toMatchObject({ state: 'running', start: 80 * H, light: { light: 'yellow' } })
    expect(readClocks(row, 97 * H)[2]).toMatchObject({ light: { light: 'orange', label: '即将超时' } })
    expect(readClocks(row, 101 * H)[2]).toMatchObject({ remaining: -H, light: { light: 'red', label: '已超时' } })
  })

  it('pauses open clocks while parked and stops them once the case has ended', () => {
    const parked = readClocks({ ...base, status: '挂账', paused: true, signedAt: H }, 50 * H)
    expect(parked.map((c) => c.state)).toEqual(['done', 'paused', 'paused'])
    const returned = readClocks({ ...base, status: '退单' }, 50 * H)
    expect(returned.map((c) => c.state)).toEqual(['stopped', 'stopped', 'stopped'])
  })

  it('counts a reply as finishing the case, and a close without one too', () => {
    expect(readClocks({ ...base, repliedAt: 7 * H }, 8 * H)[2]).toMatchObject({ state: 'done', doneAt: 7 * H })
    expect(readClocks({ ...base, status: '已办结', closedAt: 9 * H }, 10 * H)[2]).toMatchObject({ state: 'done', doneAt: 9 * H })
  })
})
