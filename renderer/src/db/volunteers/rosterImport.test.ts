import { describe, expect, it } from 'vitest'
import { RefusedError } from '@shared/domain/errors'
import { ROSTER_HEADERS } from '@shared/io/rosterSheet'
import { repositoriesFor } from '../repositories'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { volunteerWorld } from './fixture'

const header = [...ROSTER_HEADERS]

describe('roster import', () => {
  it('plans rows with issues naming row and column, and refuses to commit while any remain', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    const plan = await w.service.planRosterImport(w.communityId, [
      header,
      ['王芳', '13612345678', '东片管家团', '安和里小区、银杏胡同', '摄影', '2025-09-01', '在岗'],
      ['赵强', '1361234', '', '', '', '', ''],
      ['钱多多', '13612345678', '', '', '', '', ''],
      ['张秀英', '13812345678', '', '', '', '', '']
    ])
    expect(plan.issues.map((i) => [i.row, i.column])).toEqual([[3, '手机'], [4, '手机'], [5, '手机']])
    expect(plan.issues[1].message).toBe('第 4 行“手机”：与第 2 行的手机号重复，同一人只需一行')
    expect(plan.issues[2].message).toContain('“张秀英”已在小巷管家名册中')
    expect(plan.rows).toHaveLength(1)
    const before = await counts(db, 'volunteer', 'person', 'outbox')
    await expect(w.service.commitRosterImport(w.communityId, plan, ctxAt())).rejects.toBeInstanceOf(RefusedError)
    expect(await counts(db, 'volunteer', 'person', 'outbox')).toEqual(before)
  })

  it('commits a clean sheet at once, linking a resident already in the registry by phone', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    const resident = await repositoriesFor(db).person.create(w.communityId, { name: '孙丽', phone: '13712345678', tags: ['居民'] }, ctxAt())
    const plan = await w.service.planRosterImport(w.communityId, [
      header,
      ['王芳', '13612345678', '东片管家团', '安和里小区、银杏胡同', '摄影', '2025-09-01', '在岗'],
      ['孙丽', '137 1234 5678', '', '安和广场', '', '', '暂停']
    ])
    expect(plan.issues).toEqual([])
    const made = await w.service.commitRosterImport(w.communityId, plan, ctxAt(T0 + 1000))
    expect(made.map((v) => [v.status, v.placeIds.length, v.since])).toEqual([['在岗', 2, '2025-09-01'], ['暂停', 1, '2026-03-09']])
    expect(made[1].personId).toBe(resident.id)
    expect((await db.person.get(resident.id))!.tags).toEqual(['居民', '志愿者', '小巷管家'])
    expect((await w.service.volunteers(w.communityId)).map((v) => v.person.name)).toEqual(['李建国', '孙丽', '王芳', '张秀英'])
  })

  it('writes nothing when a row turns out bad at commit, and names its sheet row', async () => {
    const db = freshDb()
    const w = await volunteerWorld(db)
    const plan = await w.service.planRosterImport(w.communityId, [header, ['王芳', '13612345678', '', '安和里小区', '', '', ''], ['孙丽', '', '', '安和广场', '', '', '']])
    await repositoriesFor(db).place.remove(w.places[2].id, ctxAt())
    const before = await counts(db, 'volunteer', 'person', 'outbox')
    await expect(w.service.commitRosterImport(w.communityId, plan, ctxAt())).rejects.toThrow('第 3 行：有的点位不存在或已删除')
    expect(await counts(db, 'volunteer', 'person', 'outbox')).toEqual(before)
  })
})
