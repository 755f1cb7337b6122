import type { ProactiveStage } from '@shared/domain/work'

/** Element Plus tag colour per stage: done is green, parked is amber. */
export const STAGE_TAG: Record<ProactiveStage, 'info' | 'primary' | 'success' | 'warning' | 'danger'> = {
  选题: 'info',
  方案: 'primary',
  推进: 'primary',
  评估: 'primary',
  销号: 'success',
  挂账: 'warning'
}
