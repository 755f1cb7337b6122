export { commitImport, IMPORT_CANCELLED, IMPORT_TABLES, type CommitOptions, type ImportResult } from './commit'
export { planImport, type ImportPlan, type ImportPlanRow, type ImportRowKind } from './plan'
export { loadSavedMapping, saveMapping, MAPPING_SETTING_KEY } from './mappings'
