/**
 * Storage of the case index: one typed array per column, one slot per case, ids and repeated
 * strings dictionary-encoded (code 0 = none) so 300,000 cases stay compact.
 */

/** Strings to small integer codes; code 0 stands for "no value". */
export class Dictionary {
  readonly values: (string | undefined)[] = [undefined]
  private readonly codes = new Map<string, number>()

  encode(value: string | undefined): number {
    if (value === undefined || value === '') return 0
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.values.length
      this.values.push(value)
      this.codes.set(value, code)
    }
    return code
  }

  /** the code of a value already seen, or -1 */
  find(value: string): number {
    return this.codes.get(value) ?? -1
  }

  decode(code: number): string | undefined {
    return this.values[code]
  }

  /** one byte per code: 1 for the codes of the given values */
  mask(values: Iterable<string>): Uint8Array {
    const mask = new Uint8Array(this.values.length)
    for (const v of values) {
      const code = this.find(v)
      if (code > 0) mask[code] = 1
    }
    return mask
  }
}

type NumberArray = Uint8Array | Uint32Array | Float64Array
type NumberArrayClass = Uint8ArrayConstructor | Uint32ArrayConstructor | Float64ArrayConstructor

const SPEC = {
  alive: Uint8Array,
  status: Uint8Array,
  level: Uint8Array,
  source: Uint8Array,
  type: Uint8Array,
  /** bit per CASE_FLAGS entry */
  flags: Uint8Array,
  /** bit 0 confidential, bit 1 paused, bit 2 has a callback result, bit 3 callbackDue set */
  bits: Uint8Array,
  category: Uint32Array,
  grid: Uint32Array,
  place: Uint32Array,
  handler: Uint32Array,
  unit: Uint32Array,
  receivedAt: Float64Array,
  repliedAt: Float64Array,
  closedAt: Float64Array,
  finishStart: Float64Array,
  finishDeadline: Float64Array
} satisfies Record<string, NumberArrayClass>

export type NumericColumn = keyof typeof SPEC
export type Columns = { [K in NumericColumn]: InstanceType<(typeof SPEC)[K]> }

export const BIT_CONFIDENTIAL = 1
export const BIT_PAUSED = 2
export const BIT_CALLBACK = 4
export const BIT_CALLBACK_DUE = 8

/** Typed columns that grow by doubling; missing times are NaN. */
export class ColumnStore {
  cols: Columns
  capacity: number

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity)
    this.cols = ColumnStore.allocate(this.capacity)
  }

  private static allocate(capacity: number): Columns {
    const out: Record<string, NumberArray> = {}
    for (const [name, Kind] of Object.entries(SPEC)) out[name] = new Kind(capacity)
    return out as Columns
  }

  ensure(slots: number): void {
    if (slots <= this.capacity) return
    let capacity = this.capacity
    while (capacity < slots) capacity *= 2
    const next = ColumnStore.allocate(capacity)
    for (const name of Object.keys(SPEC) as NumericColumn[]) (next[name] as NumberArray).set(this.cols[name] as NumberArray)
    this.cols = next
    this.capacity = capacity
  }
}
