import { ref } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'

/** A refusal's own message (domain errors are written in Chinese), or the thrown value as text. */
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/** Asks before an action; false when the clerk says no or closes the box. */
export async function confirmed(message: string, title: string, type: 'info' | 'warning' = 'info'): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type })
    return true
  } catch {
    return false
  }
}

/**
 * One button's async work: `busy` while it runs, `done` said as a success message, a failure said with its
 * own message and nothing thrown further. `run` resolves true when the work succeeded.
 */
export function useBusyAction() {
  const busy = ref(false)
  async function run(work: () => Promise<unknown>, done?: string | (() => string)): Promise<boolean> {
    busy.value = true
    try {
      await work()
      if (done) ElMessage.success(typeof done === 'string' ? done : done())
      return true
    } catch (err) {
      ElMessage.error(errorText(err))
      return false
    } finally {
      busy.value = false
    }
  }
  return { busy, run }
}
