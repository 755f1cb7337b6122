import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { CASE_SOURCES, CASE_TYPES, type CaseRecord, type CaseSource, type CaseType, type SlaRuleRecord } from '@shared/domain/case'
import { chinaCalendar, withOverrides } from '@shared/domain/calendar'
import type { Category, User } from '@shared/domain/org'
import type { Holiday } from '@shared/domain/system'
import { validatePhone } from '@shared/domain/phone'
import { computeDeadlines, matchSlaRule, type ClockDeadlines, type SlaMatch } from '@shared/domain/slaRules'
import { caseService, repos } from '../db'
import type { CaseIntakeInput, DuplicateSuggestion } from '../db/cases/contract'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useFormErrors } from '../composables/useFormErrors'
import { useOrgStore } from './org'
import { useSessionStore } from './session'

/** The 新建工单 form as typed: text fields stay strings ('' when empty) so the draft round-trips. */
export interface IntakeDraft {
  source: CaseSource
  orderNo: string
  type: CaseType
  categoryId: string
  title: string
  content: string
  callerName: string
  callerPhone: string
  confidential: boolean
  gridId: string
  placeId: string
  address: string
  receivedAt: number | null
  handlerId: string
  unitId: string
}

export const blankDraft = (now: number): IntakeDraft => ({
  source: '12345派单', orderNo: '', type: '投诉', categoryId: '', title: '', content: '', callerName: '',
  callerPhone: '', confidential: false, gridId: '', placeId: '', address: '', receivedAt: now, handlerId: '', unitId: ''
})

export const draftKey = (communityId: string): string => `community-desk.caseDraft.${communityId}`
export const DRAFT_SAVE_DELAY = 400
export const SUGGEST_DELAY = 500

const TYPED_FIELDS = ['orderNo', 'categoryId', 'title', 'content', 'callerName', 'callerPhone', 'gridId', 'placeId', 'address', 'handlerId', 'unitId'] as const

/** A stored draft, kept only where each field has the shape the form expects. */
function readDraft(raw: string | null, now: number): IntakeDraft | null {
  if (!raw) return null
  let stored: Record<string, unknown>
  try {
    stored = JSON.parse(raw)
  } catch {
    return null
  }
  const draft = blankDraft(now)
  for (const key of TYPED_FIELDS) if (typeof stored[key] === 'string') draft[key] = stored[key] as string
  if ((CASE_SOURCES as readonly unknown[]).includes(stored.source)) draft.source = stored.source as CaseSource
  if ((CASE_TYPES as readonly unknown[]).includes(stored.type)) draft.type = stored.type as CaseType
  if (typeof stored.confidential === 'boolean') draft.confidential = stored.confidential
  if (typeof stored.receivedAt === 'number' && Number.isFinite(stored.receivedAt)) draft.receivedAt = stored.receivedAt
  return draft
}

const opt = (s: string): string | undefined => s.trim() || undefined

/** What the service receives; 工单编号 belongs to 12345派单 only. */
export function toIntakeInput(d: IntakeDraft): CaseIntakeInput {
  return {
    source: d.source,
    orderNo: d.source === '12345派单' ? opt(d.orderNo) : undefined,
    type: d.type,
    categoryId: opt(d.categoryId),
    title: d.title.trim(),
    content: d.content.trim(),
    callerName: opt(d.callerName),
    callerPhone: opt(d.callerPhone),
    confidential: d.confidential,
    address: opt(d.address),
    gridId: opt(d.gridId),
    placeId: opt(d.placeId),
    receivedAt: d.receivedAt ?? Number.NaN,
    handlerId: opt(d.handlerId),
    unitId: opt(d.unitId)
  }
}

/** The category's ancestors, nearest first, for SLA rules written against a parent category. */
function ancestorsOf(categories: readonly Category[], id: string): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const out: string[] = []
  for (let c = byId.get(id)?.parentId; c && out.length < 3; c = byId.get(c)?.parentId) out.push(c)
  return out
}

