import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseBase, projectCaseRow } from '@shared/domain/caseRow'
import { RecordNotFoundError, RefusedError, ValidationError } from '@shared/domain/errors'
import { addClock } from '@shared/domain/sla'
import { phoneHash } from '@shared/domain/phone'
import type { DeskDB } from '../database'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from './fixture'

let db: DeskDB
let w: CaseWorld
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
})
afterEach(() => db.delete())

const TABLES = ['case', 'caseEvent', 'outbox']
const ctx = ctxAt(T0)
const HOUR = 3_600_000

describe('caseService.intake', () => {
  it('stores the row with level, clocks and deadlines, an intake event and outbox entries', async () => {
    const before = await counts(db, ...TABLES)
    const row = await w.services.cases.intake(w.communityId, w.intake({ handlerId: 'U1' }), ctx)
    expect(row).toMatchObject({ status: '待签收', level: '7天', slaRuleName: '一般诉求', callerPhone: '13812345678', handlerId: 'U1', categoryPath: '城乡建设/市容环卫/占道经营' })
    expect(row.signDeadline).toBe(row.receivedAt + 2 * HOUR)
    expect(row.finishDeadline).toBe(addClock(row.receivedAt, { amount: 7, unit: 'work_day' }))
    expect(row.categoryAncestors).toEqual([w.category('市容环卫').id, w.category('城乡建设').id])
    const events = await w.services.cases.events(row.id)
    expect(events.map((e) => e.type)).toEqual(['intake', 'assign'])
    const after = await counts(db, ...TABLES)
    expect(after.case - before.case).toBe(1)
    // one outbox entry for the row and one per event
    expect(after.outbox - before.outbox).toBe(3)
    expect(await db.outbox.where('recordId').equals(row.id).count()).toBe(1)
    expect(await w.services.cases.get(row.id)).toEqual(row)
  })

  it('hashes the phone with a salt made once for this install and kept out of the outbox', async () => {
    const a = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    const b = await w.services.cases.intake(w.communityId, w.intake({ callerPhone: '+86 138-1234-5678' }), ctxAt(T0 + 1000))
    const salt = (await db.setting.get('phoneSalt'))!.value as string
    expect(salt).toMatch(/^[0-9a-f]{64}$/)
    expect(a.callerPhoneHash).toBe(phoneHash('13812345678', salt))
    expect(b.callerPhoneHash).toBe(a.callerPhoneHash)
    expect(await db.outbox.where('recordId').equals('phoneSalt').count()).toBe(0)
  })

  it('matches the 24-hour rule for a heating category through its ancestors', async () => {
    const row = await w.services.cases.intake(w.communityId, w.intake({ categoryId: w.category('暖气不热').id, title: '楼里暖气温度低', content: '3号楼暖气只有十几度' }), ctx)
    expect(row).toMatchObject({ level: '24小时', slaRuleName: '水电气热' })
    expect(row.finishDeadline).toBe(addClock(row.receivedAt, { amount: 3, unit: 'natural_day' }))
  })

  it('refuses bad input at its field and writes nothing', async () => {
    const before = await counts(db, ...TABLES)
    const err = await w.services.cases
      .intake(w.communityId, w.intake({ source: '12345派单', title: ' ', callerPhone: '12345678901', receivedAt: T0 + HOUR, categoryId: 'nope' }), ctx)
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect(Object.fromEntries((err as ValidationError).issues.map((i) => [i.field, i.message]))).toMatchObject({
      orderNo: '12345派单须填写工单编号',
      title: '标题不能为空',
      receivedAt: '受理时间不能晚于现在',
      categoryId: '问题分类不存在，请从分类树中选择'
    })
    expect((err as ValidationError).issues.some((i) => i.field === 'callerPhone')).toBe(true)
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('refuses a 工单编号 already registered, naming that case', async () => {
    await w.services.cases.intake(w.communityId, w.intake({ source: '12345派单', orderNo: '2603091234567' }), ctx)
    const before = await counts(db, ...TABLES)
    const err = await w.services.cases.intake(w.communityId, w.intake({ source: '12345派单', orderNo: '2603091234567' }), ctx).catch((e: unknown) => e)
    expect((err as ValidationError).issues).toEqual([{ field: 'orderNo', message: expect.stringContaining('已登记：「小区东门外占道经营」') }])
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('refuses a place outside the chosen grid, and takes the grid from the place when none was chosen', async () => {
    await expect(w.services.cases.intake(w.communityId, w.intake({ gridId: w.grids[1].id }), ctx)).rejects.toThrow('点位不属于所选网格')
    const row = await w.services.cases.intake(w.communityId, w.intake({ gridId: undefined, placeId: w.places[1].id }), ctx)
    expect(row.gridId).toBe(w.grids[1].id)
  })
})

describe('caseService.act', () => {
  it('appends the event and re-projects the row from all events', async () => {
    const { id } = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    const signed = await w.services.cases.act(id, { type: 'sign' }, ctxAt(T0 + HOUR, 'devA', 'clerk1'))
    expect(signed).toMatchObject({ status: '办理中', signedAt: T0 + HOUR })
    const parked = await w.services.cases.act(id, { type: 'park', reason: '等待产权单位答复' }, ctxAt(T0 + 2 * HOUR))
    expect(parked).toMatchObject({ status: '挂账', paused: true, parkReason: '等待产权单位答复' })
    const resumed = await w.services.cases.act(id, { type: 'resume' }, ctxAt(T0 + 50 * HOUR))
    expect(resumed.paused).toBe(false)
    expect(resumed.parkReason).toBeUndefined()
    expect(resumed.finishDeadline).toBeGreaterThan(signed.finishDeadline!)
    const events = await w.services.cases.events(id)
    expect(events.map((e) => [e.type, e.actor])).toEqual([['intake', 'tester'], ['sign', 'clerk1'], ['park', 'tester'], ['resume', 'tester']])
    const stored = (await w.services.cases.get(id))!
    expect(stored).toMatchObject(projectCaseRow(caseBase(stored), events, { now: T0 + 50 * HOUR }))
  })

  it('refuses an illegal transition with the machine message and writes nothing', async () => {
    const { id } = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    const before = await counts(db, ...TABLES)
    const err = await w.services.cases.act(id, { type: 'close' }, ctxAt(T0 + HOUR)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RefusedError)
    expect((err as Error).message).toBe('当前状态为“待签收”，不能办结。可执行的操作：签收、退单、撤销、指派、标记')
    expect(await counts(db, ...TABLES)).toEqual(before)
    await expect(w.services.cases.act('missing', { type: 'sign' }, ctx)).rejects.toThrow(RecordNotFoundError)
  })

  it('keeps both changes when two desks act on the same case at almost the same time', async () => {
    const { id } = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    await w.services.cases.act(id, { type: 'sign' }, ctxAt(T0 + HOUR, 'devA'))
    // desk B's clock is 2 s behind desk A's: its flag sorts before A's contact
    await w.services.cases.act(id, { type: 'contact', note: '已电话联系' }, ctxAt(T0 + 2 * HOUR, 'devA', 'clerkA'))
    const row = await w.services.cases.act(id, { type: 'flag', flag: '督办' }, ctxAt(T0 + 2 * HOUR - 2000, 'devB', 'clerkB'))
    expect(row).toMatchObject({ contactedAt: T0 + 2 * HOUR, flags: ['督办'] })
    const events = await w.services.cases.events(id)
    expect(events.map((e) => e.type)).toEqual(['intake', 'sign', 'flag', 'contact'])
    expect(new Set(events.map((e) => e.hlc.split('-').at(-1)))).toEqual(new Set(['devA', 'devB']))
    expect(row).toMatchObject(projectCaseRow(caseBase(row), events, { now: T0 + 2 * HOUR }))
  })

  it('refuses an action dated before later events it would unsettle', async () => {
    const { id } = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    await w.services.cases.act(id, { type: 'sign' }, ctxAt(T0 + HOUR))
    await w.services.cases.act(id, { type: 'reply', reply: '已协调城管执法队清理' }, ctxAt(T0 + 5 * HOUR))
    const before = await counts(db, ...TABLES)
    // a desk whose clock is behind closes "before" the reply, when the case was not yet replied
    await expect(w.services.cases.act(id, { type: 'close' }, ctxAt(T0 + 4 * HOUR))).rejects.toThrow('请校准本机时间')
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('actMany signs what it can and reports the rest', async () => {
    const a = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    const b = await w.services.cases.intake(w.communityId, w.intake({ title: '夜间施工噪声' }), ctx)
    await w.services.cases.act(b.id, { type: 'sign' }, ctxAt(T0 + 1000))
    const result = await w.services.cases.actMany([a.id, b.id, 'gone'], { type: 'sign' }, ctxAt(T0 + HOUR))
    expect(result.done).toEqual([a.id])
    expect(result.refused.map((r) => r.id)).toEqual([b.id, 'gone'])
    expect(result.refused[0].message).toContain('当前状态为“办理中”，不能签收')
  })
})

describe('caseService links and lists', () => {
  it('links a duplicate: cancelled as 重复件 and out of the assessment', async () => {
    const original = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    const copy = await w.services.cases.intake(w.communityId, w.intake({ callerName: '李强' }), ctxAt(T0 + 1000))
    const linked = await w.services.cases.linkDuplicate(copy.id, original.id, ctxAt(T0 + 2000))
    expect(linked).toMatchObject({ status: '已撤销', duplicateOf: original.id, cancelReason: '重复件', assessment: { included: false, exclusionReason: '重复件' } })
    await expect(w.services.cases.linkDuplicate(original.id, original.id, ctxAt(T0 + 3000))).rejects.toThrow('自身')
    await expect(w.services.cases.linkDuplicate(original.id, copy.id, ctxAt(T0 + 3000))).rejects.toThrow(RefusedError)
  })

  it('lists open cases only', async () => {
    const open = await w.services.cases.intake(w.communityId, w.intake(), ctx)
    const done = await w.services.cases.intake(w.communityId, w.intake({ title: '咨询入学政策' }), ctx)
    await w.services.cases.act(done.id, { type: 'return', reason: '不属于本社区' }, ctxAt(T0 + 1000))
    expect((await w.services.cases.openCases(w.communityId)).map((c) => c.id)).toEqual([open.id])
  })
})
