import type { CaseStatus } from '@shared/domain/case'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

/** Each status its own look: waiting amber, in hand blue, answered and closed green, ended grey or red. */
export const STATUS_TAGS: Record<CaseStatus, { type: TagType; effect: 'light' | 'dark' | 'plain' }> = {
  待签收: { type: 'warning', effect: 'dark' },
  办理中: { type: 'primary', effect: 'dark' },
  延期审核: { type: 'warning', effect: 'light' },
  挂账: { type: 'info', effect: 'dark' },
  已反馈: { type: 'success', effect: 'light' },
  已办结: { type: 'success', effect: 'dark' },
  退单: { type: 'danger', effect: 'plain' },
  已撤销: { type: 'info', effect: 'plain' }
}
