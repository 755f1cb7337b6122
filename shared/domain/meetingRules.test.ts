import { describe, expect, it } from 'vitest'
import { RefusedError, ValidationError } from './errors'
import {
  addRatings,
  attendanceByRole,
  defaultQuorum,
  eligibleVoters,
  isOverdue,
  newAction,
  progressAction,
  screeningReason,
  signInAttendee,
  tallyVote,
  validateAgendaItem,
  validateMeeting,
  validateProposal,
  validateResolution
} from './meetingRules'
import type { Attendance, AttendeeRole } from './meetings'

const T = Date.UTC(2026, 2, 12, 11)
const people = (n: number, role: AttendeeRole = '居民'): Attendance[] => Array.from({ length: n }, (_, i) => ({ id: `${role}${i}`, name: `${role}${i}`, role, signedAt: T }))
const vote = { question: '是否同意在 3 号楼南侧增设非机动车棚', method: '举手' }
const issuesOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (err) {
    if (err instanceof ValidationError) return err.issues
    throw err
  }
  return []
}

describe('votes', () => {
  it('counts only signed-in attendees who are not 列席, and needs more than half of them by default', () => {
    const attendance = [...people(18), ...people(2, '党员'), ...people(3, '列席')]
    expect(eligibleVoters(attendance)).toBe(20)
    expect([defaultQuorum(20), defaultQuorum(21), defaultQuorum(1)]).toEqual([11, 11, 1])
    expect(tallyVote({ ...vote, yes: 12, no: 5, abstain: 1 }, attendance)).toEqual({ eligible: 20, quorum: 11, passed: true })
  })

  it('refuses counts above the eligible attendees, naming both numbers', () => {
    const attendance = [...people(20), ...people(4, '列席')]
    expect(() => tallyVote({ ...vote, yes: 20, no: 4, abstain: 1 }, attendance)).toThrow('赞成、反对、弃权合计 25 票，超过到会可表决人数 20 人，请核对票数')
    expect(tallyVote({ ...vote, yes: 20, no: 0, abstain: 0 }, attendance).passed).toBe(true)
  })

  it('fails a vote below the quorum or without a majority of the votes cast (abstentions count as cast)', () => {
    const attendance = people(20)
    expect(tallyVote({ ...vote, yes: 10, no: 0, abstain: 0 }, attendance).passed).toBe(false)
    expect(tallyVote({ ...vote, yes: 6, no: 3, abstain: 3 }, attendance).passed).toBe(false)
    expect(tallyVote({ ...vote, yes: 7, no: 3, abstain: 3 }, attendance).passed).toBe(true)
    expect(tallyVote({ ...vote, yes: 5, no: 0, abstain: 0, quorum: 5 }, attendance)).toEqual({ eligible: 20, quorum: 5, passed: true })
  })

  it('refuses negative or fractional counts per field, a quorum above the attendees, and a vote with nobody signed in', () => {
    expect(issuesOf(() => tallyVote({ ...vote, yes: -1, no: 1.5, abstain: 0 }, people(5))).map((i) => i.field)).toEqual(['yes', 'no'])
    expect(issuesOf(() => tallyVote({ ...vote, question: ' ', yes: 1, no: 0, abstain: 0 }, people(5)))[0]).toEqual({ field: 'question', message: '请填写表决事项' })
    expect(() => tallyVote({ ...vote, yes: 1, no: 0, abstain: 0, quorum: 6 }, people(5))).toThrow('法定票数 6 超过到会可表决人数 5 人')
    expect(() => tallyVote({ ...vote, yes: 0, no: 0, abstain: 0 }, people(2, '列席'))).toThrow(RefusedError)
  })
})

describe('meetings and agenda', () => {
  const meeting = { type: '小院议事厅', title: '3 号楼车棚议事会', at: T, invitees: [] }

  it('needs a time and a place or a location', () => {
    expect(validateMeeting({ ...meeting, location: '银杏里 3 号院' }).location).toBe('银杏里 3 号院')
    expect(validateMeeting({ ...meeting, placeId: 'p1' }).placeId).toBe('p1')
    expect(issuesOf(() => validateMeeting({ ...meeting, location: '  ' }))).toEqual([{ field: 'location', message: '请选择会议地点或填写地点' }])
    expect(issuesOf(() => validateMeeting({ ...meeting, at: undefined, location: 'x' })).map((i) => i.message)).toEqual(['请选择会议时间'])
  })

  it('needs a title per agenda item and a time box of 1–240 minutes', () => {
    expect(validateAgendaItem({ title: ' 车棚选址 ', minutes: 20 }, 0)).toEqual({ title: '车棚选址', minutes: 20 })
    expect(issuesOf(() => validateAgendaItem({ title: '', minutes: 20 }, 1))).toEqual([{ field: 'agenda.1.title', message: '第 2 项议程须填写议题名称' }])
    expect(issuesOf(() => validateAgendaItem({ title: 'x', minutes: 0 }, 0))[0].field).toBe('agenda.0.minutes')
    expect(issuesOf(() => validateAgendaItem({ title: 'x', minutes: 241 }, 0))[0].message).toContain('1–240 分钟')
    expect(validateAgendaItem({ title: 'x', minutes: 240 }, 0).minutes).toBe(240)
  })
})

