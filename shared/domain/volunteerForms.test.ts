import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors'
import { personPhone, validateChecklist, validatePartyEvaluation, validatePartyRegistration, validateTeam, validateVolunteer } from './volunteerForms'

const fields = (fn: () => unknown): string[] => {
  try {
    fn()
  } catch (err) {
    if (err instanceof ValidationError) return err.issues.map((i) => `${i.field}:${i.message}`)
    throw err
  }
  return []
}

describe('volunteer forms', () => {
  it('takes a new person with a normalised phone, dedupes places and defaults the status', () => {
    const v = validateVolunteer({ person: { name: ' 张秀英 ', phone: '138 1234 5678' }, placeIds: ['p1', 'p1', 'p2'], skills: ['调解', ' '], since: '2025-04-01' })
    expect(v).toEqual({ person: { name: '张秀英', phone: '13812345678' }, placeIds: ['p1', 'p2'], skills: ['调解'], since: '2025-04-01', status: '在岗' })
    expect(validateVolunteer({ personId: 'x', placeIds: [], skills: [], since: '2025-04-01', status: '暂停' })).toMatchObject({ personId: 'x', status: '暂停' })
  })

  it('names every wrong field: no person, a malformed phone, a bad day, an unknown status', () => {
    expect(fields(() => validateVolunteer({ person: { name: '' }, placeIds: [], skills: [], since: '2025-02-30', status: '休假' as never }))).toEqual([
      'person.name:请从居民名册中选择，或填写姓名',
      'since:请填写加入日期，格式如 2026-03-05',
      'status:状态须为 在岗、暂停、退出 之一'
    ])
    expect(fields(() => validateVolunteer({ person: { name: '王芳', phone: '1381234567' }, placeIds: [], skills: [], since: '2025-01-01' }))[0]).toBe('person.phone:手机号应为 11 位（如 13812345678），这里是 10 位')
  })

  it('refuses a hotline as a person\'s phone', () => {
    expect(personPhone('12345')).toEqual({ ok: false, message: '“12345”是服务热线号码，请填写本人的手机号或固定电话' })
    expect(personPhone('010-6512 3456')).toEqual({ ok: true, phone: '01065123456' })
  })

  it('checks teams, 双报到 registrations and evaluations', () => {
    expect(fields(() => validateTeam({ name: ' ', placeIds: [] }))).toEqual(['name:请填写管家团名称'])
    expect(validateTeam({ name: '东片管家团', placeIds: ['p1'], leaderPersonId: 'x' })).toEqual({ name: '东片管家团', placeIds: ['p1'], leaderPersonId: 'x' })
    expect(fields(() => validatePartyRegistration({ personId: 'x', employer: '', branch: '机关党支部', registeredAt: '2025-3-1', servicePosts: [] }))).toEqual([
      'employer:请填写工作单位',
      'registeredAt:请填写报到日期，格式如 2026-03-05'
    ])
    expect(validatePartyEvaluation({ year: 2025, grade: '优秀' }, 2026)).toEqual({ year: 2025, grade: '优秀' })
    expect(fields(() => validatePartyEvaluation({ year: 2027, grade: '良好' }, 2026))).toHaveLength(2)
  })

  it('keeps a checklist of distinct items and refuses an empty one', () => {
    expect(validateChecklist(['无占道经营', '无占道经营', ' 无积存垃圾 '])).toEqual(['无占道经营', '无积存垃圾'])
    expect(() => validateChecklist([])).toThrow('检查清单至少要有 1 项')
  })
})
