import { describe, expect, it } from 'vitest'
import { RefusedError } from './errors'
import type { Meeting, Resolution, Vote } from './meetings'
import { addAddendum, advanceMinutes, amendMinutes, assertMinutesEditable, decideAmendment, minutesEditable, nextMinutesStatus, type MinutesParts } from './minutesRules'

const T = Date.UTC(2026, 2, 12, 11)
type Minutes = Pick<Meeting, 'minutesStatus' | 'agenda' | 'amendments' | 'minutesVersions' | 'addenda'>

const draft: Minutes = {
  minutesStatus: '草稿',
  agenda: [{ id: 'i1', title: '车棚选址', minutes: 20, caseIds: [], points: '多数居民支持南侧', outcome: '同意增设' }],
  amendments: [],
  minutesVersions: [],
  addenda: []
}
const parts: MinutesParts = {
  votes: [{ id: 'v1', agendaItemId: 'i1', question: '同意增设车棚', method: '举手', yes: 15, no: 2, abstain: 1, eligible: 20, quorum: 11, passed: true } as Vote],
  resolutions: [{ id: 'r1', agendaItemId: 'i1', text: '在 3 号楼南侧增设车棚' } as Resolution]
}
const step = (n: number) => ({ at: T + n, actor: 'recorder' })

/** Applies one step to the minutes, as the service saves it. */
function advance(m: Minutes, to: Meeting['minutesStatus'], n: number): Minutes {
  return { ...m, ...advanceMinutes(m, to, parts, step(n)) }
}

describe('minutes lifecycle', () => {
  it('goes 草稿 → 征求意见 → 通过 → 公示 one step at a time, each step a readable version', () => {
    const out = advance(draft, '征求意见', 1)
    const passed = advance(out, '通过', 2)
    const published = { ...passed, ...advanceMinutes(passed, '公示', parts, step(3)) }
    expect(published.minutesStatus).toBe('公示')
    expect(advanceMinutes(passed, '公示', parts, step(3)).publishedAt).toBe(T + 3)
    expect(published.minutesVersions.map((v) => [v.version, v.status, v.at])).toEqual([
      [1, '征求意见', T + 1],
      [2, '通过', T + 2],
      [3, '公示', T + 3]
    ])
    expect(published.minutesVersions[2]).toMatchObject({
      items: [{ id: 'i1', title: '车棚选址', points: '多数居民支持南侧', outcome: '同意增设' }],
      votes: [{ id: 'v1', yes: 15, passed: true }],
      resolutions: [{ id: 'r1', text: '在 3 号楼南侧增设车棚' }]
    })
  })

  it('refuses a skipped or backward step, and any step after 公示', () => {
    expect(() => advanceMinutes(draft, '公示', parts, step(1))).toThrow('纪要当前为“草稿”，下一步只能是“征求意见”，不能直接改为“公示”')
    const out = advance(draft, '征求意见', 1)
    expect(() => advanceMinutes(out, '草稿', parts, step(2))).toThrow(RefusedError)
    const published = advance(advance(out, '通过', 2), '公示', 3)
    expect(() => advanceMinutes(published, '公示', parts, step(4))).toThrow('纪要已公示，流程已走完')
    expect(nextMinutesStatus('公示')).toBeUndefined()
  })

  it('allows edits only in 草稿 and 征求意见', () => {
    expect(['草稿', '征求意见', '通过', '公示'].map((s) => minutesEditable(s as Meeting['minutesStatus']))).toEqual([true, true, false, false])
    expect(() => assertMinutesEditable('征求意见')).not.toThrow()
    expect(() => assertMinutesEditable('公示', '议定结果')).toThrow('纪要已公示并锁定，不能直接修改议定结果；如需更正，请添加补充说明')
    expect(() => assertMinutesEditable('通过')).toThrow(RefusedError)
  })

  it('needs an agenda before going out for comment', () => {
    expect(() => advanceMinutes({ ...draft, agenda: [] }, '征求意见', parts, step(1))).toThrow('纪要还没有任何议程')
  })
})

describe('amendments', () => {
  it('are taken only during 征求意见, with their author, and must be decided before 通过', () => {
    expect(() => amendMinutes(draft, { author: '王秀英', text: '补充：车棚需加装充电桩' }, T, 'a1')).toThrow('只有在“征求意见”阶段才能提出修改意见')
    const out = advance(draft, '征求意见', 1)
    const amendment = amendMinutes(out, { author: ' 王秀英 ', agendaItemId: 'i1', text: '补充：车棚需加装充电桩' }, T + 2, 'a1')
    expect(amendment).toEqual({ id: 'a1', at: T + 2, author: '王秀英', agendaItemId: 'i1', text: '补充：车棚需加装充电桩' })
    expect(() => amendMinutes(out, { author: '', text: 'x' }, T, 'a2')).toThrow('请填写提出意见的参会人')
    const amended = { ...out, amendments: [amendment] }
    expect(() => advanceMinutes(amended, '通过', parts, step(3))).toThrow('还有 1 条修改意见未处理')
    const decided = { ...amended, amendments: decideAmendment(amended, 'a1', true) }
    expect(decided.amendments[0].accepted).toBe(true)
    expect(advance(decided, '通过', 3).minutesStatus).toBe('通过')
    expect(() => decideAmendment(advance(decided, '通过', 3), 'a1', false)).toThrow(RefusedError)
  })
})

describe('addenda', () => {
  const published = advance(advance(advance(draft, '征求意见', 1), '通过', 2), '公示', 3)

  it('are numbered 1, 2, 3 after 公示, each kept as a version of its own', () => {
    const first = { ...published, ...addAddendum(published, '更正：车棚位于 3 号楼南侧而非北侧', parts, step(4)) }
    const second = { ...first, ...addAddendum(first, '补充：施工期间临时停放点为小广场', parts, step(5)) }
    expect(second.addenda.map((a) => [a.no, a.text])).toEqual([
      [1, '更正：车棚位于 3 号楼南侧而非北侧'],
      [2, '补充：施工期间临时停放点为小广场']
    ])
    expect(second.minutesVersions.map((v) => [v.version, v.status, v.addendumNo])).toEqual([
      [1, '征求意见', undefined],
      [2, '通过', undefined],
      [3, '公示', undefined],
      [4, '公示', 1],
      [5, '公示', 2]
    ])
    expect(second.minutesStatus).toBe('公示')
  })

  it('are refused before 公示 and without text', () => {
    expect(() => addAddendum(draft, '更正', parts, step(1))).toThrow('纪要公示后才能添加补充说明')
    expect(() => addAddendum(published, '  ', parts, step(4))).toThrow('请填写补充说明')
  })
})
