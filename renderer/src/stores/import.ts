/** The 导入工单 flow: file → worker parse → column mapping → preview → all-or-nothing commit. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { WorkOrderSheet } from '@shared/io/import12345'
import { db } from '../db'
import { commitImport, IMPORT_CANCELLED, loadSavedMapping, planImport, saveMapping, type ImportPlan, type ImportResult } from '../db/import'
import type { ImportWorkerReply, ImportWorkerRequest } from '../features/data/importMessages'
import { platform } from '../platform'
import { startImportWorker, type ImportParserClient } from '../workers/importClient'
import { useSessionStore } from './session'

export type ImportPhase = 'idle' | 'parsing' | 'mapping' | 'preview' | 'committing' | 'done'

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

export const useImportStore = defineStore('import', () => {
  const session = useSessionStore()
  const phase = ref<ImportPhase>('idle')
  const fileName = ref('')
  const progress = ref(0)
  const error = ref('')
  const sheet = shallowRef<WorkOrderSheet | null>(null)
  const headers = ref<string[]>([])
  const choices = ref<Record<string, string>>({})
  const plan = shallowRef<ImportPlan | null>(null)
  const result = shallowRef<ImportResult | null>(null)
  /** 确认导入 under way: work orders written so far, of how many */
  const committed = ref({ done: 0, total: 0 })
  const commitPercent = computed(() => (committed.value.total ? Math.round((committed.value.done / committed.value.total) * 100) : 0))
  /** said after the clerk cancelled a commit: nothing was written */
  const notice = ref('')
  let parser: ImportParserClient | null = null
  let committing: AbortController | null = null

  /** Non-empty headers that no field claims and the clerk has not decided on. */
  const unmatched = computed(() => headers.value.filter((h) => h && !sheet.value?.mapping[h] && !(h in choices.value)))
  /** the rows of the mapping screen, fixed while the clerk edits them */
  const mappingHeaders = ref<string[]>([])
  const missingColumns = computed(() => (sheet.value?.cases.length ? [] : (sheet.value?.rejected ?? []).filter((r) => r.row === 1)))

  function stopWorker(): void {
    parser?.stop()
    parser = null
  }

  function reset(): void {
    stopWorker()
    phase.value = 'idle'
    progress.value = 0
    error.value = ''
    notice.value = ''
    sheet.value = null
    plan.value = null
    result.value = null
    headers.value = []
    mappingHeaders.value = []
    choices.value = {}
  }

  async function onReply(reply: ImportWorkerReply): Promise<void> {
    if (reply.type === 'progress') progress.value = Math.round((reply.stage === 'read' ? reply.done * 0.8 : 0.9) * 100)
    else if (reply.type === 'error') {
      stopWorker()
      phase.value = 'idle'
      error.value = reply.message
    } else {
      progress.value = 100
      sheet.value = reply.sheet
      headers.value = reply.headers
      if (unmatched.value.length || missingColumns.value.length) {
        mappingHeaders.value = unmatched.value.length ? unmatched.value : headers.value.filter(Boolean)
        phase.value = 'mapping'
      } else await preview()
    }
  }

  function send(request: ImportWorkerRequest): void {
    parser ??= startImportWorker((reply) => void onReply(reply))
    phase.value = 'parsing'
    progress.value = 0
    parser.send(request)
  }

  async function start(name: string, bytes: Uint8Array): Promise<void> {
    reset()
    fileName.value = name
    choices.value = await loadSavedMapping(db())
    send({ type: 'parse', name, bytes, mapping: { ...choices.value }, now: Date.now() })
  }

  async function pick(): Promise<void> {
    const file = await platform.openFile({ filters: [{ name: '12345 工单导出', extensions: ['xlsx', 'csv'] }] })
    if (!file.canceled) await start(file.name, file.bytes)
  }

  function cancel(): void {
    reset()
  }

  /** Re-reads the same rows with the clerk's choices, which are saved for next time. */
  async function applyMapping(): Promise<void> {
    // a column left on 不导入 is remembered as ignored, so it is not asked about again
    for (const header of mappingHeaders.value) choices.value[header] ??= ''
    await saveMapping(db(), choices.value, session.ctx())
    send({ type: 'remap', mapping: { ...choices.value }, now: Date.now() })
  }

  /** Back from the preview: every column with the field it is read as now. */
  function editMapping(): void {
    for (const header of headers.value) if (header) choices.value[header] ??= sheet.value?.mapping[header] ?? ''
    mappingHeaders.value = headers.value.filter(Boolean)
    phase.value = 'mapping'
  }

  async function preview(): Promise<void> {
    if (!sheet.value) return
    try {
      plan.value = await planImport(db(), session.communityId, sheet.value, Date.now())
      phase.value = 'preview'
    } catch (e) {
      error.value = `预览失败：${messageOf(e)}`
      phase.value = 'idle'
    }
  }

  async function commit(): Promise<void> {
    if (!sheet.value) return
    phase.value = 'committing'
    error.value = ''
    notice.value = ''
    committed.value = { done: 0, total: 0 }
    committing = new AbortController()
    const { signal } = committing
    try {
      session.require('case.edit')
      const onProgress = (done: number, total: number) => (committed.value = { done, total })
      result.value = await commitImport(db(), session.communityId, sheet.value, session.ctx(), { onProgress, signal })
      phase.value = 'done'
    } catch (e) {
      if (signal.aborted) notice.value = IMPORT_CANCELLED
      else error.value = `导入失败，没有写入任何数据：${messageOf(e)}`
      phase.value = 'preview'
    } finally {
      committing = null
    }
  }

  /** Stops a commit at its next chunk; the transaction rolls back, so nothing stays written. */
  function cancelCommit(): void {
    committing?.abort()
  }

  return {
    phase, fileName, progress, error, notice, sheet, headers, choices, plan, result, committed, commitPercent, unmatched, mappingHeaders, missingColumns,
    editMapping, pick, start, cancel, reset, applyMapping, preview, commit, cancelCommit
  }
})
