import { defineStore } from 'pinia'
import { ref } from 'vue'
import { retentionService, type RetentionReview } from '../db/retention'
import { auditService, settingChange } from '../db/audit'
import { useSessionStore } from './session'

const periodText = (days: number | null): string => (days === null ? '长期保存' : `办结后保存 ${days} 天`)

/** 个人信息保存期限 (系统设置 → 个人信息保护): the setting, the review list and the purge. */
export const useRetentionStore = defineStore('retention', () => {
  const session = useSessionStore()
  const review = ref<RetentionReview>({ days: null, cutoff: null, cases: [] })
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      review.value = await retentionService().review(session.communityId, Date.now())
    } finally {
      loading.value = false
    }
  }

  /** The change is audited with the old and the new period, in the same transaction as the setting. */
  async function setDays(days: number | null): Promise<void> {
    session.require('settings.edit')
    const ctx = session.ctx()
    await auditService().recordWith(['setting'], ctx, async () => {
      const before = await retentionService().days()
      await retentionService().setDays(days, ctx)
      return { result: undefined, audit: settingChange(session.communityId, '个人信息保存期限', periodText(before), periodText(days)) }
    })
    await load()
  }

  /** It changes records for good, so only accounts with personal.purge (administrators) may. */
  async function purge(caseIds: string[], reason: string): Promise<number> {
    session.require('personal.purge')
    const count = await retentionService().purge(session.communityId, caseIds, reason, session.ctx())
    await load()
    return count
  }

  return { review, loading, load, setDays, purge }
})
