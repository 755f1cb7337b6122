import type { VolunteerStatus } from '@shared/domain/volunteers'

/** 在岗 green, 暂停 amber, 退出 grey. */
export const STATUS_TAG: Record<VolunteerStatus, 'success' | 'warning' | 'info'> = { 在岗: 'success', 暂停: 'warning', 退出: 'info' }
