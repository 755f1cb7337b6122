import { CASE_FLAGS, CASE_SOURCES, CASE_STATUSES, CASE_TYPES, RESPONSE_LEVELS } from '../domain/case'
import { BIT_CALLBACK, BIT_CALLBACK_DUE, BIT_CONFIDENTIAL, BIT_PAUSED, ColumnStore, Dictionary } from './columns'
import { callerInitials, searchText } from './text'
import type { CaseIndexRow, CaseListItem } from './types'

const codeOf = <T extends string>(values: readonly T[]) => {
  const codes = new Map<string, number>(values.map((v, i) => [v, i]))
  return (value: string): number => codes.get(value) ?? 0
}
export const statusCode = codeOf(CASE_STATUSES)
export const levelCode = codeOf(RESPONSE_LEVELS)
export const sourceCode = codeOf(CASE_SOURCES)
export const typeCode = codeOf(CASE_TYPES)

/** one bit per flag, in CASE_FLAGS order */
export function flagBits(flags: readonly string[]): number {
  let bits = 0
  CASE_FLAGS.forEach((flag, i) => {
    if (flags.includes(flag)) bits |= 1 << i
  })
  return bits
}

const time = (ms: number | undefined): number => (typeof ms === 'number' && Number.isFinite(ms) ? ms : NaN)
const finite = (ms: number): number | undefined => (Number.isNaN(ms) ? undefined : ms)

/** The rows of the index by slot: columns, dictionaries and the per-row strings. */
export class SlotStore {
  readonly columns = new ColumnStore()
  readonly ids: string[] = []
  readonly slotOf = new Map<string, number>()
  private readonly free: number[] = []
  /** one past the highest slot ever used */
  slotCount = 0

  readonly dict = {
    category: new Dictionary(),
    grid: new Dictionary(),
    place: new Dictionary(),
    handler: new Dictionary(),
    unit: new Dictionary()
  }
  readonly titles: string[] = []
  readonly orderNos: (string | undefined)[] = []
  readonly texts: string[] = []
  readonly initials: string[] = []

  get size(): number {
    return this.slotOf.size
  }

  /** a slot for a new id: a freed one first, so removals do not leave the arrays growing */
  allocate(id: string): number {
    const slot = this.free.pop() ?? this.slotCount++
    this.columns.ensure(this.slotCount)
    this.ids[slot] = id
    this.slotOf.set(id, slot)
    return slot
  }

  release(slot: number): void {
    this.slotOf.delete(this.ids[slot])
    this.columns.cols.alive[slot] = 0
    this.ids[slot] = ''
    this.titles[slot] = ''
    this.texts[slot] = ''
    this.initials[slot] = ''
    this.orderNos[slot] = undefined
    this.free.push(slot)
  }

  write(slot: number, row: CaseIndexRow): void {
    const c = this.columns.cols
    c.alive[slot] = 1
    c.status[slot] = statusCode(row.status)
    c.level[slot] = levelCode(row.level)
    c.source[slot] = sourceCode(row.source)
    c.type[slot] = typeCode(row.type)
    c.flags[slot] = flagBits(row.flags ?? [])
    c.bits[slot] =
      (row.confidential ? BIT_CONFIDENTIAL : 0) |
      (row.paused || row.status === '挂账' ? BIT_PAUSED : 0) |
      (row.callback !== undefined && row.callback !== null ? BIT_CALLBACK : 0) |
      (row.callbackDue !== undefined ? BIT_CALLBACK_DUE : 0)
    c.category[slot] = this.dict.category.encode(row.categoryId)
    c.grid[slot] = this.dict.grid.encode(row.gridId)
    c.place[slot] = this.dict.place.encode(row.placeId)
    c.handler[slot] = this.dict.handler.encode(row.handlerId)
    c.unit[slot] = this.dict.unit.encode(row.unitId)
    c.receivedAt[slot] = time(row.receivedAt)
    c.repliedAt[slot] = time(row.repliedAt)
    c.closedAt[slot] = time(row.closedAt)
    c.finishStart[slot] = time(row.finishStartedAt ?? row.receivedAt)
    c.finishDeadline[slot] = time(row.finishDeadline)
    this.titles[slot] = row.title
    this.orderNos[slot] = row.orderNo || undefined
    this.texts[slot] = searchText(row)
    this.initials[slot] = callerInitials(row)
  }

  /** the list row of a slot; the light is read by the caller */
  item(slot: number, light: CaseListItem['light']): CaseListItem {
    const c = this.columns.cols
    const flags = CASE_FLAGS.filter((_, i) => (c.flags[slot] & (1 << i)) !== 0)
    return {
      id: this.ids[slot],
      orderNo: this.orderNos[slot],
      title: this.titles[slot],
      status: CASE_STATUSES[c.status[slot]],
      level: RESPONSE_LEVELS[c.level[slot]],
      source: CASE_SOURCES[c.source[slot]],
      type: CASE_TYPES[c.type[slot]],
      flags,
      categoryId: this.dict.category.decode(c.category[slot]),
      gridId: this.dict.grid.decode(c.grid[slot]),
      placeId: this.dict.place.decode(c.place[slot]),
      handlerId: this.dict.handler.decode(c.handler[slot]),
      unitId: this.dict.unit.decode(c.unit[slot]),
      receivedAt: c.receivedAt[slot],
      finishDeadline: finite(c.finishDeadline[slot]),
      closedAt: finite(c.closedAt[slot]),
      confidential: (c.bits[slot] & BIT_CONFIDENTIAL) !== 0,
      light
    }
  }

  /** the live slots, in slot order */
  liveSlots(): Int32Array {
    const out = new Int32Array(this.size)
    const alive = this.columns.cols.alive
    let n = 0
    for (let s = 0; s < this.slotCount; s++) if (alive[s] === 1) out[n++] = s
    return out
  }
}
