import { ref, shallowRef } from 'vue'
import type { CallbackRecord, CaseEventRecord, CaseRecord } from '@shared/domain/case'
import type { User } from '@shared/domain/org'
import type { Whistle, WhistleReport } from '@shared/domain/work'
import { callbackService, caseService, repos, whistleService } from '../../db'
import { useSessionStore } from '../../stores/session'

export interface CaseSheetData {
  row: CaseRecord
  events: CaseEventRecord[]
  callback?: CallbackRecord
  whistles: { whistle: Whistle; reports: WhistleReport[] }[]
}

/** The most sheets one print job takes; a bigger selection is printed in parts. */
export const MAX_SHEETS = 200

/** Everything the 工单办理单 of each case shows, read once when the page opens. */
export function useCaseSheets() {
  const session = useSessionStore()
  const sheets = shallowRef<CaseSheetData[]>([])
  const users = shallowRef<User[]>([])
  const loading = ref(false)
  const missing = ref(0)

  async function load(ids: readonly string[]): Promise<void> {
    loading.value = true
    try {
      await session.load()
      const wanted = ids.slice(0, MAX_SHEETS)
      const [rows, allWhistles, people] = await Promise.all([
        Promise.all(wanted.map((id) => caseService().get(id))),
        whistleService().list(session.communityId),
        repos().user.list(session.communityId)
      ])
      const found = rows.filter((r): r is CaseRecord => r !== undefined && r.deletedAt === undefined && r.communityId === session.communityId)
      missing.value = ids.length - found.length
      users.value = people
      sheets.value = await Promise.all(
        found.map(async (row) => {
          const linked = allWhistles.filter((w) => w.caseIds.includes(row.id) || w.id === row.whistleId)
          const [events, callback, whistles] = await Promise.all([
            caseService().events(row.id),
            callbackService().get(row.id),
            Promise.all(linked.map((w) => whistleService().get(w.id)))
          ])
          return { row, events, callback, whistles: whistles.filter((w): w is NonNullable<typeof w> => w !== undefined) }
        })
      )
    } finally {
      loading.value = false
    }
  }

  const userName = (id?: string): string => (id ? (users.value.find((u) => u.id === id)?.name ?? '') : '')

  return { sheets, loading, missing, load, userName }
}
