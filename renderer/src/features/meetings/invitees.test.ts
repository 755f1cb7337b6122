import { describe, expect, it } from 'vitest'
import { draftOf, emptyDraft, invitationRows, inviteesOf } from './invitees'

const names: Record<string, string> = { P1: '王秀英', P2: '李建国' }
const units = [{ id: 'U1', name: '银杏里物业', kind: '物业' as const }, { id: 'U2', name: '城管执法队', kind: '职能部门' as const }]

describe('invitees', () => {
  it('turns picked people, typed names and units into invitees and back', () => {
    const draft = emptyDraft()
    draft.people.居民 = ['P1', '赵大爷']
    draft.people.党员 = ['P2']
    draft.unitIds = ['U1', 'U2']
    const list = inviteesOf(draft, (id) => names[id], units)
    expect(list).toEqual([
      { kind: '居民', name: '王秀英', refId: 'P1' },
      { kind: '居民', name: '赵大爷' },
      { kind: '党员', name: '李建国', refId: 'P2' },
      { kind: '物业', name: '银杏里物业', refId: 'U1' },
      { kind: '承办单位', name: '城管执法队', refId: 'U2' }
    ])
    expect(draftOf(list)).toEqual(draft)
  })
})

describe('invitationRows', () => {
  const invitees = [
    { kind: '物业' as const, name: '银杏里物业', refId: 'U1' },
    { kind: '居民' as const, name: '王秀英', refId: 'P1' },
    { kind: '居民' as const, name: '赵大爷' },
    { kind: '党员' as const, name: '李建国', refId: 'P2' }
  ]
  const phones = { person: (id: string) => ({ P1: '13812345678', P2: '010-65123456' })[id], unit: (id: string) => (id === 'U1' ? '01062345678' : undefined) }

  it('numbers the list in kind order and masks people and phones, as lists and prints must', () => {
    expect(invitationRows(invitees, phones)).toEqual([
      { no: 1, kind: '居民', name: '王**', phone: '138****5678' },
      { no: 2, kind: '居民', name: '赵**', phone: '' },
      { no: 3, kind: '党员', name: '李**', phone: '010-6512****' },
      { no: 4, kind: '物业', name: '银杏里物业', phone: '010-6234****' }
    ])
  })

  it('shows names and phones in full once unmasked', () => {
    expect(invitationRows(invitees, phones, { unmasked: true }).map((r) => [r.name, r.phone])).toEqual([
      ['王秀英', '13812345678'],
      ['赵大爷', ''],
      ['李建国', '010-65123456'],
      ['银杏里物业', '01062345678']
    ])
  })
})
