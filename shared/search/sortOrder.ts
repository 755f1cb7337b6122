/**
 * A permutation of the live slots kept in one sort order, so a query walks it and filters
 * instead of sorting its matches. Ties fall back to the slot, which makes the order total and
 * lets a single slot be found, taken out and put back by binary search.
 */
export type SlotCompare = (a: number, b: number) => number

export class SortOrder {
  private order: Int32Array
  length = 0

  constructor(
    readonly compare: SlotCompare,
    slots: Int32Array
  ) {
    this.order = new Int32Array(Math.max(16, slots.length * 2))
    this.order.set(slots)
    this.length = slots.length
    this.order.subarray(0, this.length).sort(compare)
  }

  /** the slots in order; valid until the next insert or delete */
  view(): Int32Array {
    return this.order.subarray(0, this.length)
  }

  /** the first position whose slot sorts after `slot` */
  private upperBound(slot: number): number {
    let lo = 0
    let hi = this.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.compare(this.order[mid], slot) <= 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  insert(slot: number): void {
    if (this.length === this.order.length) {
      const grown = new Int32Array(this.order.length * 2)
      grown.set(this.order)
      this.order = grown
    }
    const at = this.upperBound(slot)
    this.order.copyWithin(at + 1, at, this.length)
    this.order[at] = slot
    this.length++
  }

  /** call while the slot's columns still hold the values it was sorted by; false when not found */
  delete(slot: number): boolean {
    const at = this.upperBound(slot) - 1
    if (at < 0 || this.order[at] !== slot) return false
    this.order.copyWithin(at, at + 1, this.length)
    this.length--
    return true
  }
}
