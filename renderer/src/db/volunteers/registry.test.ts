import { describe, expect, it } from 'vitest'
import { RecordNotFoundError, ValidationError } from '@shared/domain/errors'
import { createAuditService } from '../audit/service'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { volunteerWorld } from './fixture'

describe('volunteer registry', () => {
  it('registers a new resident as a volunteer, tagged in the registry, with team and no points yet', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    const views = await w.service.volunteers(w.communityId)
    expect(views.map((v) => v.person.name)).toEqual(['李建国', '张秀英'])
    const zhang = views.find((v) => v.volunteer.id === w.zhang.id)!
    expect(zhang).toMatchObject({ team: { name: '东片管家团' }, points: 0, hours: 0, person: { phone: '13812345678', tags: ['居民', '志愿者', '小巷管家'] } })
  })

  it('refuses a second record for one person, a phone already in the registry and an unknown place, writing nothing', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    const before = await counts(db, 'volunteer', 'person', 'outbox')
    const base = { placeIds: [], skills: [], since: '2026-01-01', status: '在岗' as const }
    await expect(w.service.register(w.communityId, { ...base, personId: w.zhang.personId }, ctxAt())).rejects.toThrow('张秀英已在小巷管家名册中')
    await expect(w.service.register(w.communityId, { ...base, person: { name: '张秀英', phone: '138-1234-5678' } }, ctxAt())).rejects.toThrow('居民名册中已有手机号 138****5678 的“张秀英”')
    await expect(w.service.register(w.communityId, { ...base, person: { name: '王芳' }, placeIds: ['nowhere'] }, ctxAt())).rejects.toBeInstanceOf(ValidationError)
    await expect(w.service.register(w.communityId, { ...base, person: { name: '王芳', phone: '1381234' } }, ctxAt())).rejects.toThrow('电话号码格式不正确')
    expect(await counts(db, 'volunteer', 'person', 'outbox')).toEqual(before)
  })

  it('updates places and status, and the coverage follows: paused volunteers do not cover a place', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    let cov = await w.service.coverage(w.communityId)
    expect(cov.places.map((p) => [p.placeName, p.volunteerIds.length])).toEqual([['安和里小区', 1], ['银杏胡同', 1], ['安和广场', 0]])
    expect(cov.grids.map((g) => [g.gridName, g.covered, g.places])).toEqual([['第一网格', 1, 1], ['第二网格', 1, 2]])
    await w.service.updateVolunteer(w.zhang.id, { placeIds: [w.places[0].id, w.places[2].id] }, ctxAt(T0 + 1000))
    await w.service.updateVolunteer(w.li.id, { status: '暂停' }, ctxAt(T0 + 2000))
    cov = await w.service.coverage(w.communityId)
    expect(cov.grids[1]).toMatchObject({ covered: 1, uncoveredPlaceIds: [w.places[1].id] })
    const edited = await w.service.updateVolunteer(w.li.id, { person: { name: '李建国', phone: '13912345679' } }, ctxAt(T0 + 3000))
    expect(edited.personId).toBe(w.li.personId)
    expect((await db.person.get(w.li.personId))!.phone).toBe('13912345679')
    await expect(w.service.updateVolunteer('missing', { status: '退出' }, ctxAt())).rejects.toBeInstanceOf(RecordNotFoundError)
  })

  it('keeps team names unique and 双报到 registrations one per person, with yearly evaluations', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    await expect(w.service.saveTeam(w.communityId, { name: '东片管家团', placeIds: [] }, ctxAt())).rejects.toThrow('已有名为“东片管家团”的管家团')
    const renamed = await w.service.saveTeam(w.communityId, { id: w.team.id, name: '东片一团', placeIds: [], leaderPersonId: w.zhang.personId }, ctxAt(T0 + 1000))
    expect(renamed).toMatchObject({ name: '东片一团', leaderPersonId: w.zhang.personId })
    const input = { person: { name: '赵强', phone: '13712345678' }, employer: '区财政局', branch: '机关第二党支部', registeredAt: '2025-05-10', servicePosts: ['文明引导岗'], active: true }
    const reg = await w.service.registerPartyMember(w.communityId, input, ctxAt())
    await expect(w.service.registerPartyMember(w.communityId, { ...input, person: undefined, personId: reg.personId }, ctxAt())).rejects.toThrow('赵强已在双报到名册中')
    await w.service.evaluatePartyMember(reg.id, { year: 2025, grade: '合格' }, ctxAt(T0 + 1000))
    const evaluated = await w.service.evaluatePartyMember(reg.id, { year: 2025, grade: '优秀', note: '带头认领岗位' }, ctxAt(T0 + 2000))
    expect(evaluated.evaluations).toEqual([{ year: 2025, grade: '优秀', note: '带头认领岗位', at: T0 + 2000, actor: 'tester' }])
    await expect(w.service.evaluatePartyMember(reg.id, { year: 2027, grade: '优秀' }, ctxAt())).rejects.toThrow('评价年度须为 2000 到 2026 之间的年份')
    const members = await w.service.partyMembers(w.communityId)
    expect(members.map((m) => [m.person.name, m.person.tags.includes('党员')])).toEqual([['赵强', true]])
  })

  it('writes a place taken off a volunteer or a team to the audit log, and nothing when no place is dropped', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    const deletions = async () => (await createAuditService(db).list(w.communityId, { action: 'delete' })).map((e) => [e.target, e.reason, e.actor])
    await w.service.updateVolunteer(w.zhang.id, { placeIds: [w.places[0].id, w.places[2].id] }, ctxAt(T0 + 1000))
    await w.service.updateVolunteer(w.zhang.id, { skills: ['调解', '急救'] }, ctxAt(T0 + 2000))
    expect(await deletions()).toEqual([])

    await w.service.updateVolunteer(w.zhang.id, { placeIds: [w.places[2].id] }, ctxAt(T0 + 3000))
    await w.service.saveTeam(w.communityId, { id: w.team.id, name: '东片管家团', placeIds: [] }, ctxAt(T0 + 4000))
    expect(await deletions()).toEqual([
      ['管家团 东片管家团', '移出负责点位：安和里小区', 'tester'],
      ['小巷管家 张**', '移出负责点位：安和里小区', 'tester']
    ])
    // a refused edit drops nothing and logs nothing
    await expect(w.service.updateVolunteer(w.zhang.id, { placeIds: ['nowhere'] }, ctxAt(T0 + 5000))).rejects.toBeInstanceOf(ValidationError)
    expect(await deletions()).toHaveLength(2)
    expect(await createAuditService(db).verify(w.communityId)).toMatchObject({ ok: true })
  })
})
