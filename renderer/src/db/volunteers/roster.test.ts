import { describe, expect, it } from 'vitest'
import { RecordNotFoundError, RefusedError, ValidationError } from '@shared/domain/errors'
import { createAuditService } from '../audit/service'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { H, MONDAY, volunteerWorld } from './fixture'

const WEEK = 7 * 24 * H

async function world() {
  const db = freshDb()
  const w = await volunteerWorld(db)
  // Saturday 08:00–10:00 at 安和里小区, two people needed
  const sat = MONDAY + 5 * 24 * H + 8 * H
  const shift = await w.service.addShift(w.communityId, { placeId: w.places[0].id, start: sat, end: sat + 2 * H, needed: 2 }, ctxAt())
  return { db, w, sat, shift }
}

describe('roster', () => {
  it('refuses a shift ending before it starts, writing nothing', async () => {
    const { db, w, sat } = await world()
    const before = await counts(db, 'shift', 'outbox')
    await expect(w.service.addShift(w.communityId, { placeId: w.places[0].id, start: sat, end: sat - H, needed: 1 }, ctxAt())).rejects.toThrow('结束时间早于开始时间，请检查班次时间')
    await expect(w.service.addShift(w.communityId, { placeId: 'nowhere', start: sat, end: sat + H, needed: 1 }, ctxAt())).rejects.toBeInstanceOf(ValidationError)
    expect(await counts(db, 'shift', 'outbox')).toEqual(before)
  })

  it('shows the week\'s gap and closes it as volunteers are assigned; a full shift refuses more', async () => {
    const { w, shift } = await world()
    expect((await w.service.week(w.communityId, MONDAY)).map((s) => [s.filled, s.gap])).toEqual([[0, 2]])
    await w.service.assign(shift.id, w.zhang.id, '指派', ctxAt())
    await w.service.assign(shift.id, w.li.id, '报名', ctxAt(T0 + 1000))
    const [slot] = await w.service.week(w.communityId, MONDAY)
    expect(slot).toMatchObject({ filled: 2, gap: 0 })
    expect(slot.shift.signups.map((s) => s.via)).toEqual(['指派', '报名'])
    expect(await w.service.week(w.communityId, MONDAY + WEEK)).toEqual([])
    const wang = await w.service.register(w.communityId, { person: { name: '王芳' }, placeIds: [], skills: [], since: '2026-01-01', status: '在岗' }, ctxAt())
    await expect(w.service.assign(shift.id, wang.id, '报名', ctxAt())).rejects.toThrow('这个班次已满（需要 2 人）')
  })

  it('refuses a double booking, naming the other shift, but lets touching shifts follow each other', async () => {
    const { db, w, sat, shift } = await world()
    await w.service.assign(shift.id, w.zhang.id, '指派', ctxAt())
    const overlapping = await w.service.addShift(w.communityId, { placeId: w.places[1].id, start: sat + H, end: sat + 3 * H, needed: 1 }, ctxAt())
    const before = await counts(db, 'shift', 'outbox')
    const attempt = w.service.assign(overlapping.id, w.zhang.id, '指派', ctxAt())
    await expect(attempt).rejects.toBeInstanceOf(RefusedError)
    await expect(w.service.assign(overlapping.id, w.zhang.id, '指派', ctxAt())).rejects.toThrow('张秀英已排在「安和里小区 2026-03-14 08:00–10:00」的班次，时间重叠')
    expect(await counts(db, 'shift', 'outbox')).toEqual(before)
    const next = await w.service.addShift(w.communityId, { placeId: w.places[1].id, start: sat + 2 * H, end: sat + 4 * H, needed: 1 }, ctxAt())
    expect((await w.service.assign(next.id, w.zhang.id, '指派', ctxAt())).signups).toHaveLength(1)
    // moving the touching shift onto the first one is refused the same way
    await expect(w.service.updateShift(next.id, { start: sat + H }, ctxAt())).rejects.toThrow('时间重叠')
    await expect(w.service.updateShift(shift.id, { needed: 0 }, ctxAt())).rejects.toThrow('需要人数须为不小于 1 的整数')
  })

  it('swaps volunteers, refuses absence before the shift, and credits served volunteers once it has ended', async () => {
    const { db, w, sat, shift } = await world()
    await w.service.assign(shift.id, w.zhang.id, '指派', ctxAt())
    const paused = await w.service.register(w.communityId, { person: { name: '赵强' }, placeIds: [], skills: [], since: '2026-01-01', status: '暂停' }, ctxAt())
    await expect(w.service.swap(shift.id, w.zhang.id, paused.id, ctxAt())).rejects.toThrow('赵强目前是“暂停”状态，不能排班')
    const swapped = await w.service.swap(shift.id, w.zhang.id, w.li.id, ctxAt())
    expect(swapped.signups).toEqual([{ volunteerId: w.li.id, at: T0, via: '换班', swappedFrom: w.zhang.id }])
    await w.service.assign(shift.id, w.zhang.id, '报名', ctxAt())
    await expect(w.service.markAbsent(shift.id, w.li.id, true, ctxAt())).rejects.toThrow('班次还没开始，不能标记缺勤')
    const after = ctxAt(sat + 3 * H)
    expect((await w.service.settleShifts(w.communityId, after)).map((e) => [e.volunteerId, e.points, e.hours, e.rule])).toEqual([
      [w.li.id, 2, 2, '值班服务'],
      [w.zhang.id, 2, 2, '值班服务']
    ])
    expect(await w.service.settleShifts(w.communityId, after)).toEqual([])
    await w.service.markAbsent(shift.id, w.li.id, true, ctxAt(sat + 4 * H))
    expect((await w.service.ledger(w.li.id)).filter((e) => e.rule === '值班服务')).toEqual([])
    expect((await w.service.week(w.communityId, MONDAY))[0]).toMatchObject({ filled: 1, gap: 1 })
    await w.service.markAbsent(shift.id, w.li.id, false, ctxAt(sat + 5 * H))
    expect((await w.service.ledger(w.li.id)).map((e) => e.rule)).toEqual(['值班服务'])
    await w.service.removeShift(shift.id, ctxAt(sat + 6 * H))
    expect(await w.service.ledger(w.zhang.id)).toEqual([])
    expect(await db.pointsEntry.count()).toBe(3)
  })

  it('repeats a week without signups, never twice onto the same slot, and lists a volunteer\'s shifts', async () => {
    const { w, sat, shift } = await world()
    await w.service.assign(shift.id, w.zhang.id, '指派', ctxAt())
    const made = await w.service.repeatWeek(w.communityId, MONDAY, 3, { withSignups: false }, ctxAt())
    expect(made.map((s) => [s.start - sat, s.signups.length, s.repeatOf])).toEqual([[WEEK, 0, shift.id], [2 * WEEK, 0, shift.id], [3 * WEEK, 0, shift.id]])
    expect(await w.service.repeatWeek(w.communityId, MONDAY, 3, { withSignups: true }, ctxAt())).toEqual([])
    const carried = await w.service.repeatWeek(w.communityId, MONDAY, 4, { withSignups: true }, ctxAt())
    expect(carried.map((s) => s.signups.map((x) => x.volunteerId))).toEqual([[w.zhang.id]])
    await expect(w.service.repeatWeek(w.communityId, MONDAY + 10 * WEEK, 1, { withSignups: false }, ctxAt())).rejects.toThrow('这一周还没有班次')
    await expect(w.service.repeatWeek(w.communityId, MONDAY, 0, { withSignups: false }, ctxAt())).rejects.toThrow('重复周数须为 1 到 52 之间的整数')
    const mine = await w.service.shiftsOf(w.zhang.id, { from: MONDAY, to: MONDAY + 6 * WEEK })
    expect(mine.map((s) => s.start - sat)).toEqual([0, 4 * WEEK])
  })

  it('writes a deleted shift and a volunteer taken off a shift to the audit log with the deletion itself', async () => {
    const { db, w, shift } = await world()
    const deletions = async () => (await createAuditService(db).list(w.communityId, { action: 'delete' })).map((e) => [e.target, e.reason])
    await w.service.assign(shift.id, w.zhang.id, '指派', ctxAt())
    await w.service.assign(shift.id, w.li.id, '指派', ctxAt(T0 + 1000))
    await w.service.unassign(shift.id, w.li.id, ctxAt(T0 + 2000))
    await w.service.removeShift(shift.id, ctxAt(T0 + 3000))
    expect(await deletions()).toEqual([
      ['班次 安和里小区 2026-03-14 08:00–10:00', '删除班次，同时取消张**的排班'],
      ['班次 安和里小区 2026-03-14 08:00–10:00', '移出排班：李**']
    ])
    // a refused removal deletes nothing and logs nothing
    const before = await counts(db, 'shift', 'auditEntry', 'outbox')
    await expect(w.service.removeShift(shift.id, ctxAt(T0 + 4000))).rejects.toBeInstanceOf(RecordNotFoundError)
    await expect(w.service.unassign(shift.id, w.zhang.id, ctxAt(T0 + 4000))).rejects.toBeInstanceOf(RecordNotFoundError)
    expect(await counts(db, 'shift', 'auditEntry', 'outbox')).toEqual(before)
  })

  it('tells a shift moved onto a volunteer\'s other shift beside its start time, and saves nothing', async () => {
    const { db, w, sat, shift } = await world()
    await w.service.assign(shift.id, w.zhang.id, '指派', ctxAt())
    const later = await w.service.addShift(w.communityId, { placeId: w.places[1].id, start: sat + 4 * H, end: sat + 6 * H, needed: 1 }, ctxAt())
    await w.service.assign(later.id, w.zhang.id, '指派', ctxAt())
    const before = await counts(db, 'shift', 'outbox')
    const moved = w.service.updateShift(later.id, { start: sat + H, end: sat + 3 * H }, ctxAt())
    await expect(moved).rejects.toBeInstanceOf(ValidationError)
    await expect(moved).rejects.toMatchObject({ issues: [{ field: 'start', message: expect.stringContaining('张秀英已排在「安和里小区') }] })
    expect(await counts(db, 'shift', 'outbox')).toEqual(before)
    const edited = await w.service.updateShift(later.id, { placeId: w.places[2].id, start: sat + 2 * H, end: sat + 5 * H, needed: 3 }, ctxAt())
    expect(edited).toMatchObject({ placeId: w.places[2].id, start: sat + 2 * H, end: sat + 5 * H, needed: 3 })
  })
})
