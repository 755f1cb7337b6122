import type { BackupUpgrade } from '@shared/backup'

/**
 * How a backup's rows become the next schema version's rows: one step per version, in step with SCHEMA.
 * Version 1 is the first: there is nothing older to bring up, so the ladder starts with it as is.
 */
export const BACKUP_UPGRADES: readonly BackupUpgrade[] = [{ version: 1, upgrade: (tables) => tables }]
