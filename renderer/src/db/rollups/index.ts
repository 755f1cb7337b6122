export type * from './contract'
export { createScoreboardService } from './service'
export { DEFAULT_SETTINGS } from './settings'
export { rollupTable, type RollupRow } from './table'
