import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { platform } from '../platform'
import { safeFileName } from '@shared/io/fileName'
import { errorText } from './useBusyAction'

/** Prints the open page as an A4 PDF (a save dialog on the desktop, the browser's print dialog in web mode). */
export function usePrintPage() {
  const { t } = useI18n()
  const busy = ref(false)
  async function print(fileName: string, { landscape = false } = {}): Promise<void> {
    busy.value = true
    try {
      const suggestedName = `${safeFileName(fileName.replace(/\.pdf$/i, ''), t('common.print.file'))}.pdf`
      const result = await platform.printPdf({ suggestedName, ...(landscape ? { landscape } : {}) })
      if (!result.canceled && platform.mode === 'desktop') ElMessage.success(t('common.print.saved', { path: result.path }))
    } catch (err) {
      ElMessage.error(t('common.print.failed', { message: errorText(err) }))
    } finally {
      busy.value = false
    }
  }
  return { busy, print }
}
