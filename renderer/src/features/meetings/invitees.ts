import { maskName, maskPhone } from '@shared/domain/mask'
import { INVITEE_KINDS, type Invitee, type InviteeKind } from '@shared/domain/meetings'
import type { Unit } from '@shared/domain/org'

/** Invitee kinds picked from the person registry; 物业 and 承办单位 come from the units. */
export const PERSON_KINDS = ['居民', '居民代表', '党员', '志愿者'] as const satisfies readonly InviteeKind[]
export type PersonKind = (typeof PERSON_KINDS)[number]

/** What the meeting form edits: per person kind, person ids or typed names; units by id. */
export interface InviteeDraft {
  people: Record<PersonKind, string[]>
  unitIds: string[]
}

export const emptyDraft = (): InviteeDraft => ({ people: { 居民: [], 居民代表: [], 党员: [], 志愿者: [] }, unitIds: [] })

export function draftOf(invitees: readonly Invitee[]): InviteeDraft {
  const draft = emptyDraft()
  for (const i of invitees) {
    if (i.kind === '物业' || i.kind === '承办单位') {
      if (i.refId) draft.unitIds.push(i.refId)
    } else draft.people[i.kind].push(i.refId ?? i.name)
  }
  return draft
}

/** The invitee list; a value that is not a person id was typed as a name not in the registry. */
export function inviteesOf(draft: InviteeDraft, personName: (id: string) => string | undefined, units: readonly Pick<Unit, 'id' | 'name' | 'kind'>[]): Invitee[] {
  const people = PERSON_KINDS.flatMap((kind) =>
    draft.people[kind].map((v): Invitee => {
      const name = personName(v)
      return name === undefined ? { kind, name: v.trim() } : { kind, name, refId: v }
    })
  ).filter((i) => i.name)
  const unitRows = draft.unitIds.flatMap((id): Invitee[] => {
    const unit = units.find((u) => u.id === id)
    return unit ? [{ kind: unit.kind === '物业' ? '物业' : '承办单位', name: unit.name, refId: unit.id }] : []
  })
  return [...people, ...unitRows]
}

/** One line of the printed 邀请名单. */
export interface InvitationRow {
  no: number
  name: string
  kind: InviteeKind
  phone: string
}

const isUnitKind = (kind: InviteeKind) => kind === '物业' || kind === '承办单位'

/**
 * The 邀请名单 in kind order, numbered. People's names and every phone are masked (张*, 138****5678) unless
 * `unmasked` (only after usePersonalData asked why and audited it); a unit's name is not personal and stays whole.
 */
export function invitationRows(
  invitees: readonly Invitee[],
  phones: { person(id: string): string | undefined; unit(id: string): string | undefined },
  { unmasked = false }: { unmasked?: boolean } = {}
): InvitationRow[] {
  const ordered = INVITEE_KINDS.flatMap((kind) => invitees.filter((i) => i.kind === kind))
  return ordered.map((i, n) => {
    const unit = isUnitKind(i.kind)
    const phone = (i.refId ? (unit ? phones.unit(i.refId) : phones.person(i.refId)) : undefined) ?? ''
    return {
      no: n + 1,
      kind: i.kind,
      name: unmasked || unit ? i.name : maskName(i.name),
      phone: unmasked ? phone : maskPhone(phone)
    }
  })
}