describe('sign-in', () => {
  const first = signInAttendee([], { name: ' 王秀英 ', role: '居民', personId: 'p1', at: T }, 'a1')

  it('records people in and out of the registry and counts them by role', () => {
    const guest = signInAttendee([first], { name: '李建国', role: '物业', at: T }, 'a2')
    expect(first).toEqual({ id: 'a1', name: '王秀英', role: '居民', personId: 'p1', signedAt: T })
    expect(guest.personId).toBeUndefined()
    expect(attendanceByRole([first, guest])).toEqual([{ role: '居民', count: 1 }, { role: '物业', count: 1 }])
  })

  it('refuses the same person twice, by id or by name and role', () => {
    expect(() => signInAttendee([first], { name: '王秀英（母）', role: '党员', personId: 'p1', at: T }, 'a2')).toThrow('王秀英（居民）已签到，不能重复签到')
    expect(() => signInAttendee([first], { name: '王秀英', role: '居民', at: T }, 'a2')).toThrow('已签到')
    expect(signInAttendee([first], { name: '王秀英', role: '列席', at: T }, 'a2').role).toBe('列席')
    expect(() => signInAttendee([], { name: '', role: '居民', at: T }, 'a2')).toThrow('签到须填写姓名')
  })
})

describe('topics', () => {
  it('needs a proposer for a 微提案 and a reason for 不立项', () => {
    const p = validateProposal({ source: '微提案', title: '增设休闲座椅', content: '小广场缺少座椅', proposerName: '赵淑兰', coSignerIds: ['p2'], budget: 3000 })
    expect(p).toMatchObject({ source: '微提案', budget: 3000, caseIds: [] })
    expect(issuesOf(() => validateProposal({ source: '微提案', title: 'x', content: 'y' }))[0]).toEqual({ field: 'proposerName', message: '微提案须填写提案人' })
    expect(issuesOf(() => validateProposal({ source: '工单', title: 'x', content: 'y', budget: -5 }))[0].message).toBe('预算不能为负数')
    expect(screeningReason({ accept: true })).toBeUndefined()
    expect(() => screeningReason({ accept: false, reason: ' ' })).toThrow('不立项须写明理由')
  })
})

describe('follow-up actions', () => {
  const action = newAction({ text: '联系物业安装车棚', owner: '安和物业', due: T }, 'x1')

  it('needs an owner for each action of a resolution', () => {
    const issues = issuesOf(() => validateResolution({ text: '增设车棚', actions: [{ text: '选址', owner: '社区' }, { text: '施工', owner: ' ' }] }))
    expect(issues).toEqual([{ field: 'actions.1.owner', message: '责任人不能为空' }])
  })

  it('keeps progress 0–100 and makes 已完成 mean 100%', () => {
    expect(progressAction(action, { status: '进行中', progress: 40 }, T)).toMatchObject({ status: '进行中', progress: 40 })
    expect(progressAction(action, { status: '已完成' }, T)).toMatchObject({ status: '已完成', progress: 100, closedAt: T })
    expect(() => progressAction(action, { status: '已完成', progress: 80 }, T)).toThrow('状态为“已完成”时进度须为 100%')
    expect(issuesOf(() => progressAction(action, { progress: 101 }, T))[0].field).toBe('progress')
    const done = progressAction(action, { status: '已完成' }, T)
    expect(() => progressAction(done, { progress: 50 }, T)).toThrow('该事项已完成，不能再修改状态或进度')
  })

  it('is overdue past its due date until finished', () => {
    expect(isOverdue(action, T + 1)).toBe(true)
    expect(isOverdue(action, T)).toBe(false)
    expect(isOverdue({ ...action, status: '已终止' }, T + 1)).toBe(false)
    expect(isOverdue({ ...action, due: undefined }, T + 1)).toBe(false)
  })

  it('adds 民评 counts per level and refuses an empty or negative rating', () => {
    expect(addRatings({ 满意: 3 }, { 满意: 2, 不满意: 1 })).toEqual({ 满意: 5, 不满意: 1 })
    expect(() => addRatings(undefined, {})).toThrow('请至少录入一条居民评价')
    expect(() => addRatings(undefined, { 基本满意: -1 })).toThrow('“基本满意”人数须为不小于 0 的整数')
  })
})
