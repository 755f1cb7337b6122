import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { hmacSha256Hex, sha256Hex, toHex, utf8 } from './sha256'

const fromHex = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16))

describe('sha256Hex — NIST FIPS 180-4 examples', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno' +
        'ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1'
    ]
  ])('sha256(%j)', (text, digest) => {
    expect(sha256Hex(utf8(text))).toBe(digest)
  })

  it('hashes one million "a"', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'
    )
  })

  it('agrees with WebCrypto on random input, across block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const expected = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))
        expect(sha256Hex(bytes)).toBe(expected)
      }),
      { numRuns: 200 }
    )
  })
})

describe('hmacSha256Hex — RFC 4231', () => {
  it('test case 1', () => {
    expect(hmacSha256Hex(new Uint8Array(20).fill(0x0b), utf8('Hi There'))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
    )
  })

  it('test case 2 (short key)', () => {
    expect(hmacSha256Hex(utf8('Jefe'), utf8('what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
    )
  })

  it('test case 6 (key longer than a block)', () => {
    expect(
      hmacSha256Hex(new Uint8Array(131).fill(0xaa), utf8('Test Using Larger Than Block-Size Key - Hash Key First'))
    ).toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54')
  })

  it('test case 4 (binary key and data)', () => {
    const key = fromHex('0102030405060708090a0b0c0d0e0f10111213141516171819')
    expect(hmacSha256Hex(key, new Uint8Array(50).fill(0xcd))).toBe(
      '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'
    )
  })
})
