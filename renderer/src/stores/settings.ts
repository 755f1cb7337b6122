import { defineStore } from 'pinia'
import type { SlaRuleRecord } from '@shared/domain/case'
import type { Holiday } from '@shared/domain/system'
import { repos, scoreboardService } from '../db'
import type { AssessmentSettings } from '../db/rollups/contract'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

type Repos = ReturnType<typeof repos>
export type SlaRuleInput = Parameters<Repos['slaRule']['create']>[1]
export type HolidayInput = Parameters<Repos['holiday']['create']>[1]

/** 系统设置 → 时限规则, 节假日 and 考核设置: the live lists and every write, each a 系统设置 change. */
export const useSettingsStore = defineStore('settings', () => {
  const session = useSessionStore()
  const cid = () => session.communityId
  const watchCommunity = [() => session.communityId]

  const slaRules = useLiveQuery(() => (cid() ? repos().slaRule.list(cid()) : []), watchCommunity, [] as SlaRuleRecord[])
  const holidays = useLiveQuery(() => (cid() ? repos().holiday.list(cid()) : []), watchCommunity, [] as Holiday[])

  // refused in Chinese, before anything is written, for an account without 系统设置
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      session.require('settings.edit')
      return fn(...args)
    }

  const saveSlaRule = (input: SlaRuleInput, existingId?: string) =>
    existingId ? repos().slaRule.update(existingId, input, session.ctx()) : repos().slaRule.create(cid(), input, session.ctx())
  const setSlaRuleEnabled = (id: string, enabled: boolean) => repos().slaRule.update(id, { enabled }, session.ctx())

  const saveHoliday = (input: HolidayInput, existingId?: string) =>
    existingId ? repos().holiday.update(existingId, input, session.ctx()) : repos().holiday.create(cid(), input, session.ctx())
  const removeHoliday = (id: string) => repos().holiday.remove(id, session.ctx())

  const saveAssessment = (settings: AssessmentSettings) => scoreboardService().saveSettings(cid(), settings, session.ctx())

  return {
    slaRules: slaRules.data,
    holidays: holidays.data,
    canEdit: () => session.can('settings.edit'),
    saveSlaRule: guarded(saveSlaRule),
    setSlaRuleEnabled: guarded(setSlaRuleEnabled),
    saveHoliday: guarded(saveHoliday),
    removeHoliday: guarded(removeHoliday),
    saveAssessment: guarded(saveAssessment)
  }
})
