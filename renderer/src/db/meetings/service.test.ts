import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import type { DeskDB } from '../database'
import { counts, ctxAt, freshDb } from '../testing'
import { HOUR, meetingAt, meetingInput, meetingWorld, type MeetingWorld } from './fixture'

let db: DeskDB
let m: MeetingWorld
beforeEach(async () => {
  db = freshDb()
  m = await meetingWorld(db)
})
afterEach(() => db.delete())

const ctx = ctxAt(meetingAt + 3 * HOUR)
const TABLES = ['meeting', 'vote', 'resolution', 'proposal', 'outbox']
const vote = { question: '是否同意增设车棚', method: '举手' as const, at: meetingAt + HOUR }

describe('topic pool', () => {
  it('takes a topic from a case once, screens with a reason, and marks topics on an agenda 已上会', async () => {
    expect(m.fromCase).toMatchObject({ source: '工单', title: '楼下电动车乱停', caseIds: [m.caseId], status: '待筛选', sourceRef: `case:${m.caseId}` })
    await expect(m.service.proposeFromCase(m.caseId, ctx)).rejects.toThrow('这件工单已在议题池中')
    const topics = await m.service.proposals(m.w.communityId)
    expect(topics.map((p) => p.status)).toEqual(['已上会', '已上会'])
    const idea = await m.service.propose(m.w.communityId, { source: '微提案', title: '小广场增设座椅', content: '老人休息不便', proposerName: '周桂兰' }, ctx)
    await expect(m.service.screen(idea.id, { accept: false, reason: '' }, ctx)).rejects.toThrow('不立项须写明理由')
    const refused = await m.service.screen(idea.id, { accept: false, reason: '小广场属公园管理范围，已转园林部门' }, ctx)
    expect(refused).toMatchObject({ status: '不立项', screeningReason: '小广场属公园管理范围，已转园林部门', screenedAt: ctx.now })
    await expect(m.service.setAgenda(m.meeting.id, [{ proposalId: idea.id, minutes: 10 }], ctx)).rejects.toThrow('须先立项才能列入议程')
  })

  it('puts a topic back to 立项 when it leaves the agenda and keeps kept items, with their topic and notes, by id', async () => {
    await m.service.saveNotes(m.meeting.id, m.meeting.agenda[0].id, '居民踊跃发言', ctx)
    const next = await m.service.setAgenda(m.meeting.id, [{ id: m.meeting.agenda[0].id, minutes: 30 }, { title: '其他事项', minutes: 5 }], ctx)
    expect(next.agenda.map((i) => [i.title, i.minutes, i.notes])).toEqual([
      ['3 号楼南侧增设非机动车棚', 30, '居民踊跃发言'],
      ['其他事项', 5, undefined]
    ])
    expect(next.agenda[0].proposalId).toBe(m.micro.id)
    expect((await db.proposal.get(m.micro.id))!.status).toBe('已上会')
    expect((await db.proposal.get(m.fromCase.id))!.status).toBe('立项')
  })
})

