import { describe, expect, it } from 'vitest'
import type { Meeting } from '@shared/domain/meetings'
import { RecordNotFoundError } from '@shared/domain/errors'
import { createMeetingService } from '../meetings/service'
import { repositoriesFor } from '../repositories'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { H, volunteerWorld } from './fixture'

async function world() {
  const db = freshDb()
  return { db, w: await volunteerWorld(db) }
}

describe('points ledger', () => {
  it('takes manual awards with a reason, refuses 0 points, and lists the ledger newest first', async () => {
    const { db, w } = await world()
    await w.service.award(w.communityId, { volunteerId: w.zhang.id, points: 10, reason: '冬季扫雪表现突出', at: T0 - 2 * H }, ctxAt())
    await w.service.award(w.communityId, { volunteerId: w.zhang.id, points: -2, reason: '无故缺勤', at: T0 - H }, ctxAt())
    const before = await counts(db, 'pointsEntry', 'outbox')
    await expect(w.service.award(w.communityId, { volunteerId: w.zhang.id, points: 0, reason: '扫雪', at: T0 }, ctxAt())).rejects.toThrow('奖励积分不能为 0')
    await expect(w.service.award(w.communityId, { volunteerId: w.zhang.id, points: 5, reason: '', at: T0 }, ctxAt())).rejects.toThrow('请填写奖励理由')
    await expect(w.service.award(w.communityId, { volunteerId: 'nobody', points: 5, reason: '扫雪', at: T0 }, ctxAt())).rejects.toBeInstanceOf(RecordNotFoundError)
    expect(await counts(db, 'pointsEntry', 'outbox')).toEqual(before)
    expect((await w.service.ledger(w.zhang.id)).map((e) => [e.rule, e.points, e.note])).toEqual([['人工奖励', -2, '无故缺勤'], ['人工奖励', 10, '冬季扫雪表现突出']])
  })

  it('uses the saved rules for the next patrol and refuses a negative rule', async () => {
    const { w } = await world()
    await expect(w.service.setPointRules({ ...(await w.service.pointRules()), perPatrolHour: -1 }, ctxAt())).rejects.toThrow('每巡查 1 小时积分须为 0 到 1000 之间的数')
    await w.service.setPointRules({ perPatrolHour: 20, perValidFinding: 5, perMeetingAttended: 3, perShiftServed: 2 }, ctxAt())
    expect((await w.service.pointRules()).perPatrolHour).toBe(20)
    await w.service.recordPatrol(w.communityId, { volunteerId: w.li.id, placeId: w.places[1].id, startedAt: T0 - 2 * H, endedAt: T0 - H, checklist: {}, findings: [] }, ctxAt())
    expect((await w.service.ledger(w.li.id)).map((e) => e.points)).toEqual([20])
  })

  it('credits volunteers who signed in at a meeting, once per meeting', async () => {
    const { w, db } = await world()
    const meeting = await repositoriesFor(db).meeting.create(
      w.communityId,
      {
        type: '小院议事厅', title: '安和里停车议事', at: T0 - 3 * H, invitees: [], agenda: [], minutesStatus: '草稿', amendments: [], minutesVersions: [], addenda: [],
        attendance: [
          { id: 'a1', name: '张秀英', role: '志愿者', personId: w.zhang.personId, signedAt: T0 - 3 * H },
          { id: 'a2', name: '孙大妈', role: '居民', signedAt: T0 - 3 * H }
        ]
      } as Omit<Meeting, 'id' | 'communityId' | 'createdAt' | 'updatedAt' | 'hlc'>,
      ctxAt()
    )
    const credited = await w.service.creditMeeting(w.communityId, meeting.id, ctxAt())
    expect(credited.map((e) => [e.volunteerId, e.rule, e.points, e.note, e.at])).toEqual([[w.zhang.id, '参加议事', 3, '安和里停车议事', T0 - 3 * H]])
    expect(await w.service.creditMeeting(w.communityId, meeting.id, ctxAt(T0 + 1000))).toEqual([])
    await expect(w.service.creditMeeting(w.communityId, 'missing', ctxAt())).rejects.toBeInstanceOf(RecordNotFoundError)
  })

  it('settles 参加议事 for the meetings of the last 90 days: once each, nothing for a sign-in removed before, and the line goes when the sign-in goes', async () => {
    const { w, db } = await world()
    const meetings = createMeetingService(db)
    const held = await meetings.create(w.communityId, { type: '居民恳谈会', title: '垃圾分类恳谈会', at: T0 - 2 * H, location: '社区活动室', invitees: [] }, ctxAt(T0 - 5 * H))
    const old = await meetings.create(w.communityId, { type: '小院议事厅', title: '去年的议事', at: T0 - 100 * 24 * H, location: '小院', invitees: [] }, ctxAt(T0 - 101 * 24 * H))
    const zhang = await meetings.signIn(held.id, { name: '张秀英', role: '志愿者', personId: w.zhang.personId, at: T0 - 2 * H }, ctxAt(T0 - 2 * H))
    const li = (await meetings.signIn(held.id, { name: '李建国', role: '志愿者', personId: w.li.personId, at: T0 - 2 * H }, ctxAt(T0 - 2 * H))).attendance.at(-1)!
    await meetings.signIn(old.id, { name: '张秀英', role: '志愿者', personId: w.zhang.personId, at: old.at }, ctxAt(old.at))
    // 李建国 signed in by mistake and was taken off before the points were settled
    await meetings.removeAttendance(held.id, li.id, ctxAt(T0 - H))

    const settled = await w.service.settleMeetings(w.communityId, ctxAt())
    expect(settled.map((e) => [e.volunteerId, e.rule, e.points, e.sourceId, e.note])).toEqual([[w.zhang.id, '参加议事', 3, held.id, '垃圾分类恳谈会']])
    expect(await w.service.settleMeetings(w.communityId, ctxAt(T0 + H))).toEqual([])
    expect(await w.service.ledger(w.li.id)).toEqual([])
    expect((await w.service.ledger(w.zhang.id)).map((e) => e.sourceId)).toEqual([held.id])

    await meetings.removeAttendance(held.id, zhang.attendance[0].id, ctxAt(T0 + 2 * H))
    expect(await w.service.settleMeetings(w.communityId, ctxAt(T0 + 3 * H))).toEqual([])
    expect(await w.service.ledger(w.zhang.id)).toEqual([])
  })

  it('ranks volunteers by the points of a range and names the month\'s 星级管家', async () => {
    const { w } = await world()
    const award = (volunteerId: string, points: number, at: number) => w.service.award(w.communityId, { volunteerId, points, reason: '表现突出', at }, ctxAt())
    await award(w.zhang.id, 70, T0 - 2 * H)
    await award(w.li.id, 35, T0 - 3 * H)
    await award(w.li.id, 50, Date.UTC(2026, 1, 20))
    const ranking = await w.service.ranking(w.communityId, { from: Date.UTC(2026, 2, 1) - 8 * H, to: Date.UTC(2026, 3, 1) - 8 * H })
    expect(ranking.map((r) => [r.name, r.points])).toEqual([['张秀英', 70], ['李建国', 35]])
    expect((await w.service.monthlyStars(w.communityId, '2026-03')).map((s) => [s.name, s.stars])).toEqual([['张秀英', 4], ['李建国', 3]])
    expect((await w.service.monthlyStars(w.communityId, '2026-02')).map((s) => [s.name, s.points, s.stars])).toEqual([['李建国', 50, 4]])
  })
})
