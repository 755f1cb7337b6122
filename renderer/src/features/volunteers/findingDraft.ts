import type { AttachmentInput } from '@shared/domain/attachments'
import type { FindingInput } from '../../db/volunteers/contract'

/** 转为工单 is chosen while recording; the case is made once the patrol is saved. */
export type DraftHandling = '当场劝导' | '转为工单' | '待处理'

export interface FindingDraft {
  key: number
  type: string
  text: string
  placeId: string
  photos: AttachmentInput[]
  handling: DraftHandling
  handledNote: string
}

let next = 0

export function blankFinding(placeId: string, type = ''): FindingDraft {
  next += 1
  return { key: next, type, text: '', placeId, photos: [], handling: '当场劝导', handledNote: '' }
}

/** What the service records: a finding to become a case is saved as 待处理 first. */
export function findingInput(draft: FindingDraft): FindingInput {
  return {
    type: draft.type,
    text: draft.text,
    placeId: draft.placeId || undefined,
    photos: draft.photos.length ? draft.photos : undefined,
    handling: draft.handling === '转为工单' ? '待处理' : draft.handling,
    handledNote: draft.handling === '当场劝导' ? draft.handledNote : undefined
  }
}
