import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CaseRecord } from '@shared/domain/case'
import type { CaseAction } from '@shared/domain/caseMachine'
import type { User } from '@shared/domain/org'
import { permissionForAction } from '@shared/domain/permissions'
import { savedView, savedViewFilters, type CaseFilters, type CaseListItem, type CaseSelection, type CaseSort, type SavedView } from '@shared/search'
import { caseService, db, DeskDB, repos } from '../db'
import type { BatchResult } from '../db/cases/contract'
import { useLiveQuery } from '../composables/useLiveQuery'
import { startCaseIndexInProcess, startCaseIndexWorker, type CaseIndexClient } from '../workers/caseIndexClient'
import { useSessionStore } from './session'

/** Rows fetched per request; the list asks for the blocks its window covers. */
export const BLOCK = 50
const KEEP_BLOCKS = 16
/** select-all takes at most this many cases */
export const MAX_SELECTION = 1000
const TICK_MS = 60_000

type Starter = () => CaseIndexClient
let starter: Starter = () => startCaseIndexWorker()
/** Where the index runs: a Web Worker unless told otherwise (tests run it in-process). */
export function useCaseIndexStarter(next: Starter): void {
  starter = next
}
const inProcess: Starter = () => startCaseIndexInProcess((name) => new DeskDB(name))

/**
 * The case list (DESIGN §4): saved view, filters, search and sort live here; the rows stay in the
 * index and only the blocks the window shows come over. Never holds all cases in Vue state.
 */
