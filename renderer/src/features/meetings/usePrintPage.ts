import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { platform } from '../../platform'
import { fileSafe } from './meetingFacts'

/** Prints the open page as an A4 PDF (a save dialog on the desktop, the browser's print dialog in web mode). */
export function usePrintPage() {
  const { t } = useI18n()
  const busy = ref(false)
  async function print(fileName: string): Promise<void> {
    busy.value = true
    try {
      const result = await platform.printPdf({ suggestedName: `${fileSafe(fileName)}.pdf` })
      if (!result.canceled && platform.mode === 'desktop') ElMessage.success(t('meetings.print.saved', { path: result.path }))
    } catch (err) {
      ElMessage.error(t('meetings.print.failed', { message: err instanceof Error ? err.message : String(err) }))
    } finally {
      busy.value = false
    }
  }
  return { busy, print }
}
