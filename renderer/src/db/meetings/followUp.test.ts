import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaseAction } from '@shared/domain/caseMachine'
import type { Resolution } from '@shared/domain/meetings'
import type { DeskDB } from '../database'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { DAY, HOUR, meetingAt, meetingWorld, type MeetingWorld } from './fixture'

let db: DeskDB
let m: MeetingWorld
let cases: Record<string, string>
let resolution: Resolution
beforeEach(async () => {
  db = freshDb()
  m = await meetingWorld(db)
  // one case per status, all on the case-born topic
  const roads: Record<string, CaseAction[]> = {
    办理中: [{ type: 'sign' }],
    挂账: [{ type: 'sign' }, { type: 'park', reason: '等待产权单位确认' }],
    已反馈: [{ type: 'sign' }, { type: 'reply', reply: '已协调物业清理' }],
    已办结: [{ type: 'sign' }, { type: 'reply', reply: '已处理' }, { type: 'close' }],
    已撤销: [{ type: 'cancel', reason: '来电人撤回' }],
    延期审核: [{ type: 'sign' }, { type: 'requestExtension', amount: 3, unit: 'work_day', reason: '需协调施工' }]
  }
  cases = { 待签收: m.caseId }
  for (const [status, road] of Object.entries(roads)) {
    const row = await m.w.services.cases.intake(m.w.communityId, m.w.intake({ title: `车棚相关诉求（${status}）` }), ctxAt(T0))
    for (const [i, action] of road.entries()) await m.w.services.cases.act(row.id, action, ctxAt(T0 + (i + 1) * HOUR))
    cases[status] = row.id
  }
  await m.service.updateProposal(m.fromCase.id, { caseIds: Object.values(cases) }, ctxAt(T0 + DAY))
  await m.signIn(10)
  resolution = await m.service.addResolution(
    m.meeting.id,
    { agendaItemId: m.meeting.agenda[1].id, text: '规范电动车停放', actions: [{ text: '划设停放区', owner: '安和物业', due: meetingAt + 10 * DAY }, { text: '楼门张贴告示', owner: '楼门长', due: meetingAt + 3 * DAY }] },
    ctxAt(meetingAt + HOUR)
  )
})
afterEach(() => db.delete())

const later = ctxAt(meetingAt + 5 * DAY)
const TEXT = '议事协商决议落实：规范电动车停放（安和里小区车棚议事会）'
const png = (size = 64) => Object.assign(new Uint8Array(size), { 0: 0x89, 1: 0x50, 2: 0x4e, 3: 0x47, 4: 0x0d, 5: 0x0a, 6: 0x1a, 7: 0x0a })

describe('follow-up → cases', () => {
  it('closes every open linked case through the case machine, with events saying why, and skips the others with the reason', async () => {
    expect(resolution.caseIds).toHaveLength(7)
    const result = await m.service.completeAction(resolution.id, resolution.actions[0].id, { note: '停放区已划设', closeCases: true }, later)
    expect(new Set(result.closedCaseIds)).toEqual(new Set([cases.待签收, cases.办理中, cases.挂账, cases.已反馈]))
    for (const id of result.closedCaseIds) expect((await m.w.services.cases.get(id))!.status).toBe('已办结')
    expect(result.skipped).toEqual([
      { caseId: cases.已办结, message: '工单已办结，无需再办结' },
      { caseId: cases.已撤销, message: '工单已撤销，不能办结' },
      { caseId: cases.延期审核, message: '工单正处于“延期审核”，须先处理后才能办结，本次未自动办结' }
    ])
    const events = (await m.w.services.cases.events(cases.待签收)).filter((e) => e.at === later.now)
    expect(events.map((e) => e.type)).toEqual(['sign', 'reply', 'close'])
    expect(events[1].payload).toMatchObject({ reply: TEXT })
    expect(events[2].payload).toMatchObject({ result: TEXT })
    expect((await m.w.services.cases.events(cases.挂账)).filter((e) => e.at === later.now).map((e) => e.type)).toEqual(['resume', 'reply', 'close'])
    expect((await m.w.services.cases.get(cases.延期审核))!.status).toBe('延期审核')
    const action = result.resolution.actions[0]
    expect(action).toMatchObject({ status: '已完成', progress: 100, closedAt: later.now, evidence: [{ text: '停放区已划设', actor: 'tester', attachmentIds: [] }] })
    expect(new Set(action.closedCaseIds)).toEqual(new Set(result.closedCaseIds))
    expect(result.resolution.closedAt).toBeUndefined()
  })

  it('changes no case when the action cannot be saved', async () => {
    const before = await counts(db, 'case', 'caseEvent', 'resolution', 'outbox')
    await expect(m.service.completeAction(resolution.id, resolution.actions[0].id, { note: '长'.repeat(1001), closeCases: true }, later)).rejects.toThrow('进展说明不能超过 1000 个字')
    expect(await counts(db, 'case', 'caseEvent', 'resolution', 'outbox')).toEqual(before)
    expect((await m.w.services.cases.get(cases.办理中))!.status).toBe('办理中')
    await m.service.completeAction(resolution.id, resolution.actions[0].id, { closeCases: false }, later)
    await expect(m.service.completeAction(resolution.id, resolution.actions[0].id, { closeCases: true }, later)).rejects.toThrow('该事项已完成，不能重复办结')
    expect((await m.w.services.cases.get(cases.办理中))!.status).toBe('办理中')
  })

  it('closes the resolution and its topic once every action is finished', async () => {
    await m.service.completeAction(resolution.id, resolution.actions[0].id, { closeCases: false }, later)
    const done = await m.service.updateAction(resolution.id, resolution.actions[1].id, { status: '已完成', note: '告示已张贴' }, later)
    expect(done.closedAt).toBe(later.now)
    expect((await db.proposal.get(m.fromCase.id))!.status).toBe('已办结')
    expect((await db.proposal.get(m.micro.id))!.status).toBe('已上会')
  })
})

