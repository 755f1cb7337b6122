import { DEFAULT_ASSESSMENT_OPTIONS, validateAssessmentOptions } from '@shared/domain/assessment'
import { ValidationError, type FieldIssue } from '@shared/domain/errors'
import { validateCutoffDay } from '@shared/domain/period'
import type { AssessmentSettings } from '@shared/domain/rollups'
import type { DeskDB } from '../database'

export const DEFAULT_SETTINGS: AssessmentSettings = Object.freeze({ ...DEFAULT_ASSESSMENT_OPTIONS, cutoffDay: null, periodBy: 'receivedAt' })

const KEYS = ['assessment.k', 'assessment.weights', 'assessment.periodBy', 'assessment.cutoffDay'] as const

// read once per database, dropped when saved: every case write needs them
const cache = new WeakMap<DeskDB, AssessmentSettings>()

/** The stored assessment settings, defaults for what was never saved. Reads the setting table unless cached. */
export async function assessmentSettings(db: DeskDB): Promise<AssessmentSettings> {
  const cached = cache.get(db)
  if (cached) return cached
  const [k, weights, periodBy, cutoffDay] = (await db.setting.bulkGet([...KEYS])).map((row) => row?.value)
  const settings: AssessmentSettings = {
    k: typeof k === 'number' ? k : DEFAULT_SETTINGS.k,
    weights: (weights as AssessmentSettings['weights'] | undefined) ?? { ...DEFAULT_SETTINGS.weights },
    periodBy: periodBy === 'closedAt' ? 'closedAt' : 'receivedAt',
    cutoffDay: typeof cutoffDay === 'number' ? cutoffDay : null
  }
  cache.set(db, settings)
  return settings
}

export function forgetSettings(db: DeskDB): void {
  cache.delete(db)
}

/** Every field problem of the settings, in Chinese, at fields k, weights, cutoffDay and periodBy. */
export function checkSettings(settings: AssessmentSettings): void {
  const issues: FieldIssue[] = []
  for (const problem of validateAssessmentOptions(settings)) issues.push({ field: problem.includes('系数') ? 'k' : 'weights', message: problem })
  const cutoff = settings.cutoffDay === null ? null : validateCutoffDay(settings.cutoffDay)
  if (cutoff) issues.push({ field: 'cutoffDay', message: cutoff })
  if (settings.periodBy !== 'receivedAt' && settings.periodBy !== 'closedAt') issues.push({ field: 'periodBy', message: '考核期间须按受理时间或办结时间归属' })
  if (issues.length) throw new ValidationError(issues)
}

export { KEYS as SETTING_KEYS }
