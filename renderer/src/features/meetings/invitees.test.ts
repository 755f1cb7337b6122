import { describe, expect, it } from 'vitest'
import { draftOf, emptyDraft, inviteesOf } from './invitees'

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
