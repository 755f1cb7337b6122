import { describe, expect, it } from 'vitest'
import {
  cellText,
  normalizeCategoryPath,
  parseCaseStatus,
  parseCaseType,
  parseSatisfaction,
  parseYesNo,
  readCell,
  UNREADABLE
} from './sheetCells'

describe('readCell', () => {
  it('passes scalars through and unwraps exceljs rich text, links and formula results', () => {
    expect(readCell('a')).toBe('a')
    expect(readCell(3)).toBe(3)
    expect(readCell(undefined)).toBeNull()
    expect(readCell(12n)).toBe('12')
    expect(readCell({ richText: [{ text: '东城' }, { text: '区' }, { font: {} }] })).toBe('东城区')
    expect(readCell({ text: '链接', hyperlink: 'http://x' })).toBe('链接')
    expect(readCell({ formula: 'A1+1', result: 5 })).toBe(5)
    expect(readCell({ formula: 'A1+1' })).toBeNull()
  })

  it('marks what is not a cell value', () => {
    for (const odd of [[1], { error: '#N/A' }, {}, () => 1, Symbol('x')]) expect(readCell(odd)).toBe(UNREADABLE)
  })
})

describe('cellText', () => {
  it('shows a sheet Date as the wall clock in its UTC fields', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 5, 14, 30)))).toBe('2026-03-05 14:30')
    expect(cellText(new Date(Number.NaN))).toBe('')
    expect(cellText('  x  ')).toBe('x')
    expect(cellText(Number.NaN)).toBe('')
  })
})

describe('coded values', () => {
  it.each([
    ['是', true], ['已联系', true], ['已解决', true], [1, true], [true, true], ['Y', true], ['√', true],
    ['否', false], ['未联系', false], ['未解决', false], [0, false], [false, false], ['０', false],
    ['也许', undefined], [2, undefined], [null, undefined]
  ])('parseYesNo(%j) → %j', (value, expected) => {
    expect(parseYesNo(value)).toBe(expected)
  })

  it.each([
    ['满意', '满意'], ['非常满意', '满意'], [' 基本满意 ', '基本满意'], ['比较满意', '基本满意'],
    ['不满意', '不满意'], ['很不满意', '不满意'], ['一般', undefined], ['', undefined]
  ])('parseSatisfaction(%j) → %j', (value, expected) => {
    expect(parseSatisfaction(value)).toBe(expected)
  })

  it.each([
    ['投诉', '投诉'], ['咨询类', '咨询'], ['举报件', '举报'], ['意见建议', '建议'], ['感谢', '表扬'],
    ['吐槽', undefined], ['类', undefined]
  ])('parseCaseType(%j) → %j', (value, expected) => {
    expect(parseCaseType(value)).toBe(expected)
  })

  it.each([
    ['已办结', '已办结'], ['办结', '已办结'], ['处理中', '办理中'], ['待接单', '待签收'], ['已回复', '已反馈'],
    ['已退单', '退单'], ['申请延期', '延期审核'], ['挂账', '挂账'], ['已作废', '已撤销'], ['其他', undefined]
  ])('parseCaseStatus(%j) → %j', (value, expected) => {
    expect(parseCaseStatus(value)).toBe(expected)
  })

  it.each([
    ['城乡建设/市容环卫/占道经营', '城乡建设/市容环卫/占道经营'],
    ['城乡建设-市容环卫-占道经营', '城乡建设/市容环卫/占道经营'],
    ['城乡建设 > 市容环卫 > 占道经营', '城乡建设/市容环卫/占道经营'],
    ['城乡建设＞市容环卫／占道经营', '城乡建设/市容环卫/占道经营'],
    ['/住房//物业管理/', '住房/物业管理'],
    [' - ', '']
  ])('normalizeCategoryPath(%j) → %j', (value, expected) => {
    expect(normalizeCategoryPath(value)).toBe(expected)
  })
})
