import type { WhistleStatus, WhistleType } from '@shared/domain/work'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

/** Each 吹哨 type its own colour, so the board reads at a glance. */
export const TYPE_TAGS: Record<WhistleType, TagType> = {
  群众诉求: 'primary',
  重点工作: 'success',
  综合执法: 'warning',
  应急处置: 'danger'
}

export const STATUS_TAGS: Record<WhistleStatus, TagType> = {
  已吹哨: 'warning',
  处置中: 'primary',
  已完成: 'success',
  已撤销: 'info'
}
