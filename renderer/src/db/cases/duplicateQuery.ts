import type { CaseRecord } from '@shared/domain/case'
import { DAY_MS } from '@shared/domain/calendar'
import { DUPLICATE_RULES, rankDuplicates } from '@shared/domain/duplicates'
import { phoneHash, validatePhone } from '@shared/domain/phone'
import type { DeskDB } from '../database'
import { isLive } from '../repositories/base'
import type { CaseIntakeInput, DuplicateSuggestion } from './contract'
import { phoneSalt } from './store'

const eligible = (communityId: string) => (c: CaseRecord) => isLive(c) && c.communityId === communityId && c.status !== '已撤销'

/**
 * Likely originals of a case being registered. Reads only candidates through indexes (the phone
 * hash, the place's recent cases, the community's last 90 days), never every case.
 */
export async function suggestDuplicates(db: DeskDB, communityId: string, draft: Partial<CaseIntakeInput>, now: number): Promise<DuplicateSuggestion[]> {
  const receivedAt = draft.receivedAt ?? now
  const phone = draft.callerPhone ? validatePhone(draft.callerPhone) : undefined
  const salt = phone?.ok ? await phoneSalt(db) : undefined
  const callerPhoneHash = phone?.ok && salt ? phoneHash(phone.normalized, salt) : undefined
  const keep = eligible(communityId)
  const hasText = Boolean(draft.title?.trim() || draft.content?.trim())

  const [byPhone, byPlace, recent] = await Promise.all([
    callerPhoneHash ? db.case.where('callerPhoneHash').equals(callerPhoneHash).filter(keep).toArray() : [],
    draft.placeId && draft.categoryId
      ? db.case
          .where('[placeId+receivedAt]')
          .between([draft.placeId, receivedAt - DUPLICATE_RULES.placeDays * DAY_MS], [draft.placeId, receivedAt], true, false)
          .filter((c) => keep(c) && c.categoryId === draft.categoryId)
          .toArray()
      : [],
    hasText
      ? db.case
          .where('[communityId+receivedAt]')
          .between([communityId, receivedAt - DUPLICATE_RULES.textDays * DAY_MS], [communityId, receivedAt], true, false)
          .filter(keep)
          .toArray()
      : []
  ])
  const probe = { callerPhoneHash, placeId: draft.placeId, categoryId: draft.categoryId, title: draft.title, content: draft.content, receivedAt }
  return rankDuplicates(probe, [...byPhone, ...byPlace, ...recent])
}
