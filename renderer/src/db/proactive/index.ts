import { db } from '..'
import type { DeskDB } from '../database'
import { createProactiveService, type ProactiveService } from './service'

export { createProactiveService, type AlertView, type AlertWork, type ConversionEffect, type ProactiveService } from './service'
export type { HotspotConversion } from './settings'

const services = new WeakMap<DeskDB, ProactiveService>()

/** 每月一题 and 未诉先办 on the default database. */
export function proactiveService(): ProactiveService {
  const database = db()
  let found = services.get(database)
  if (!found) services.set(database, (found = createProactiveService(database)))
  return found
}