export const useCaseListStore = defineStore('caseList', () => {
  const session = useSessionStore()
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const loaded = ref(0)
  const error = ref('')
  const view = ref<SavedView>('all')
  const filters = shallowRef<CaseFilters>({})
  const search = ref('')
  const sort = shallowRef<CaseSort>(savedView('all', { userId: '' }).sort)
  const now = ref(Date.now())
  const total = ref(0)
  /** a new window is on its way */
  const busy = ref(false)
  const counts = shallowRef<Partial<Record<SavedView, number>>>({})
  const blocks = shallowRef(new Map<number, CaseListItem[]>())
  /** selected ids, with the label a refusal message names the case by */
  const selected = shallowRef(new Map<string, string>())

  const users = useLiveQuery(
    () => (session.communityId ? repos().user.list(session.communityId) : Promise.resolve([] as User[])),
    [() => session.communityId],
    [] as User[]
  ).data

  let client: CaseIndexClient | null = null
  let openFor = ''
  let generation = 0
  let shown = { first: 0, last: BLOCK - 1 }
  const inFlight = new Set<string>()
  let timer: ReturnType<typeof setInterval> | undefined
  let staleTimer: ReturnType<typeof setTimeout> | undefined

  const userId = () => session.user?.id ?? ''
  // what crosses to the worker must be plain data, never a Vue proxy (postMessage cannot clone those)
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
  const selection = (): CaseSelection =>
    plain({
      filters: filters.value,
      scope: savedView(view.value, { userId: userId() }).filters,
      search: search.value,
      sort: sort.value,
      now: now.value
    })

  async function connect(make: Starter): Promise<CaseIndexClient> {
    const next = make()
    next.on('progress', ({ loaded: n }) => (loaded.value = n))
    next.on('changed', () => {
      clearTimeout(staleTimer)
      staleTimer = setTimeout(() => void refresh(), 150)
    })
    try {
      await next.call('open', { dbName: db().name, communityId: session.communityId })
      return next
    } catch (err) {
      next.close()
      throw err
    }
  }

  async function open(): Promise<void> {
    state.value = 'loading'
    error.value = ''
    try {
      client?.close()
      client = null
      try {
        client = await connect(starter)
      } catch (err) {
        // a worker that cannot start here (e.g. a locked-down file:// page) leaves the index on this thread
        if (starter === inProcess) throw err
        client = await connect(inProcess)
      }
      openFor = session.communityId
      state.value = 'ready'
      await refresh()
    } catch (err) {
      state.value = 'error'
      error.value = err instanceof Error ? err.message : String(err)
    }
  }

  let opening: Promise<void> | null = null
  /** Opens the index for the session's community (once), then shows the first window; ticks the lights each minute. */
  async function start(): Promise<void> {
    await session.load()
    clearInterval(timer)
    timer = setInterval(() => {
      now.value = Date.now()
      void refresh()
    }, TICK_MS)
    if (client && openFor === session.communityId && state.value === 'ready') return refresh()
    opening ??= open().finally(() => (opening = null))
    return opening
  }

  function stop(): void {
    clearInterval(timer)
    clearTimeout(staleTimer)
  }

  const fetchBlock = (block: number) => client!.call('query', { ...selection(), offset: block * BLOCK, limit: BLOCK })

  const blocksOf = (range: { first: number; last: number }) => {
    const out: number[] = []
    for (let b = Math.floor(range.first / BLOCK); b <= Math.floor(Math.max(range.first, range.last) / BLOCK); b++) out.push(b)
    return out
  }

  /** Re-reads the window and the view counts; the old rows stay on screen until the new ones arrive. */
  async function refresh(): Promise<void> {
    if (!client || state.value !== 'ready') return
    const gen = ++generation
    busy.value = true
    now.value = Date.now()
    const views = savedViewFilters({ userId: userId() })
    try {
      const [pages, viewCounts] = await Promise.all([
        Promise.all(blocksOf(shown).map(async (b) => [b, await fetchBlock(b)] as const)),
        client.call('counts', plain({ filters: filters.value, search: search.value, now: now.value }), views)
      ])
      if (gen !== generation) return
      // the total, the rows and the counts change together, never a new total over old rows
      total.value = pages[0][1].total
      blocks.value = new Map(pages.map(([b, page]) => [b, page.rows]))
      counts.value = viewCounts
    } finally {
      if (gen === generation) busy.value = false
    }
  }

  /** The list scrolled: fetch the blocks it now shows, drop the ones far away. */
  function showRange(first: number, last: number): void {
    shown = { first, last }
    if (!client || state.value !== 'ready') return
    const gen = generation
    for (const b of blocksOf(shown)) {
      const key = `${gen}:${b}`
      if (blocks.value.has(b) || inFlight.has(key)) continue
      inFlight.add(key)
      fetchBlock(b)
        .then((page) => {
          if (gen !== generation) return
          total.value = page.total
          const next = new Map(blocks.value)
          next.set(b, page.rows)
          const centre = Math.floor(first / BLOCK)
          const far = [...next.keys()].sort((x, y) => Math.abs(y - centre) - Math.abs(x - centre))
          for (const drop of far.slice(0, Math.max(0, next.size - KEEP_BLOCKS))) next.delete(drop)
          blocks.value = next
        })
        .finally(() => inFlight.delete(key))
    }
  }

  const rowAt = (i: number): CaseListItem | undefined => blocks.value.get(Math.floor(i / BLOCK))?.[i % BLOCK]

  /** each change re-reads the window; the promise settles once the new rows are there */
  function setView(next: SavedView): Promise<void> {
    view.value = next
    sort.value = savedView(next, { userId: userId() }).sort
    return refresh()
  }
  function setFilters(next: CaseFilters): Promise<void> {
    filters.value = next
    return refresh()
  }
  function setSearch(next: string): Promise<void> {
    if (next === search.value) return Promise.resolve()
    search.value = next
    return refresh()
  }
  function setSort(next: CaseSort): Promise<void> {
    sort.value = next
    return refresh()
  }

  function toggle(item: Pick<CaseListItem, 'id' | 'orderNo' | 'title'>, on: boolean): void {
    const next = new Map(selected.value)
    if (on) next.set(item.id, item.orderNo || item.title)
    else next.delete(item.id)
    selected.value = next
  }
  function clearSelection(): void {
    selected.value = new Map()
  }
  /** selects the current result, up to MAX_SELECTION; true when it was cut short */
  async function selectAll(): Promise<boolean> {
    if (!client) return false
    const ids = await client.call('ids', selection(), MAX_SELECTION)
    const onScreen = new Map<string, string>()
    for (const rows of blocks.value.values()) for (const r of rows) onScreen.set(r.id, r.orderNo || r.title)
    const next = new Map(selected.value)
    // a row off screen is named (for a refusal message) only if it is refused
    for (const id of ids) if (!next.has(id)) next.set(id, onScreen.get(id) ?? '')
    selected.value = next
    return total.value > MAX_SELECTION
  }

  /** 签收 / 指派 on every selected case, each on its own; the index takes the writes at once. */
  async function act(action: CaseAction): Promise<{ result: BatchResult; label: (id: string) => string }> {
    session.require(permissionForAction(action.type))
    const labels = new Map(selected.value)
    const ids = [...labels.keys()]
    const result = await caseService().actMany(ids, action, session.ctx())
    await client?.call('sync', result.done)
    for (const { id } of result.refused) {
      if (labels.get(id)) continue
      const row = await caseService().get(id)
      labels.set(id, row?.orderNo || row?.title || id)
    }
    const next = new Map(selected.value)
    for (const id of result.done) next.delete(id)
    selected.value = next
    await refresh()
    return { result, label: (id) => labels.get(id) ?? id }
  }

  /** the selected cases as stored, for export; cases deleted meanwhile drop out */
  async function selectedCases(): Promise<CaseRecord[]> {
    const rows = await Promise.all([...selected.value.keys()].map((id) => caseService().get(id)))
    return rows.filter((r): r is CaseRecord => r !== undefined)
  }

  return {
    state, loaded, error, view, filters, search, sort, now, total, busy, counts, blocks, selected, users,
    selectedCount: computed(() => selected.value.size),
    start, stop, refresh, showRange, rowAt, setView, setFilters, setSearch, setSort,
    toggle, clearSelection, selectAll, act, selectedCases
  }
})
