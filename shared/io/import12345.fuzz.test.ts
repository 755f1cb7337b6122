import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CASE_STATUSES, CASE_TYPES, SATISFACTION } from '../domain/case'
import { mapWorkOrderSheet, type WorkOrderSheet, type WorkOrderSheetOptions } from './import12345'
import { WORK_ORDER_COLUMNS } from './workOrderColumns'

const FIELDS = WORK_ORDER_COLUMNS.map((c) => c.field)
const ALIASES = WORK_ORDER_COLUMNS.flatMap((c) => c.aliases)

const header = fc.oneof(
  fc.constantFrom(...ALIASES),
  fc.constantFrom(...ALIASES).map((a) => ` ${a}＊：`),
  fc.constantFrom('__proto__', 'constructor', 'toString', '', '   ', '*', '：'),
  fc.string(),
  fc.anything()
)

const cell = fc.oneof(
  fc.constantFrom('2026-03-05 14:30', '2026/13/40', '2026年3月5日 14:30', '46086.604166', '是', '否', '满意', '不满意'),
  fc.constantFrom('投诉', '咨询类', '吐槽', '=1+1', '+cmd', '-', '无', 'GD001', 'GD001', '2.6E+12', '138 1234 5678'),
  fc.constant('长'.repeat(6000)),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.anything({ maxDepth: 2 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.record({ richText: fc.array(fc.record({ text: fc.anything() })) }),
  fc.record({ formula: fc.string(), result: fc.anything({ maxDepth: 1 }) })
)

// Cells that usually pass, so rows reach the end of the mapping and become cases.
const PLAUSIBLE = {
  工单编号: fc.oneof(fc.stringMatching(/^GD\d{1,6}$/), cell),
  来电时间: fc.oneof(
    fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
    fc.double({ min: 36526, max: 47484, noNaN: true }),
    cell
  ),
  主要内容: fc.oneof(fc.string({ minLength: 1, unit: 'grapheme' }), cell)
}

const options: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      mapping: fc.dictionary(
        fc.oneof(fc.constantFrom(...ALIASES), fc.string()),
        fc.oneof(fc.constantFrom(...FIELDS, ''), fc.string())
      ),
      now: fc.oneof(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.double()),
      maxCellLength: fc.oneof(fc.integer({ min: -5, max: 10_000 }), fc.double())
    },
    { requiredKeys: [] }
  ),
  fc.anything({ maxDepth: 1 })
)

// Requires the required columns often enough that data rows are actually exercised.
const sheet = fc
  .tuple(fc.array(header, { maxLength: 22 }), fc.shuffledSubarray(['工单编号', '来电时间', '主要内容']))
  .chain(([extra, required]) => {
    const headers = [...required, ...extra]
    const plausible = fc
      .tuple(
        fc.tuple(...required.map((h) => PLAUSIBLE[h as keyof typeof PLAUSIBLE])),
        fc.array(cell, { maxLength: extra.length + 2 })
      )
      .map(([first, rest]) => [...first, ...rest])
    const row = fc.oneof(
      { weight: 4, arbitrary: plausible },
      { weight: 4, arbitrary: fc.array(cell, { maxLength: headers.length + 2 }) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) }
    )
    return fc.tuple(fc.constant(headers as unknown[]), fc.array(row, { maxLength: 25 }))
  })
  .map(([headers, rows]) => [headers, ...rows] as unknown[][])

function checkInvariants(result: WorkOrderSheet, rows: unknown, opts: unknown): void {
  const rowCount = Array.isArray(rows) ? Math.max(rows.length, 1) : 1
  for (const r of result.rejected) {
    expect(Number.isInteger(r.row) && r.row >= 1 && r.row <= rowCount).toBe(true)
    expect(typeof r.reason).toBe('string')
    expect(r.reason.length).toBeGreaterThan(0)
  }
  const now = (opts as WorkOrderSheetOptions | undefined)?.now
  const seen = new Set<string>()
  const rejectedRows = new Set(result.rejected.map((r) => r.row))
  for (const c of result.cases) {
    expect(Number.isInteger(c.sourceRow) && c.sourceRow >= 2 && c.sourceRow <= rowCount).toBe(true)
    expect(rejectedRows.has(c.sourceRow)).toBe(false)
    expect(typeof c.orderNo === 'string' && c.orderNo.length > 0 && !seen.has(c.orderNo)).toBe(true)
    seen.add(c.orderNo)
    expect(Number.isFinite(c.receivedAt)).toBe(true)
    if (typeof now === 'number' && Number.isFinite(now)) expect(c.receivedAt).toBeLessThanOrEqual(now)
    expect(typeof c.content === 'string' && c.content.length > 0).toBe(true)
    if (c.type !== undefined) expect(CASE_TYPES).toContain(c.type)
    if (c.status !== undefined) expect(CASE_STATUSES).toContain(c.status)
    if (c.closedAt !== undefined) expect(c.closedAt).toBeGreaterThanOrEqual(c.receivedAt)
    if (c.callback?.satisfaction !== undefined) expect(SATISFACTION).toContain(c.callback.satisfaction)
  }
  for (const field of Object.values(result.mapping)) expect(['', ...FIELDS]).toContain(field)
}

describe('mapWorkOrderSheet never throws', () => {
  it('on sheets with random headers, cells and options', () => {
    fc.assert(
      fc.property(sheet, options, (rows, opts) => {
        const result = mapWorkOrderSheet(rows, opts as WorkOrderSheetOptions)
        checkInvariants(result, rows, opts)
      }),
      { numRuns: 300 }
    )
  })

  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), options, (rows, opts) => {
        const result = mapWorkOrderSheet(rows as unknown[][], opts as WorkOrderSheetOptions)
        checkInvariants(result, rows, opts)
        if (!Array.isArray(rows)) expect(result.cases).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('on a sheet of valid-looking rows: every non-empty row becomes a case or a rejection', () => {
    const goodRow = fc.tuple(
      fc.stringMatching(/^GD\d{1,4}$/),
      fc.date({ min: new Date(2020, 0, 1), max: new Date(2026, 0, 1), noInvalidDate: true }),
      fc.string({ minLength: 1 })
    )
    fc.assert(
      fc.property(fc.array(goodRow, { maxLength: 40 }), (data) => {
        const rows = [['工单编号', '来电时间', '主要内容'], ...data]
        const result = mapWorkOrderSheet(rows)
        const accounted = new Set([...result.cases.map((c) => c.sourceRow), ...result.rejected.map((r) => r.row)])
        data.forEach(([, , content], i) => {
          if (content.trim() !== '') expect(accounted.has(i + 2)).toBe(true)
        })
        checkInvariants(result, rows, undefined)
      })
    )
  })
})
