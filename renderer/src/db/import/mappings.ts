/** Column mappings the clerk chose on the mapping screen, kept on this device for the next import. */
import { formatHlc } from '@shared/sync/hlc'
import type { DeskDB } from '../database'
import type { WriteContext } from '../repositories/writer'

export const MAPPING_SETTING_KEY = 'import12345Mapping'

/** header → field ('' = ignore the column) */
export async function loadSavedMapping(db: DeskDB): Promise<Record<string, string>> {
  const value = (await db.setting.get(MAPPING_SETTING_KEY))?.value
  return value && typeof value === 'object' ? { ...(value as Record<string, string>) } : {}
}

/** Adds the choices to the saved ones; a header chosen again takes its new field. */
export async function saveMapping(db: DeskDB, choices: Record<string, string>, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', db.setting, async () => {
    const value = { ...(await loadSavedMapping(db)), ...choices }
    await db.setting.put({ key: MAPPING_SETTING_KEY, value, updatedAt: ctx.now, hlc: formatHlc({ ms: ctx.now, counter: 0, deviceId: ctx.deviceId }) })
  })
}
