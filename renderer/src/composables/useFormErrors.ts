import { reactive, ref, watch } from 'vue'
import { ElMessage } from 'element-plus'
import { ValidationError } from '@shared/domain/errors'

/**
 * Field messages for a form from a ValidationError. Anything else is shown as one
 * message; in both cases the form keeps what the user typed.
 */
export function useFormErrors() {
  const errors = reactive<Record<string, string>>({})
  const general = ref<string[]>([])

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key]
    general.value = []
  }

  function capture(err: unknown, fieldAliases: Record<string, string> = {}): void {
    clear()
    if (err instanceof ValidationError) {
      for (const issue of err.issues) {
        const field = fieldAliases[issue.field] ?? issue.field
        if (!errors[field]) errors[field] = issue.message
        general.value.push(issue.message)
      }
      ElMessage.error({ message: err.issues[0]?.message ?? err.message, grouping: true })
      return
    }
    const message = err instanceof Error && err.message ? err.message : String(err)
    general.value = [message]
    ElMessage.error({ message: `保存失败：${message}。数据没有改动，请修改后重试。`, grouping: true })
  }

  /** Once the user edits a field, its old message goes away. */
  function forgetOnEdit(form: Record<string, unknown>): void {
    let previous = { ...form }
    watch(
      () => ({ ...form }),
      (next) => {
        for (const key of Object.keys(next)) if (next[key] !== previous[key]) delete errors[key]
        previous = next
      }
    )
  }

  return { errors, general, clear, capture, forgetOnEdit }
}
