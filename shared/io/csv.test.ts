import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeText, ImportFileError, neutraliseFormula, parseCsv, readCsv, toCsv } from './csv'

// GBK code points of the characters used below (GB 2312 table)
const GBK: Record<string, number[]> = {
  工: [0xb9, 0xa4], 单: [0xb5, 0xa5], 编: [0xb1, 0xe0], 号: [0xba, 0xc5],
  来: [0xc0, 0xb4], 电: [0xb5, 0xe7], 时: [0xca, 0xb1], 间: [0xbc, 0xe4]
}
const gbk = (text: string): Uint8Array =>
  Uint8Array.from(Array.from(text).flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]))
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('parseCsv', () => {
  it('reads quoted cells, escaped quotes, commas and line breaks inside quotes', () => {
    const text = '工单编号,主要内容\r\nA1,"楼道堆物，""很多"",\r\n影响通行"\r\nA2,噪音\n'
    expect(parseCsv(text)).toEqual([
      ['工单编号', '主要内容'],
      ['A1', '楼道堆物，"很多",\r\n影响通行'],
      ['A2', '噪音']
    ])
  })

  it('drops a BOM, accepts LF, CRLF and CR, and does not add a row for the final line break', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\r\ne,f\rg,h\r\n')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']])
    expect(parseCsv('a,b')).toEqual([['a', 'b']])
    expect(parseCsv('')).toEqual([])
  })

  it('keeps blank lines and empty cells so row numbers match the sheet', () => {
    expect(parseCsv('a,b\n\n,c,\n')).toEqual([['a', 'b'], [''], ['', 'c', '']])
    expect(parseCsv('""\n')).toEqual([['']])
  })

  it('keeps stray quotes literally instead of failing', () => {
    expect(parseCsv('5"门,"a"b\n')).toEqual([['5"门', 'ab']])
  })

  it('round-trips anything toCsv writes', () => {
    const cell = fc.string({ unit: 'grapheme' }).filter((s) => neutraliseFormula(s) === s)
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows)
      })
    )
  })
})

describe('toCsv', () => {
  it('writes UTF-8 with BOM, CRLF and RFC 4180 quoting', () => {
    expect(toCsv([['工单编号', '内容'], ['A1', '含,逗号'], ['A2', '含"引号"'], ['A3', '两\n行']])).toBe(
      '\uFEFF工单编号,内容\r\nA1,"含,逗号"\r\nA2,"含""引号"""\r\nA3,"两\n行"\r\n'
    )
  })

  it('writes numbers, booleans, dates in China time and empty cells', () => {
    const at = new Date(Date.UTC(2026, 2, 5, 6, 30))
    expect(toCsv([[12.5, -3, true, false, at, null, undefined, Number.NaN]])).toBe(
      '\uFEFF12.5,-3,是,否,2026-03-05 14:30,,,\r\n'
    )
  })

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+cmd|/c calc', "'+cmd|/c calc"],
    ['-2+3', "'-2+3"],
    ['\tx', "'\tx"],
    ['-12.5', '-12.5'],
    ['+86', '+86'],
    ['-', '-'],
    ['010-65123456', '010-65123456'],
    ['正常文本', '正常文本']
  ])('neutralises formula-looking text %j', (cell, written) => {
    expect(toCsv([[cell]])).toBe(`\uFEFF${written}\r\n`)
  })

  it('never throws on odd input', () => {
    const circular: Record<string, unknown> = {}
    circular.self = circular
    expect(toCsv([[circular, { a: 1 }, [1, 2], Symbol('s')]])).toBe('\uFEFF,"{""a"":1}","[1,2]",\r\n')
    expect(toCsv(null as unknown as unknown[][])).toBe('\uFEFF')
  })
})

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeText(utf8('\uFEFF工单编号,来电时间'))).toEqual({ text: '工单编号,来电时间', encoding: 'utf-8' })
    expect(decodeText(utf8('工单编号'))).toEqual({ text: '工单编号', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' })
  })

  it('falls back to GBK when the bytes are not UTF-8', () => {
    expect(Array.from(gbk('工单'))).toEqual([0xb9, 0xa4, 0xb5, 0xa5])
    expect(decodeText(gbk('工单编号,来电时间\r\nA1,2026'))).toEqual({
      text: '工单编号,来电时间\r\nA1,2026',
      encoding: 'gbk'
    })
  })

  it.each([
    [[0xff, 0x41, 0x81, 0x20], '既不是 UTF-8 也不是 GBK'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'xlsx'],
    [[0xd0, 0xcf, 0x11, 0xe0], '.xls'],
    [[0xff, 0xfe, 0x41, 0x00], 'UTF-16'],
    [[0xef, 0xbb, 0xbf, 0xb9, 0xa4], '损坏'],
    [[0x61, 0x00, 0x62], '二进制']
  ])('refuses %j with a message naming the problem', (bytes, message) => {
    expect(() => decodeText(Uint8Array.from(bytes))).toThrow(ImportFileError)
    expect(() => decodeText(Uint8Array.from(bytes))).toThrow(message)
  })
})

describe('readCsv', () => {
  it('decodes and parses a GBK export', () => {
    expect(readCsv(gbk('工单编号,来电时间\r\nA1,2026\r\n'))).toEqual({
      ok: true,
      encoding: 'gbk',
      rows: [['工单编号', '来电时间'], ['A1', '2026']]
    })
  })

  it('reads tab-separated text', () => {
    expect(readCsv(utf8('工单编号\t来电时间\nA1\t2026'))).toMatchObject({ rows: [['工单编号', '来电时间'], ['A1', '2026']] })
  })

  it('refuses an unclosed quote, naming the line, instead of swallowing the rest of the file', () => {
    const result = readCsv(utf8('a,b\nA1,"ok"\nA2,"broken\nA3,x\n'))
    expect(result).toEqual({ ok: false, message: expect.stringContaining('第 3 行有一个双引号没有闭合') })
  })

  it('refuses undecodable bytes with the decoder message', () => {
    expect(readCsv(Uint8Array.from([0xff, 0xff]))).toEqual({ ok: false, message: expect.stringContaining('GBK') })
  })
})
