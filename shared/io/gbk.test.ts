import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createGbkEncoder, encodeGbk, gbkTable } from './gbk'

const decode = (bytes: Uint8Array) => new TextDecoder('gbk').decode(bytes)

describe('encodeGbk', () => {
  it('writes Chinese the way a GBK decoder (Excel, WPS) reads it back', () => {
    const text = '工单编号,来电时间\r\nGD001,东城区安和街道银杏里社区 3号楼 “占道经营” ￥50 €'
    const { bytes, missing } = encodeGbk(text)
    expect(missing).toBe(0)
    expect(decode(bytes)).toBe(text)
    expect([...encodeGbk('你').bytes]).toEqual([0xc4, 0xe3])
  })

  it('turns characters GBK lacks into ? and counts them', () => {
    const { bytes, missing, examples } = encodeGbk('王𠀀明😀好 🙂')
    expect(decode(bytes)).toBe('王?明?好 ?')
    expect(missing).toBe(3)
    expect(examples).toEqual(['𠀀', '😀', '🙂'])
  })

  it('counts across chunks', () => {
    const encoder = createGbkEncoder()
    encoder.encode('甲😀')
    encoder.encode('乙😀丙')
    expect(encoder.missing).toBe(2)
    expect(encoder.examples).toEqual(['😀'])
  })

  it('round-trips every character its table holds', () => {
    const table = gbkTable()
    const chars: string[] = []
    for (let unit = 0x80; unit < 0x10000; unit++) if (table[unit]) chars.push(String.fromCharCode(unit))
    expect(chars.length).toBeGreaterThan(21_000)
    const text = chars.join('')
    expect(decode(encodeGbk(text).bytes)).toBe(text)
  })

  it('any text comes back unchanged apart from the characters it reports', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const { bytes, missing } = encodeGbk(text)
        const back = decode(bytes)
        const questions = (s: string) => [...s].filter((c) => c === '?').length
        expect(questions(back)).toBe(questions(text) + missing)
      }),
      { numRuns: 200 }
    )
  })
})
