import { describe, expect, it } from 'vitest'
import { safeFileName } from './fileName'

describe('safeFileName', () => {
  it('replaces what file systems refuse and falls back when nothing is left', () => {
    expect(safeFileName('小院议事厅/停车: 3号楼?', '议事协商')).toBe('小院议事厅-停车- 3号楼-')
    expect(safeFileName('///', '议事协商')).toBe('-')
    expect(safeFileName('  ', '议事协商')).toBe('议事协商')
    expect(safeFileName('a\r\nb', 'x')).toBe('a-b')
  })
})