describe('meetings', () => {
  it('refuses a meeting without a place or time, and an agenda item without a title, writing nothing', async () => {
    const before = await counts(db, ...TABLES)
    const err = await m.service.create(m.w.communityId, meetingInput({ location: '', placeId: undefined }), ctx).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).issues).toEqual([{ field: 'location', message: '请选择会议地点或填写地点' }])
    await expect(m.service.create(m.w.communityId, meetingInput({ at: Number.NaN }), ctx)).rejects.toThrow('请选择会议时间')
    await expect(m.service.setAgenda(m.meeting.id, [{ title: ' ', minutes: 10 }, { title: '长', minutes: 300 }], ctx)).rejects.toThrow('有 2 处需要修改')
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('signs people in once, including guests not in the registry, and runs the agenda item by item', async () => {
    const id = m.meeting.id
    await m.service.signIn(id, { name: '王秀英', role: '居民代表', personId: 'p1', at: meetingAt }, ctx)
    await m.service.signIn(id, { name: '物业李经理', role: '物业', at: meetingAt }, ctx)
    await expect(m.service.signIn(id, { name: '王秀英', role: '居民', personId: 'p1', at: meetingAt }, ctx)).rejects.toThrow('王秀英（居民代表）已签到')
    const [first, second] = m.meeting.agenda
    let run = await m.service.nextItem(id, meetingAt, ctx)
    expect(run.currentItemId).toBe(first.id)
    run = await m.service.nextItem(id, meetingAt + 20 * 60_000, ctx)
    expect(run.currentItemId).toBe(second.id)
    expect(run.agenda.map((i) => [i.startedAt, i.endedAt])).toEqual([
      [meetingAt, meetingAt + 20 * 60_000],
      [meetingAt + 20 * 60_000, undefined]
    ])
    run = await m.service.nextItem(id, meetingAt + 40 * 60_000, ctx)
    expect(run.currentItemId).toBeUndefined()
    await expect(m.service.nextItem(id, meetingAt + HOUR, ctx)).rejects.toThrow('议程已全部结束')
    run = await m.service.startItem(id, first.id, meetingAt + HOUR, ctx)
    expect([run.agenda[0].startedAt, run.agenda[0].endedAt]).toEqual([meetingAt + HOUR, undefined])
    expect(run.attendance).toHaveLength(2)
    expect((await m.service.meetings(m.w.communityId, { from: meetingAt, to: meetingAt })).map((x) => x.id)).toEqual([id])
    expect(await m.service.meetings(m.w.communityId, { from: meetingAt + 1 })).toEqual([])
  })
})

describe('votes', () => {
  it('refuses counts above the eligible attendees (列席 do not vote) and writes nothing', async () => {
    await m.signIn(20)
    await m.signIn(3, '列席')
    const before = await counts(db, ...TABLES)
    await expect(m.service.recordVote(m.meeting.id, { ...vote, yes: 20, no: 4, abstain: 1 }, ctx)).rejects.toThrow(
      '赞成、反对、弃权合计 25 票，超过到会可表决人数 20 人，请核对票数'
    )
    await expect(m.service.recordVote(m.meeting.id, { ...vote, yes: -1, no: 0, abstain: 0 }, ctx)).rejects.toThrow('赞成票数须为不小于 0 的整数')
    expect(await counts(db, ...TABLES)).toEqual(before)
    const counted = await m.service.recordVote(m.meeting.id, { ...vote, agendaItemId: m.meeting.agenda[0].id, yes: 14, no: 4, abstain: 2 }, ctx)
    expect(counted).toMatchObject({ eligible: 20, quorum: 11, passed: true })
    const thin = await m.service.recordVote(m.meeting.id, { ...vote, question: '是否收取管理费', yes: 6, no: 2, abstain: 1 }, ctx)
    expect(thin).toMatchObject({ quorum: 11, passed: false })
    expect((await m.service.votes(m.meeting.id)).map((v) => v.question)).toEqual(['是否同意增设车棚', '是否收取管理费'])
  })
})

