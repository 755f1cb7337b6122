/** A small seeded PRNG (mulberry32): the same seed gives the same demo, run after run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Random {
  /** [0, 1) */
  next(): number
  /** integer in [min, max] */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  /** `n` distinct items in random order */
  sample<T>(items: readonly T[], n: number): T[]
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => next() < p,
    sample: (items, n) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy.slice(0, n)
    }
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function encodeTime(ms: number): string {
  let out = ''
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[ms % 32] + out
    ms = Math.floor(ms / 32)
  }
  return out
}

/**
 * ULID-shaped ids from a seed: the time part is `now`, the random part comes from the PRNG once
 * and then counts up, so ids sort in the order they were made.
 */
export function seededIds(seed: number, now: number): () => string {
  const random = createRandom(seed ^ 0x5eed)
  const digits = Array.from({ length: 16 }, () => random.int(0, 15))
  const time = encodeTime(now)
  return () => {
    for (let i = digits.length - 1; i >= 0; i--) {
      digits[i] = (digits[i] + 1) % 32
      if (digits[i] !== 0) break
    }
    return time + digits.map((d) => CROCKFORD[d]).join('')
  }
}