/** 新建工单: the draft (kept across closing the window), its deadline preview, duplicates, and saving. */
export const useCaseIntakeStore = defineStore('caseIntake', () => {
  const session = useSessionStore()
  const org = useOrgStore()
  const draft = reactive<IntakeDraft>(blankDraft(Date.now()))
  const restored = ref(false)
  const saving = ref(false)
  const form = useFormErrors()
  form.forgetOnEdit(draft as unknown as Record<string, unknown>)

  const communityId = () => session.communityId
  const rules = useLiveQuery(() => (communityId() ? repos().slaRule.list(communityId()) : []), [communityId], [] as SlaRuleRecord[]).data
  const holidays = useLiveQuery(() => (communityId() ? repos().holiday.list(communityId()) : []), [communityId], [] as Holiday[]).data
  const calendar = computed(() =>
    holidays.value.length ? withOverrides(chinaCalendar, holidays.value.map(({ day, kind }) => ({ day, kind }))) : chinaCalendar
  )
  const users = useLiveQuery(() => (communityId() ? repos().user.list(communityId()) : []), [communityId], [] as User[]).data

  const isEmpty = computed(() => TYPED_FIELDS.every((k) => !draft[k].trim()))

  // --- the draft, saved on every change (debounced) and restored when the page opens again
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  function flush(): void {
    clearTimeout(saveTimer)
    saveTimer = undefined
    if (!communityId()) return
    try {
      if (isEmpty.value) localStorage.removeItem(draftKey(communityId()))
      else localStorage.setItem(draftKey(communityId()), JSON.stringify(draft))
    } catch {
      // storage full or unavailable: the form still works, only the draft is not kept
    }
  }
  watch(draft, () => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(flush, DRAFT_SAVE_DELAY)
  })

  function open(now: number): void {
    form.clear()
    const stored = communityId() ? readDraft(localStorage.getItem(draftKey(communityId())), now) : null
    Object.assign(draft, stored ?? blankDraft(now))
    restored.value = stored !== null
    suggestions.value = []
  }

  function reset(now: number): void {
    Object.assign(draft, blankDraft(now))
    restored.value = false
    suggestions.value = []
    form.clear()
    flush()
  }

  // --- picking a place sets its grid (and the address when none is typed); a grid change drops a foreign place
  watch(() => draft.placeId, (placeId) => {
    const place = org.places.find((p) => p.id === placeId)
    if (!place) return
    draft.gridId = place.gridId
    if (!draft.address.trim()) draft.address = place.address ?? place.name
  })
  watch(() => draft.gridId, (gridId) => {
    const place = org.places.find((p) => p.id === draft.placeId)
    if (place && place.gridId !== gridId) draft.placeId = ''
  })

  /** 联系电话 on blur: the message sits at the field; an empty phone is fine (walk-ins may not leave one). */
  function checkPhone(): boolean {
    delete form.errors.callerPhone
    if (!draft.callerPhone.trim()) return true
    const result = validatePhone(draft.callerPhone)
    if (!result.ok) form.errors.callerPhone = result.message
    return result.ok
  }

  // --- 四级响应 preview: the level and three deadlines this draft would get now
  const preview = computed<{ match: SlaMatch; deadlines: ClockDeadlines } | null>(() => {
    if (draft.receivedAt === null || !Number.isFinite(draft.receivedAt)) return null
    const match = matchSlaRule(
      {
        type: draft.type,
        categoryId: opt(draft.categoryId),
        categoryAncestors: draft.categoryId ? ancestorsOf(org.categories, draft.categoryId) : [],
        title: draft.title,
        content: draft.content
      },
      rules.value
    )
    return { match, deadlines: computeDeadlines(draft.receivedAt, match, calendar.value) }
  })

  // --- likely duplicates, asked for once the phone, the place + category or the text say enough
  const suggestions = shallowRef<DuplicateSuggestion[]>([])
  const checking = ref(false)
  let suggestTimer: ReturnType<typeof setTimeout> | undefined
  let asked = 0
  async function suggest(now = Date.now()): Promise<void> {
    const input = toIntakeInput(draft)
    const enough =
      (input.callerPhone && validatePhone(input.callerPhone).ok) ||
      (input.placeId && input.categoryId) ||
      input.title.length + input.content.length >= 8
    const mine = ++asked
    if (!enough || !communityId()) {
      suggestions.value = []
      return
    }
    checking.value = true
    try {
      const found = await caseService().suggestDuplicates(communityId(), input, now)
      if (mine === asked) suggestions.value = found
    } catch {
      // a failed lookup only hides the hints; saving is unaffected
      if (mine === asked) suggestions.value = []
    } finally {
      if (mine === asked) checking.value = false
    }
  }
  watch(
    () => [draft.callerPhone, draft.placeId, draft.categoryId, draft.title, draft.content],
    () => {
      clearTimeout(suggestTimer)
      suggestTimer = setTimeout(() => void suggest(), SUGGEST_DELAY)
    }
  )

  /** Saves the case; field issues stay on the form with the draft kept, and the error is rethrown. */
  async function save(): Promise<CaseRecord> {
    // the service checks every field at once, the phone included, so all messages show together
    form.clear()
    session.require('case.edit')
    saving.value = true
    try {
      const saved = await caseService().intake(communityId(), toIntakeInput(draft), session.ctx())
      reset(Date.now())
      return saved
    } catch (err) {
      form.capture(err)
      throw err
    } finally {
      saving.value = false
    }
  }

  /** 标为重复件: saves the draft, then links it to `originalId`; a failed link leaves the case saved and says why. */
  async function saveAsDuplicate(originalId: string): Promise<{ case: CaseRecord; linkError?: string }> {
    const saved = await save()
    try {
      return { case: await caseService().linkDuplicate(saved.id, originalId, session.ctx()) }
    } catch (err) {
      return { case: saved, linkError: err instanceof Error ? err.message : String(err) }
    }
  }

  return {
    draft, restored, saving, isEmpty, errors: form.errors, general: form.general, rules, users, preview,
    suggestions, checking, open, reset, flush, checkPhone, suggest, save, saveAsDuplicate
  }
})
