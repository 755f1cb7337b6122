import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaseRecord } from '@shared/domain/case'
import type { NewRecord } from '@shared/domain/record'
import type { CaseQuery } from '@shared/search'
import { createRepositories, type Repositories } from '../db/repositories'
import { DeskDB } from '../db/database'
import { T0, ctxAt, freshDb } from '../db/testing'
import { startCaseIndexInProcess, type CaseIndexClient } from './caseIndexClient'

const DAY = 86_400_000
let db: DeskDB
let repos: Repositories
let client: CaseIndexClient

const intake = (fields: Partial<CaseRecord> = {}): NewRecord<CaseRecord> => ({
  source: '12345派单',
  type: '投诉',
  title: '占道经营',
  content: '早市摊贩占道经营',
  confidential: false,
  receivedAt: T0,
  level: '7天',
  finishDeadline: T0 + 7 * DAY,
  status: '待签收',
  flags: [],
  assessment: { included: true },
  ...fields
})
const all = (fields: Partial<CaseQuery> = {}): CaseQuery => ({ sort: { field: 'receivedAt', dir: 'asc' }, offset: 0, limit: 100, now: T0 + DAY, ...fields })
const titles = async (fields: Partial<CaseQuery> = {}) => (await client.call('query', all(fields))).rows.map((r) => r.title)
const settle = (ms = 60) => new Promise((r) => setTimeout(r, ms))
const changed = () => new Promise<{ version: number }>((resolve) => { const off = client.on('changed', (p) => (off(), resolve(p))) })

beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  // two rows per read, so opening takes several chunks
  client = startCaseIndexInProcess((name) => new DeskDB(name), { chunk: 2 })
})
afterEach(async () => {
  client.close()
  await db.delete()
})

describe('case index service', () => {
  it('opens with the community’s live cases only, read in chunks', async () => {
    await repos.case.create('C1', intake({ title: '一号' }), ctxAt())
    await repos.case.create('C1', intake({ title: '二号' }), ctxAt())
    await repos.case.create('C2', intake({ title: '别的社区' }), ctxAt())
    const gone = await repos.case.create('C1', intake({ title: '已删除' }), ctxAt())
    await repos.case.remove(gone.id, ctxAt())
    const progress: number[] = []
    client.on('progress', ({ loaded }) => progress.push(loaded))
    expect(await client.call('open', { dbName: db.name, communityId: 'C1' })).toEqual({ size: 2 })
    expect(await titles()).toEqual(['一号', '二号'])
    expect(progress).toEqual([2, 2])
  })

  it('follows writes made elsewhere and says the pages are stale', async () => {
    const first = await repos.case.create('C1', intake({ title: '一号' }), ctxAt())
    await client.call('open', { dbName: db.name, communityId: 'C1' })
    await settle()

    const added = changed()
    await repos.case.create('C1', intake({ title: '新来电', receivedAt: T0 + 1000 }), ctxAt(T0 + 1000))
    await added
    expect(await titles()).toEqual(['一号', '新来电'])

    const signed = changed()
    await repos.case.update(first.id, { status: '办理中' }, ctxAt(T0 + 2000))
    await signed
    expect(await titles({ filters: { status: ['办理中'] } })).toEqual(['一号'])

    const removed = changed()
    await repos.case.remove(first.id, ctxAt(T0 + 3000))
    await removed
    expect(await titles()).toEqual(['新来电'])
  })

  it('a write stamped in the same millisecond as the newest row still arrives', async () => {
    await repos.case.create('C1', intake({ title: '一号' }), ctxAt(T0))
    await client.call('open', { dbName: db.name, communityId: 'C1' })
    await settle()
    const arrived = changed()
    await repos.case.create('C1', intake({ title: '同一毫秒' }), ctxAt(T0))
    await arrived
    expect(await titles()).toEqual(['一号', '同一毫秒'])
  })

  it('sync applies a write at once, even one stamped earlier than the last seen', async () => {
    await repos.case.create('C1', intake({ title: '一号' }), ctxAt(T0 + 5000))
    await client.call('open', { dbName: db.name, communityId: 'C1' })
    const early = await repos.case.create('C1', intake({ title: '时钟偏慢' }), ctxAt(T0 - 5000))
    await client.call('sync', [early.id])
    expect(await titles()).toEqual(['一号', '时钟偏慢'])
  })

  it('filters by a parent category once the tree is known, and follows tree changes', async () => {
    const top = await repos.category.create('C1', { name: '城乡建设', level: 1, order: 1 }, ctxAt())
    const leaf = await repos.category.create('C1', { name: '占道经营', level: 2, order: 1, parentId: top.id }, ctxAt())
    await repos.case.create('C1', intake({ categoryId: leaf.id }), ctxAt())
    await client.call('open', { dbName: db.name, communityId: 'C1' })
    expect(await titles({ filters: { categoryId: top.id } })).toEqual(['占道经营'])

    const other = await repos.category.create('C1', { name: '环境保护', level: 1, order: 2 }, ctxAt())
    const moved = changed()
    await repos.category.update(leaf.id, { parentId: other.id }, ctxAt(T0 + 1000))
    await moved
    expect(await titles({ filters: { categoryId: top.id } })).toEqual([])
    expect(await titles({ filters: { categoryId: other.id } })).toEqual(['占道经营'])
  })

  it('refuses queries before it is open, in Chinese', async () => {
    await expect(client.call('query', all())).rejects.toThrow('工单索引尚未载入')
  })
})
