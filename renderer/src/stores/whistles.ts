import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ReportRating, Whistle, WhistleReport } from '@shared/domain/work'
import { repos, whistleService } from '../db'
import type { WhistleInput } from '../db/cases/contract'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

export interface WhistleWithReports {
  whistle: Whistle
  reports: WhistleReport[]
}

const newestFirst = (a: WhistleWithReports, b: WhistleWithReports) => b.whistle.at - a.whistle.at

/** 吹哨报到: the open board, the history on demand, and the writes of the board and the form. */
export const useWhistlesStore = defineStore('whistles', () => {
  const session = useSessionStore()
  const cid = () => session.communityId
  const showHistory = ref(false)

  async function loadOpen(communityId: string): Promise<WhistleWithReports[]> {
    const open = await whistleService().list(communityId, { open: true })
    const full = await Promise.all(open.map((w) => whistleService().get(w.id)))
    return full.filter((x): x is WhistleWithReports => x !== undefined).sort(newestFirst)
  }

  // History reads the community's reports once instead of one lookup per closed whistle.
  async function loadHistory(communityId: string): Promise<WhistleWithReports[]> {
    const [all, reports] = await Promise.all([whistleService().list(communityId), repos().whistleReport.list(communityId)])
    const byWhistle = new Map<string, WhistleReport[]>()
    for (const r of reports) {
      const list = byWhistle.get(r.whistleId)
      if (list) list.push(r)
      else byWhistle.set(r.whistleId, [r])
    }
    return all
      .filter((w) => w.status === '已完成' || w.status === '已撤销')
      .map((whistle) => ({ whistle, reports: byWhistle.get(whistle.id) ?? [] }))
      .sort(newestFirst)
  }

  const board = useLiveQuery(() => (cid() ? loadOpen(cid()) : []), [() => session.communityId], [] as WhistleWithReports[])
  const history = useLiveQuery(
    () => (cid() && showHistory.value ? loadHistory(cid()) : []),
    [() => session.communityId, showHistory],
    [] as WhistleWithReports[]
  )

  // every write here is case work: refused before anything is written without case.edit
  const editing = async () => session.require('case.edit')
  const create = (input: WhistleInput) => editing().then(() => whistleService().create(cid(), input, session.ctx()))
  const arrive = (reportId: string, arrivedAt: number, peopleSent?: number) =>
    editing().then(() => whistleService().arrive(reportId, { arrivedAt, peopleSent }, session.ctx()))
  const report = (reportId: string, input: { actions?: string; result?: string; rating?: ReportRating; ratingNote?: string }) =>
    editing().then(() => whistleService().report(reportId, input, session.ctx()))
  const complete = (whistleId: string, summary: string) => editing().then(() => whistleService().complete(whistleId, summary, session.ctx()))
  const cancel = (whistleId: string, reason: string) => editing().then(() => whistleService().cancel(whistleId, reason, session.ctx()))
  const get = (whistleId: string) => whistleService().get(whistleId)

  return {
    board: board.data,
    boardError: board.error,
    history: history.data,
    showHistory,
    create,
    arrive,
    report,
    complete,
    cancel,
    get
  }
})