describe('minutes lifecycle', () => {
  it('runs 草稿 → 征求意见 → 通过 → 公示, locks the published minutes and keeps every version readable', async () => {
    const id = m.meeting.id
    const item = m.meeting.agenda[0]
    await m.signIn(12)
    await m.service.saveMinutes(id, item.id, { points: '多数居民支持南侧选址', outcome: '同意增设车棚' }, ctx)
    await m.service.recordVote(id, { ...vote, agendaItemId: item.id, yes: 10, no: 1, abstain: 1 }, ctx)
    await expect(m.service.addResolution(id, { agendaItemId: item.id, text: '增设车棚', actions: [{ text: '施工', owner: '' }] }, ctx)).rejects.toThrow('责任人不能为空')
    const resolution = await m.service.addResolution(id, { agendaItemId: item.id, text: '在 3 号楼南侧增设车棚', actions: [{ text: '报价并施工', owner: '安和物业', due: meetingAt + 30 * 24 * HOUR }] }, ctx)
    expect(resolution.actions[0]).toMatchObject({ status: '未开始', progress: 0, owner: '安和物业' })

    await expect(m.service.amend(id, { author: '王秀英', text: '车棚需加装充电桩' }, ctx)).rejects.toThrow('只有在“征求意见”阶段才能提出修改意见')
    await m.service.advanceMinutes(id, '征求意见', ctxAt(meetingAt + 4 * HOUR))
    const amended = await m.service.amend(id, { author: '王秀英', agendaItemId: item.id, text: '车棚需加装充电桩' }, ctx)
    await expect(m.service.advanceMinutes(id, '通过', ctx)).rejects.toThrow('还有 1 条修改意见未处理')
    await m.service.decideAmendment(id, amended.amendments[0].id, true, ctx)
    await m.service.saveMinutes(id, item.id, { points: '多数居民支持南侧选址', outcome: '同意增设车棚，并加装充电桩' }, ctx)
    await m.service.advanceMinutes(id, '通过', ctxAt(meetingAt + 5 * HOUR))
    await expect(m.service.saveMinutes(id, item.id, { outcome: '改' }, ctx)).rejects.toThrow('纪要已通过，不能再修改纪要')
    await expect(m.service.advanceMinutes(id, '通过', ctx)).rejects.toThrow(RefusedError)
    const published = await m.service.advanceMinutes(id, '公示', ctxAt(meetingAt + 6 * HOUR))
    expect(published).toMatchObject({ minutesStatus: '公示', publishedAt: meetingAt + 6 * HOUR })

    const before = await counts(db, ...TABLES)
    await expect(m.service.saveMinutes(id, item.id, { outcome: '改' }, ctx)).rejects.toThrow('纪要已公示并锁定，不能直接修改纪要')
    await expect(m.service.recordVote(id, { ...vote, yes: 1, no: 0, abstain: 0 }, ctx)).rejects.toThrow('纪要已公示并锁定')
    await expect(m.service.addResolution(id, { text: '补充决议', actions: [] }, ctx)).rejects.toThrow('纪要已公示并锁定')
    await expect(m.service.signIn(id, { name: '迟到者', role: '居民', at: ctx.now }, ctx)).rejects.toThrow('纪要已公示并锁定')
    await expect(m.service.update(id, { location: '别处' }, ctx)).rejects.toThrow('会议信息已锁定')
    expect(await counts(db, ...TABLES)).toEqual(before)

    await m.service.addAddendum(id, '更正：车棚位于 3 号楼南侧空地', ctxAt(meetingAt + 7 * HOUR))
    const final = await m.service.addAddendum(id, '补充：施工期间临时停放点为小广场', ctxAt(meetingAt + 8 * HOUR))
    expect(final.addenda.map((a) => [a.no, a.actor])).toEqual([
      [1, 'tester'],
      [2, 'tester']
    ])
    expect(final.minutesVersions.map((v) => [v.version, v.status, v.addendumNo ?? null])).toEqual([
      [1, '征求意见', null],
      [2, '通过', null],
      [3, '公示', null],
      [4, '公示', 1],
      [5, '公示', 2]
    ])
    // the version sent out for comment still reads as it did before the amendment was taken in
    expect(final.minutesVersions[0].items[0].outcome).toBe('同意增设车棚')
    expect(final.minutesVersions[1].items[0].outcome).toBe('同意增设车棚，并加装充电桩')
    expect(final.minutesVersions[2]).toMatchObject({ votes: [{ yes: 10, eligible: 12, passed: true }], resolutions: [{ id: resolution.id, text: '在 3 号楼南侧增设车棚' }] })
    expect((await m.service.get(id))!.minutesStatus).toBe('公示')
  })
})
