import { ulid } from 'ulid'
import type { Community } from '@shared/domain/org'
import { formatHlc } from '@shared/sync/hlc'
import type { DeskDB } from './database'
import { isLive } from './repositories/base'

/** This install's device id (the last part of every hlc), made once and kept in settings. */
export function getDeviceId(db: DeskDB, now = Date.now()): Promise<string> {
  return db.transaction('rw', db.setting, async () => {
    const row = await db.setting.get('deviceId')
    if (typeof row?.value === 'string') return row.value
    // The random half of a ULID: 80 bits, no need for the time part.
    const deviceId = ulid(now).slice(10)
    await db.setting.put({ key: 'deviceId', value: deviceId, updatedAt: now, hlc: formatHlc({ ms: now, counter: 0, deviceId }) })
    return deviceId
  })
}

/** The community this desk works for: the one chosen in settings, else the first one registered. */
export async function currentCommunity(db: DeskDB): Promise<Community | undefined> {
  const chosen = (await db.setting.get('currentCommunityId'))?.value
  const row = typeof chosen === 'string' ? await db.community.get(chosen) : undefined
  if (isLive(row)) return row
  return (await db.community.toArray()).find(isLive)
}

/** Whether the first-run screen has been completed. */
export async function isSetUp(db: DeskDB): Promise<boolean> {
  return (await currentCommunity(db)) !== undefined
}
