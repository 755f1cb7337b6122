import { describe, expect, it } from 'vitest'
import { upgradeTables, type BackupUpgrade } from './migrate'

const ladder: BackupUpgrade[] = [
  { version: 3, upgrade: (t) => ({ ...t, case: t.case.map((r) => ({ ...(r as object), v3: true })) }) },
  { version: 2, upgrade: (t) => ({ ...t, case: t.case.map((r) => ({ ...(r as object), v2: true })) }) }
]

describe('upgradeTables', () => {
  it('applies each step above the file version up to the app version, in order', () => {
    const out = upgradeTables({ case: [{ id: 'a' }] }, 1, 3, ladder)
    expect(out.case).toEqual([{ id: 'a', v2: true, v3: true }])
    expect(upgradeTables({ case: [{ id: 'a' }] }, 2, 3, ladder).case).toEqual([{ id: 'a', v3: true }])
    expect(upgradeTables({ case: [{ id: 'a' }] }, 3, 3, ladder).case).toEqual([{ id: 'a' }])
  })
})
