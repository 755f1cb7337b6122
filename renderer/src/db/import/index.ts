export { commitImport, IMPORT_TABLES, type ImportResult } from './commit'
export { planImport, type ImportPlan, type ImportPlanRow, type ImportRowKind } from './plan'
export { loadSavedMapping, saveMapping, MAPPING_SETTING_KEY } from './mappings'
