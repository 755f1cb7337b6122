import { LOCAL_SETTING_KEYS, type SettingKey, type SettingValues } from '@shared/domain/system'
import type { Writer, WriteContext } from './writer'

/** Settings by key, typed by SettingValues; device-local keys never reach the outbox. */
export interface SettingRepository {
  get<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined>
  getOr<K extends SettingKey>(key: K, fallback: SettingValues[K]): Promise<SettingValues[K]>
  set<K extends SettingKey>(key: K, value: SettingValues[K], ctx: WriteContext): Promise<void>
}

export function createSettingRepository(writer: Writer): SettingRepository {
  const { db } = writer

  async function get<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
    return (await db.setting.get(key))?.value as SettingValues[K] | undefined
  }

  return {
    get,
    getOr: async (key, fallback) => (await get(key)) ?? fallback,
    set: (key, value, ctx) =>
      db.transaction('rw', db.setting, db.outbox, async () => {
        const prev = await db.setting.get(key)
        const stamp = writer.stamp(ctx, prev?.hlc)
        await db.setting.put({ key, value, updatedAt: stamp.now, hlc: stamp.hlc })
        if (!LOCAL_SETTING_KEYS.includes(key)) await writer.record('setting', key, 'put', stamp, { key, value, updatedAt: stamp.now })
      })
  }
}