describe('action progress', () => {
  it('records progress with photo evidence, refusing a non-image or a bad progress without writing', async () => {
    const id = resolution.actions[0].id
    const before = await counts(db, 'resolution', 'attachment', 'outbox')
    await expect(m.service.updateAction(resolution.id, id, { progress: 120 }, later)).rejects.toThrow('进度须为 0–100 的整数')
    await expect(m.service.updateAction(resolution.id, id, { note: '现场照片', photos: [{ name: '说明.pdf', mime: 'image/png', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }] }, later)).rejects.toThrow(
      '“说明.pdf”不是图片文件'
    )
    await expect(m.service.updateAction(resolution.id, id, { status: '已完成', progress: 60 }, later)).rejects.toThrow('状态为“已完成”时进度须为 100%')
    expect(await counts(db, 'resolution', 'attachment', 'outbox')).toEqual(before)
    const saved = await m.service.updateAction(resolution.id, id, { status: '进行中', progress: 40, note: '已完成选址', photos: [{ name: '现场.png', mime: 'image/jpeg', bytes: png() }] }, later)
    const action = saved.actions.find((a) => a.id === id)!
    expect(action).toMatchObject({ status: '进行中', progress: 40 })
    const [photoId] = action.evidence[0].attachmentIds
    expect(await db.attachment.get(photoId)).toMatchObject({ name: '现场.png', mime: 'image/png', size: 64, ownerTable: 'resolution', ownerId: resolution.id })
  })

  it('lists overdue actions for the 工作台 until they are finished, and adds 民评', async () => {
    expect(await m.service.overdueActions(m.w.communityId, meetingAt + 2 * DAY)).toEqual([])
    const overdue = await m.service.overdueActions(m.w.communityId, meetingAt + 11 * DAY)
    expect(overdue.map((o) => [o.action.text, o.meeting.id])).toEqual([
      ['楼门张贴告示', m.meeting.id],
      ['划设停放区', m.meeting.id]
    ])
    await m.service.updateAction(resolution.id, resolution.actions[1].id, { status: '已终止', note: '改为线上通知' }, later)
    expect((await m.service.overdueActions(m.w.communityId, meetingAt + 11 * DAY)).map((o) => o.action.text)).toEqual(['划设停放区'])
    await m.service.rate(resolution.id, { 满意: 8, 基本满意: 2 }, '居民认可', later)
    const rated = await m.service.rate(resolution.id, { 满意: 1, 不满意: 1 }, undefined, later)
    expect(rated).toMatchObject({ ratings: { 满意: 9, 基本满意: 2, 不满意: 1 }, ratingNote: '居民认可' })
    const all = await m.service.allResolutions(m.w.communityId)
    expect(all.map((r) => r.resolution.id)).toEqual([resolution.id])
  })

  it('adds an action later, with an owner, until every action is finished', async () => {
    const before = await counts(db, 'resolution', 'outbox')
    await expect(m.service.addAction(resolution.id, { text: '增设充电桩', owner: '  ' }, later)).rejects.toThrow('责任人不能为空')
    expect(await counts(db, 'resolution', 'outbox')).toEqual(before)
    const added = await m.service.addAction(resolution.id, { text: '增设充电桩', owner: '安和物业', due: meetingAt + 30 * DAY }, later)
    expect(added.actions.map((a) => [a.text, a.status, a.progress])).toEqual([
      ['划设停放区', '未开始', 0],
      ['楼门张贴告示', '未开始', 0],
      ['增设充电桩', '未开始', 0]
    ])
    for (const a of added.actions) await m.service.updateAction(resolution.id, a.id, { status: '已完成' }, later)
    await expect(m.service.addAction(resolution.id, { text: '再议', owner: '居委会' }, later)).rejects.toThrow('该决议的事项已全部落实，不能再添加')
  })
})
