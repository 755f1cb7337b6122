import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, reactive } from 'vue'
import { ValidationError } from '@shared/domain/errors'
import { useFormErrors } from './useFormErrors'

describe('useFormErrors', () => {
  it('puts each issue on its field, aliased, and forgets it once the field is edited', async () => {
    const scope = effectScope()
    const form = reactive({ name: '', population: 'abc' })
    const f = scope.run(() => {
      const errors = useFormErrors()
      errors.forgetOnEdit(form)
      return errors
    })!
    f.capture(
      new ValidationError([
        { field: 'community.name', message: '社区名称不能为空' },
        { field: 'population', message: '常住人口须为整数' }
      ]),
      { 'community.name': 'name' }
    )
    expect(f.errors).toEqual({ name: '社区名称不能为空', population: '常住人口须为整数' })
    form.name = '和平里社区'
    await nextTick()
    expect(f.errors).toEqual({ population: '常住人口须为整数' })
    scope.stop()
  })

  it('keeps any other failure as one general message', () => {
    const f = useFormErrors()
    f.capture(new Error('磁盘已满'))
    expect(f.errors).toEqual({})
    expect(f.general.value).toEqual(['磁盘已满'])
  })
})
