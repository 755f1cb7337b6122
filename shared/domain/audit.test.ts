import { describe, expect, it } from 'vitest'
import type { AuditEntry } from './system'
import { GENESIS_HASH, auditHash, canonicalJson, chainEntry, verifyChain } from './audit'

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  for (let i = 0; i < n; i++) {
    const entry = chainEntry({ id: `E${i}`, communityId: 'C1', at: 1000 + i, actor: 'U1', action: 'unmask', target: `case:${i}`, reason: '回访' }, out[i - 1])
    out.push({ ...entry, seq: i + 1 })
  }
  return out
}

describe('audit hash chain', () => {
  it('writes canonical JSON with sorted keys and no undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: undefined }, e: null })).toBe('{"a":{"d":[1,"x"]},"b":1,"e":null}')
  })

  it('starts from 64 zeros and links each entry to the hash before it', () => {
    const entries = chain(3)
    expect(entries[0].prevHash).toBe(GENESIS_HASH)
    expect(entries[2].prevHash).toBe(entries[1].hash)
    expect(entries[1].hash).toBe(auditHash(entries[1]))
    expect(verifyChain(entries)).toEqual({ ok: true, count: 3 })
  })

  it.each(['actor', 'action', 'target', 'reason', 'at'] as const)('names the entry whose %s was changed', (field) => {
    const entries = chain(4)
    entries[2] = { ...entries[2], [field]: field === 'at' ? 1 : '改过' }
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenSeq: 3, reason: 'changed' })
  })

  it('names the entry after one rewritten with a fresh hash, and after a removed one', () => {
    const rewritten = chain(4)
    const forged = { ...rewritten[1], reason: '改过' }
    rewritten[1] = { ...forged, hash: auditHash(forged) }
    expect(verifyChain(rewritten)).toMatchObject({ ok: false, brokenSeq: 3, reason: 'unlinked' })
    const removed = chain(4).filter((e) => e.seq !== 2)
    expect(verifyChain(removed)).toMatchObject({ ok: false, brokenSeq: 3, reason: 'unlinked' })
  })
})
