import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { SATISFACTION } from '@shared/domain/case'
import { mapWorkOrderSheet, WORK_ORDER_COLUMNS } from '@shared/io/import12345'
import type { DeskDB } from '../database'
import { T0, counts, ctxAt, freshDb } from '../testing'
import { caseWorld, type CaseWorld } from '../cases/fixture'
import { commitImport, planImport } from './index'

// Whatever a sheet holds, an import either lands every row it accepted or fails in Chinese with nothing written.
let db: DeskDB
let w: CaseWorld
beforeEach(async () => {
  db = freshDb()
  w = await caseWorld(db)
})
afterEach(() => db.delete())

const REQUIRED = ['工单编号', '来电时间', '主要内容']
const KNOWN = WORK_ORDER_COLUMNS.map((c) => c.label as string)
const JUNK_HEADERS = ['序号', '备注', '', '编号', '=A1', '工单编号（新）', '来电时间 ']
const ORDER_NOS = Array.from({ length: 16 }, (_, i) => `GD${String(i + 1).padStart(4, '0')}`)
const long = fc.integer({ min: 1, max: 10_000 }).map((n) => '长'.repeat(n))

/** cells any column may hold */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('', null, undefined, '2026/13/40', '2026/13/40 25:61', '=1+1', '+cmd', '-', '是', '满意'),
  fc.record({ formula: fc.constant('1+1'), result: fc.constantFrom(2, '2', undefined) }),
  fc.integer({ min: -5, max: 99_999 }),
  fc.double({ min: 36_526, max: 47_484, noNaN: true }),
  long,
  fc.string({ maxLength: 8 })
)

const dateText = fc.integer({ min: 1, max: 8 }).map((d) => `2026-03-0${d} 0${d}:15`)
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  工单编号: fc.constantFrom(...ORDER_NOS),
  来电时间: fc.oneof(dateText, fc.double({ min: 46_000, max: 46_089, noNaN: true }), fc.date({ min: new Date(2025, 0, 1), max: new Date(2026, 2, 8), noInvalidDate: true })),
  主要内容: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('东门外占道摆摊，早高峰堵路', '楼道堆物', '路灯不亮') }, { weight: 1, arbitrary: long }),
  问题分类: fc.constantFrom('城乡建设/市容环卫/占道经营', '城乡建设/新分类/新小类', '城乡建设', 'a/b/c/d/e', '/'),
  工单状态: fc.constantFrom('已办结', '办理中', '已签收', '已反馈', '退回', '乱写'),
  签收时间: dateText,
  首次联系时间: dateText,
  反馈时间: dateText,
  办结时间: dateText,
  来电人电话: fc.constantFrom('13800001111', '138****1234', '010-6512 3456'),
  是否联系: fc.constantFrom('是', '否', ''),
  是否解决: fc.constantFrom('是', '否', ''),
  是否满意: fc.constantFrom(...SATISFACTION, '')
}
const cellFor = (header: string) => fc.oneof({ weight: 6, arbitrary: PLAUSIBLE[header] ?? fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: junk })

const headers = fc
  .tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(REQUIRED) }, { weight: 1, arbitrary: fc.subarray(REQUIRED) }), fc.shuffledSubarray([...KNOWN, ...JUNK_HEADERS], { maxLength: 10 }))
  .map(([must, more]) => [...new Set([...must, ...more])])

const sheetRows = headers.chain((header) =>
  fc.tuple(fc.boolean(), fc.array(fc.tuple(...header.map(cellFor)), { maxLength: 10 })).map(([titled, rows]) => [...(titled ? [['12345工单明细']] : []), header, ...rows] as unknown[][])
)

/** Makes the `nth` outbox write of the commit fail, as a full disk would; every write of an import logs to the outbox. */
function failOutboxWrite(nth: number): void {
  let calls = 0
  for (const method of ['add', 'bulkAdd'] as const) {
    const original = db.outbox[method].bind(db.outbox) as (...args: unknown[]) => unknown
    vi.spyOn(db.outbox, method).mockImplementation(((...args: unknown[]) => {
      if (calls++ === nth) throw new Error('磁盘已满，写入失败')
      return original(...args)
    }) as never)
  }
}

const TABLES = () => db.tables.map((t) => t.name)
const CHINESE = /[\u4e00-\u9fff]/

describe('12345 import of any sheet', () => {
  it('commits every accepted row, or refuses in Chinese with every table unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(sheetRows, fc.option(fc.nat(6), { nil: undefined }), async (rows, fault) => {
        const before = await counts(db, ...TABLES())
        const sheet = mapWorkOrderSheet(rows, { now: T0 })
        if (fault !== undefined) failOutboxWrite(fault)
        const outcome = await planImport(db, w.communityId, sheet, T0)
          .then(async (plan) => ({ plan, result: await commitImport(db, w.communityId, sheet, ctxAt(T0)) }))
          .catch((error: Error) => error)
        vi.restoreAllMocks()
        if (outcome instanceof Error) {
          expect(outcome.message).toMatch(CHINESE)
          expect(await counts(db, ...TABLES())).toEqual(before)
          return
        }
        const { plan, result } = outcome
        expect(result.created.length + result.updated.length + result.unchanged).toBe(plan.rows.length)
        const accepted = plan.rows.map((r) => r.imported.orderNo)
        const found = await db.case.where('orderNo').anyOf(accepted).toArray()
        expect(new Set(found.map((c) => c.orderNo))).toEqual(new Set(accepted))
      }),
      { numRuns: 25 }
    )
  })
})
