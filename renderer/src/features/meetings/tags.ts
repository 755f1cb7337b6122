import type { ActionStatus, MinutesStatus, ProposalStatus } from '@shared/domain/meetings'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

export const PROPOSAL_TAG: Record<ProposalStatus, TagType> = { 待筛选: 'warning', 立项: 'primary', 不立项: 'info', 已上会: 'success', 已办结: 'success' }
export const MINUTES_TAG: Record<MinutesStatus, TagType> = { 草稿: 'info', 征求意见: 'warning', 通过: 'primary', 公示: 'success' }
export const ACTION_TAG: Record<ActionStatus, TagType> = { 未开始: 'info', 进行中: 'primary', 已完成: 'success', 已终止: 'danger' }
