import { describe, expect, it } from 'vitest'
import { ValidationError, validate } from './errors'
import { categorySchema, communitySchema, gridSchema, personSchema, placeSchema, unitSchema, userSchema } from './orgSchemas'

const community = { name: '东四社区', township: '东四街道', district: '东城区', population: 12000 }

function issuesOf(run: () => unknown): { field: string; message: string }[] {
  try {
    run()
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError)
    return (err as ValidationError).issues
  }
  throw new Error('expected a ValidationError')
}

describe('communitySchema', () => {
  it('accepts a complete community and defaults to community mode', () => {
    expect(validate(communitySchema, community)).toEqual({ ...community, mode: 'community' })
  })

  it('trims names and reads numbers typed as text', () => {
    const parsed = validate(communitySchema, { ...community, name: '  东四社区 ', population: ' 12000 ', households: '' })
    expect(parsed.name).toBe('东四社区')
    expect(parsed.population).toBe(12000)
    expect(parsed.households).toBeUndefined()
  })

  it('says which names are missing', () => {
    const issues = issuesOf(() => validate(communitySchema, { ...community, name: '   ', township: undefined }))
    expect(issues).toContainEqual({ field: 'name', message: '社区名称不能为空' })
    expect(issues).toContainEqual({ field: 'township', message: '所属街道（乡镇）不能为空' })
  })

  it.each([['一万'], [-1], [12.5], [Number.NaN], [null]])('refuses population %s with an example', (population) => {
    expect(issuesOf(() => validate(communitySchema, { ...community, population }))).toEqual([
      { field: 'population', message: '常住人口须为不小于 0 的整数，例如 12000' }
    ])
  })

  it('puts several problems in one Chinese message', () => {
    try {
      validate(communitySchema, { ...community, name: '', population: -5 })
    } catch (err) {
      expect((err as Error).message).toBe('有 2 处需要修改：社区名称不能为空；常住人口须为不小于 0 的整数，例如 12000')
    }
    expect.assertions(1)
  })
})

describe('gridSchema', () => {
  it('accepts a grid and fills the optional lists', () => {
    expect(validate(gridSchema, { code: 'WG-01', name: '第一网格' })).toEqual({ code: 'WG-01', name: '第一网格', gridWorkers: [] })
  })

  it.each(['WG 01', '网格1', 'WG_01'])('refuses the code %s', (code) => {
    expect(issuesOf(() => validate(gridSchema, { code, name: '第一网格' }))).toEqual([
      { field: 'code', message: '网格编号只能包含字母、数字和短横线' }
    ])
  })

  it('refuses an empty code and an empty grid worker name', () => {
    const issues = issuesOf(() => validate(gridSchema, { code: '', name: '第一网格', gridWorkers: ['王芳', ' '] }))
    expect(issues).toContainEqual({ field: 'code', message: '网格编号不能为空' })
    expect(issues).toContainEqual({ field: 'gridWorkers.1', message: '网格员姓名不能为空' })
  })
})

describe('placeSchema, unitSchema, personSchema', () => {
  it('needs a place kind from the list and a grid', () => {
    const issues = issuesOf(() => validate(placeSchema, { kind: '胡同', name: '史家胡同', gridId: '' }))
    expect(issues).toEqual([
      { field: 'kind', message: '点位类型须为 街巷、小区、楼院、公共空间 之一' },
      { field: 'gridId', message: '请选择点位所属的网格' }
    ])
  })

  it('accepts service numbers for units but not for people', () => {
    expect(validate(unitSchema, { kind: '公共服务企业', name: '自来水集团', phone: '96116' }).phone).toBe('96116')
    expect(issuesOf(() => validate(personSchema, { name: '张伟', phone: '96116' }))[0].field).toBe('phone')
  })

  it('accepts mobile and landline numbers and drops spaces', () => {
    expect(validate(personSchema, { name: '张伟', phone: '138 1234 5678' }).phone).toBe('13812345678')
    expect(validate(personSchema, { name: '张伟', phone: '010-64012345' }).phone).toBe('010-64012345')
    expect(validate(personSchema, { name: '张伟', phone: '' }).phone).toBeUndefined()
  })

  it('refuses a malformed mobile number', () => {
    expect(issuesOf(() => validate(personSchema, { name: '张伟', phone: '1231234567' }))).toEqual([
      { field: 'phone', message: '手机号格式不对，请填写 11 位手机号（如 13812345678）或座机号（如 010-64012345）' }
    ])
  })
})

describe('categorySchema and userSchema', () => {
  it('accepts levels 1 to 3 only', () => {
    expect(validate(categorySchema, { name: '供暖', level: 1 }).order).toBe(0)
    expect(issuesOf(() => validate(categorySchema, { name: '室温不达标', level: 4 }))).toEqual([
      { field: 'level', message: '分类级别须为 1 到 3 的整数' }
    ])
  })

  it('refuses an empty category name and a bad code', () => {
    const issues = issuesOf(() => validate(categorySchema, { name: '', level: 1, code: '01 02' }))
    expect(issues.map((i) => i.field)).toEqual(['name', 'code'])
  })

  it('needs a role and a plain login name', () => {
    const issues = issuesOf(() => validate(userSchema, { name: '李娜', username: '李娜', roles: [] }))
    expect(issues).toEqual([
      { field: 'username', message: '登录名只能包含字母、数字、下划线、点和短横线，长度 2 到 32 位' },
      { field: 'roles', message: '请至少选择一个角色' }
    ])
    expect(validate(userSchema, { name: '李娜', username: 'lina', roles: ['clerk'] }).disabled).toBe(false)
  })
})
