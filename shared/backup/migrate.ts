/** Brings a backup's tables from the schema version it was written at up to the app's, one step per version. */

export type BackupTables = Record<string, unknown[]>

export interface BackupUpgrade {
  /** the schema version this step produces */
  version: number
  upgrade: (tables: BackupTables) => BackupTables
}

export function upgradeTables(tables: BackupTables, fromVersion: number, toVersion: number, ladder: readonly BackupUpgrade[]): BackupTables {
  let current = tables
  for (const step of [...ladder].sort((a, b) => a.version - b.version)) {
    if (step.version > fromVersion && step.version <= toVersion) current = step.upgrade(current)
  }
  return current
}
