import { describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from '@shared/domain/errors'
import { repositoriesFor } from '../repositories'
import { T0, counts, ctxAt, freshDb } from '../testing'
import type { PatrolInput } from './contract'
import { H, volunteerWorld } from './fixture'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
const TABLES = ['patrol', 'attachment', 'pointsEntry', 'case', 'caseEvent', 'outbox'] as const

async function world() {
  const db = freshDb()
  const w = await volunteerWorld(db)
  const input: PatrolInput = {
    volunteerId: w.zhang.id,
    placeId: w.places[0].id,
    startedAt: T0 - 2 * H,
    endedAt: T0 - 30 * 60_000,
    checklist: { 无占道经营: false, 无积存垃圾: true },
    findings: [
      { type: '占道经营', text: '东门外早点摊占道经营，影响通行', handling: '待处理', photos: [{ name: '东门.png', mime: 'image/png', bytes: PNG }] },
      { type: '乱堆乱放', text: '3 号楼下堆放纸箱', handling: '当场劝导', handledNote: '劝说住户当场清走' }
    ]
  }
  return { db, w, input }
}

describe('patrols', () => {
  it('records the patrol, its photo and the points it earned in one go', async () => {
    const { db, w, input } = await world()
    const patrol = await w.service.recordPatrol(w.communityId, input, ctxAt())
    expect(patrol.findings.map((f) => [f.type, f.handling, f.attachmentIds.length])).toEqual([['占道经营', '待处理', 1], ['乱堆乱放', '当场劝导', 0]])
    const [photo] = await w.service.patrolPhotos(patrol.id)
    expect(photo).toMatchObject({ name: '东门.png', mime: 'image/png', size: 12, ownerTable: 'patrol', ownerId: patrol.id })
    // 90 minutes at 10 per hour, and 5 for the finding handled on the spot; 待处理 earns nothing yet
    expect((await w.service.ledger(w.zhang.id)).map((e) => [e.rule, e.points, e.hours])).toEqual([['巡查时长', 15, 1.5], ['有效发现', 5, undefined]])
    const view = (await w.service.volunteers(w.communityId)).find((v) => v.volunteer.id === w.zhang.id)!
    expect([view.points, view.hours]).toEqual([20, 1.5])
    expect(await w.service.patrols(w.communityId, { from: T0 - 3 * H, to: T0 })).toHaveLength(1)
    expect(await w.service.patrols(w.communityId, { from: T0, to: T0 + H })).toHaveLength(0)
    expect((await counts(db, 'patrol', 'attachment', 'pointsEntry'))).toEqual({ patrol: 1, attachment: 1, pointsEntry: 2 })
  })

  it('refuses a photo that is not an image or is over 10 MB, and a patrol over 24 hours, writing nothing', async () => {
    const { db, w, input } = await world()
    const before = await counts(db, ...TABLES)
    const text = new TextEncoder().encode('not an image')
    const badPhoto = { ...input, findings: [{ ...input.findings[0], photos: [{ name: '说明.txt', mime: 'image/png', bytes: text }] }] }
    await expect(w.service.recordPatrol(w.communityId, badPhoto, ctxAt())).rejects.toThrow('第 1 条发现：“说明.txt”不是图片文件')
    const huge = new Uint8Array(10 * 1024 * 1024 + 1)
    huge.set(PNG)
    const bigPhoto = { ...input, findings: [input.findings[1], { ...input.findings[0], photos: [{ name: '全景.png', mime: 'image/png', bytes: huge }] }] }
    await expect(w.service.recordPatrol(w.communityId, bigPhoto, ctxAt())).rejects.toThrow('第 2 条发现：照片“全景.png”有 10.0 MB，超过 10 MB 上限')
    await expect(w.service.recordPatrol(w.communityId, { ...input, startedAt: T0 - 30 * H }, ctxAt())).rejects.toThrow('一次巡查不能超过 24 小时')
    await expect(w.service.recordPatrol(w.communityId, { ...input, placeId: 'nowhere' }, ctxAt())).rejects.toBeInstanceOf(ValidationError)
    expect(await counts(db, ...TABLES)).toEqual(before)
  })

  it('prefills the case a finding would make: source, place and grid, text, time and a category guess', async () => {
    const { w, input } = await world()
    const patrol = await w.service.recordPatrol(w.communityId, input, ctxAt())
    const intake = await w.service.findingIntake(patrol.id, patrol.findings[0].id)
    expect(intake).toEqual({
      source: '小巷管家上报',
      type: '投诉',
      title: '安和里小区占道经营',
      content: '东门外早点摊占道经营，影响通行',
      confidential: false,
      receivedAt: input.endedAt,
      categoryId: w.category('占道经营').id,
      placeId: w.places[0].id,
      gridId: w.grids[0].id,
      address: '安和里小区',
      callerName: '张秀英',
      callerPhone: '13812345678'
    })
    const other = await w.service.findingIntake(patrol.id, patrol.findings[1].id)
    expect(other.categoryId).toBe(w.category('乱堆物料').id)
  })

  it('turns a finding into a case in one step: the finding points at the case and earns its points once', async () => {
    const { w, input } = await world()
    const patrol = await w.service.recordPatrol(w.communityId, input, ctxAt())
    const finding = patrol.findings[0]
    const intake = await w.service.findingIntake(patrol.id, finding.id)
    const result = await w.service.findingToCase(patrol.id, finding.id, { ...intake, source: '来电' }, ctxAt(T0 + 60_000))
    expect(result.case).toMatchObject({ source: '小巷管家上报', status: '待签收', placeId: w.places[0].id, title: '安和里小区占道经营' })
    expect(result.finding).toMatchObject({ handling: '转为工单', caseId: result.case.id })
    expect((await w.service.patrols(w.communityId))[0].findings[0].caseId).toBe(result.case.id)
    expect((await w.service.ledger(w.zhang.id)).filter((e) => e.rule === '有效发现').map((e) => e.sourceItemId).sort()).toEqual([finding.id, patrol.findings[1].id].sort())
    await expect(w.service.findingToCase(patrol.id, finding.id, intake, ctxAt(T0 + 120_000))).rejects.toBeInstanceOf(RefusedError)
    // a finding already handled on the spot may still become a case, without earning twice
    const second = patrol.findings[1]
    await w.service.findingToCase(patrol.id, second.id, await w.service.findingIntake(patrol.id, second.id), ctxAt(T0 + 180_000))
    expect((await w.service.ledger(w.zhang.id)).filter((e) => e.rule === '有效发现')).toHaveLength(2)
  })

  it('leaves the finding, the patrol and the ledger untouched when the case intake is refused', async () => {
    const { db, w, input } = await world()
    const patrol = await w.service.recordPatrol(w.communityId, input, ctxAt())
    const before = await counts(db, ...TABLES)
    const intake = await w.service.findingIntake(patrol.id, patrol.findings[0].id)
    await expect(w.service.findingToCase(patrol.id, patrol.findings[0].id, { ...intake, title: '' }, ctxAt(T0 + 60_000))).rejects.toThrow('标题不能为空')
    await expect(w.service.findingToCase(patrol.id, patrol.findings[0].id, { ...intake, receivedAt: T0 + H }, ctxAt(T0 + 60_000))).rejects.toThrow('受理时间不能晚于现在')
    expect(await counts(db, ...TABLES)).toEqual(before)
    expect((await w.service.patrols(w.communityId))[0].findings[0].handling).toBe('待处理')
  })

  it('takes the new case back when the patrol cannot be updated after the intake', async () => {
    const { db, w, input } = await world()
    const patrol = await w.service.recordPatrol(w.communityId, input, ctxAt())
    const before = await counts(db, ...TABLES)
    const intake = await w.service.findingIntake(patrol.id, patrol.findings[0].id)
    const repo = repositoriesFor(db).patrol
    const update = repo.update
    repo.update = () => Promise.reject(new Error('磁盘已满'))
    try {
      await expect(w.service.findingToCase(patrol.id, patrol.findings[0].id, intake, ctxAt(T0 + 60_000))).rejects.toThrow('磁盘已满')
    } finally {
      repo.update = update
    }
    expect(await counts(db, ...TABLES)).toEqual(before)
  })
})
