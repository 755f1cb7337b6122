import { ElMessage } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { platform } from '../../platform'
import { PNG_FILTER, XLSX_FILTER, toXlsx, type XlsxSheet } from '../../lib/xlsx'
import { dataUrlToBytes } from '../../components/charts/pngBytes'

/** Saves charts as PNG and tables as xlsx through the platform (a download in web mode). */
export function useExport() {
  const { t } = useI18n()

  async function save(suggestedName: string, data: Uint8Array<ArrayBuffer>, filter: { name: string; extensions: string[] }) {
    try {
      const result = await platform.saveFile({ suggestedName, data, filters: [filter] })
      if (!result.canceled) ElMessage.success(t('dashboard.exported', { name: suggestedName }))
    } catch (err) {
      ElMessage.error(t('dashboard.exportFailed', { msg: err instanceof Error ? err.message : String(err) }))
    }
  }

  async function exportPng(png: string, name: string): Promise<void> {
    if (!png) return
    await save(`${name}.png`, dataUrlToBytes(png), PNG_FILTER)
  }

  async function exportXlsx(sheets: XlsxSheet[], name: string): Promise<void> {
    await save(`${name}.xlsx`, await toXlsx(sheets), XLSX_FILTER)
  }

  return { exportPng, exportXlsx }
}
