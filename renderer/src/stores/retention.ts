import { defineStore } from 'pinia'
import { ref } from 'vue'
import { retentionService, type RetentionReview } from '../db/retention'
import { useSessionStore } from './session'

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

  async function setDays(days: number | null): Promise<void> {
    session.require('settings.edit')
    await retentionService().setDays(days, session.ctx())
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
