import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatDate } from '@shared/domain/dates'
import { savedView } from '@shared/search'
import { db } from '../../db'
import { usePersonalData } from '../../composables/usePersonalData'
import { platform } from '../../platform'
import { useCaseListStore } from '../../stores/caseList'
import { useSessionStore } from '../../stores/session'
import { EXPORT_CANCELLED, startExportWorker, type ExportClient } from '../../workers/exportClient'
import type { ExportFormat, ExportJob } from '../../workers/exportService'
import { EXPORT_COLUMNS, type ExportText } from './exportRows'

export type ExportScope = 'selection' | 'list'

export interface ExportRequest {
  format: ExportFormat
  scope: ExportScope
  /** 包含完整个人信息: asked for a reason and audited first */
  unmasked: boolean
}

/** `cancelled`: 'refused' when no reason was given or the permission is missing, 'stopped' by 取消 */
export type ExportDone = { saved: boolean; count: number; missing: number; examples: string[] } | { cancelled: 'refused' | 'stopped' }

const EXTENSION: Record<ExportFormat, string> = { xlsx: 'xlsx', csv: 'csv', 'csv-gbk': 'csv', open311: 'json' }
// what crosses to the worker must be plain data, never a Vue proxy
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/**
 * 导出: the selection or the whole filtered list, as xlsx, csv (UTF-8 with BOM, or GBK) or Open311
 * JSON, streamed in a worker with progress and 取消. Callers are masked unless the user asked for
 * them in full and usePersonalData allowed it; such a file says so in its name.
 */
export function useCaseExport({ start = startExportWorker }: { start?: () => ExportClient } = {}) {
  const { t } = useI18n()
  const list = useCaseListStore()
  const session = useSessionStore()
  const personal = usePersonalData()
  const state = reactive({ running: false, stage: 'select' as 'select' | 'write', done: 0, total: 0 })
  let client: ExportClient | null = null

  const exportText = (): ExportText => ({
    header: Object.fromEntries(EXPORT_COLUMNS.map((k) => [k, t(`caseList.export.header.${k}`)])) as ExportText['header'],
    confidential: t('caseList.export.confidential'),
    yes: t('caseList.export.yes'),
    no: t('caseList.export.no')
  })

  const scopeOf = (scope: ExportScope): ExportJob['scope'] =>
    scope === 'selection'
      ? { ids: [...list.selected.keys()] }
      : {
          selection: plain({
            filters: list.filters,
            scope: savedView(list.view, { userId: session.user?.id ?? '' }).filters,
            search: list.search,
            sort: list.sort,
            now: list.now
          })
        }

  function fileName(format: ExportFormat, unmasked: boolean, part: string): string {
    const date = formatDate(Date.now())
    if (format === 'open311') return t(`caseList.export.open311Name.${part}`, { date })
    const base = t('caseList.export.baseName', { date })
    const suffix = `${format === 'csv-gbk' ? '-GBK' : ''}${unmasked ? t('caseList.export.unmaskedSuffix') : ''}`
    return `${base}${suffix}.${EXTENSION[format]}`
  }

  async function run(request: ExportRequest, count: number): Promise<ExportDone> {
    const unmasked = request.unmasked && request.format !== 'open311'
    if (unmasked && !(await personal.ask('export', t('caseList.export.auditTarget', { n: count, format: t(`caseList.export.formats.${request.format}`) })))) {
      return { cancelled: 'refused' }
    }
    const job: ExportJob = {
      dbName: db().name,
      communityId: session.communityId,
      format: request.format,
      scope: scopeOf(request.scope),
      text: exportText(),
      unmasked,
      sheetName: t('caseList.export.sheetName')
    }
    Object.assign(state, { running: true, stage: 'select', done: 0, total: count })
    client = start()
    client.on('progress', (p) => Object.assign(state, p))
    try {
      const outcome = await client.call('run', job)
      let saved = true
      for (const file of outcome.files) {
        const result = await platform.saveFile({
          suggestedName: fileName(request.format, unmasked, file.part),
          data: file.bytes,
          filters: [{ name: t(`caseList.export.formats.${request.format}`), extensions: [EXTENSION[request.format]] }]
        })
        saved &&= !result.canceled
      }
      return { saved, count: outcome.count, missing: outcome.missing.count, examples: outcome.missing.examples }
    } catch (err) {
      if (err instanceof Error && err.message === EXPORT_CANCELLED) return { cancelled: 'stopped' }
      throw err
    } finally {
      client?.close()
      client = null
      state.running = false
    }
  }

  /** 取消: ends the worker; nothing is saved. */
  function cancel(): void {
    client?.close()
  }

  return { state, run, cancel }
}
