import { useI18n } from 'vue-i18n'
import { formatDate } from '@shared/domain/dates'
import { toCsv } from '@shared/io/csv'
import { platform } from '../../platform'
import { useCaseListStore } from '../../stores/caseList'
import { EXPORT_COLUMNS, caseExportRows, type ExportText } from './exportRows'
import { useLookups } from './useLookups'

/** 导出所选: the selected cases as a UTF-8 CSV with BOM, callers masked, saved where the user says. */
export function useCaseExport() {
  const { t } = useI18n()
  const list = useCaseListStore()
  const names = useLookups()

  return async function exportSelection(): Promise<{ saved: boolean; count: number }> {
    const cases = await list.selectedCases()
    const text: ExportText = {
      header: Object.fromEntries(EXPORT_COLUMNS.map((k) => [k, t(`caseList.export.header.${k}`)])) as ExportText['header'],
      confidential: t('caseList.export.confidential'),
      yes: t('caseList.export.yes'),
      no: t('caseList.export.no')
    }
    const data = toCsv(caseExportRows(cases, names, text))
    const result = await platform.saveFile({
      suggestedName: t('caseList.export.fileName', { date: formatDate(Date.now()) }),
      data,
      filters: [{ name: t('caseList.export.filterName'), extensions: ['csv'] }]
    })
    return { saved: !result.canceled, count: cases.length }
  }
}
