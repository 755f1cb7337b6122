import { DEFAULT_HOTSPOT_THRESHOLDS, validateThresholds, type HotspotRule, type HotspotThresholds } from '@shared/domain/hotspots'
import type { DeskDB } from '../database'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'

/** One alert turned into work: a topic or a 主动发现 case, kept so the alert can show its effect. */
export interface HotspotConversion {
  rule: HotspotRule
  key: string
  at: number
  issueId?: string
  caseId?: string
  /** the alert's title as shown when it was converted */
  title: string
}

export const THRESHOLDS_KEY = 'proactive.hotspotThresholds'
export const CONVERSIONS_KEY = 'proactive.hotspotConversions'

async function read<V>(db: DeskDB, key: string): Promise<V | undefined> {
  return (await db.setting.get(key))?.value as V | undefined
}

// Same shape as the setting repository's writes (row + outbox), for the keys this area owns.
async function write(db: DeskDB, key: string, value: unknown, ctx: WriteContext): Promise<void> {
  const { writer } = repositoriesFor(db)
  await db.transaction('rw', db.setting, db.outbox, async () => {
    const prev = await db.setting.get(key)
    const stamp = writer.stamp(ctx, prev?.hlc)
    await db.setting.put({ key, value, updatedAt: stamp.now, hlc: stamp.hlc })
    await writer.record('setting', key, 'put', stamp, { key, value, updatedAt: stamp.now })
  })
}

export async function readThresholds(db: DeskDB): Promise<HotspotThresholds> {
  const stored = await read<HotspotThresholds>(db, THRESHOLDS_KEY)
  return stored ? { ...DEFAULT_HOTSPOT_THRESHOLDS, ...stored } : DEFAULT_HOTSPOT_THRESHOLDS
}

export async function writeThresholds(db: DeskDB, thresholds: HotspotThresholds, ctx: WriteContext): Promise<HotspotThresholds> {
  validateThresholds(thresholds)
  await write(db, THRESHOLDS_KEY, thresholds, ctx)
  return thresholds
}

export const readConversions = async (db: DeskDB): Promise<HotspotConversion[]> => (await read<HotspotConversion[]>(db, CONVERSIONS_KEY)) ?? []

/** Call inside the conversion's own transaction so the record and the new work land together. */
export async function addConversion(db: DeskDB, conversion: HotspotConversion, ctx: WriteContext): Promise<void> {
  await write(db, CONVERSIONS_KEY, [...(await readConversions(db)), conversion], ctx)
}
