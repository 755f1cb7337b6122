import { defineStore } from 'pinia'
import { ref } from 'vue'
import { createCommunity, db, loadDemoCommunity } from '../db'
import { useSessionStore } from './session'
import { numberOrText } from '../lib/numberOrText'
import { DEMO_ADMIN, DEMO_PASSWORD } from '@shared/demo/accounts'

export interface GridDraft {
  code: string
  name: string
}
export interface AdminDraft {
  name: string
  username: string
  password: string
  confirm: string
}
export interface CommunityDraft {
  name: string
  township: string
  district: string
  population: string
  households: string
}

/** First run: create the community and its administrator from the form, or load the demo community; then sign in. */
export const useSetupStore = defineStore('setup', () => {
  const busy = ref(false)

  async function create(community: CommunityDraft, grids: GridDraft[], admin: AdminDraft): Promise<void> {
    const session = useSessionStore()
    busy.value = true
    try {
      await createCommunity(
        db(),
        {
          community: {
            name: community.name.trim(),
            township: community.township.trim(),
            district: community.district.trim(),
            // Passed as typed so the schema can say exactly what is wrong with it.
            population: numberOrText(community.population),
            households: community.households.trim() === '' ? undefined : numberOrText(community.households)
          },
          grids: grids
            .filter((g) => g.code.trim() || g.name.trim())
            .map((g) => ({ code: g.code.trim(), name: g.name.trim() })),
          admin: { name: admin.name.trim(), username: admin.username.trim(), password: admin.password, confirm: admin.confirm }
        },
        session.ctx()
      )
      await session.refresh()
      await session.signIn(admin.username.trim(), admin.password)
    } finally {
      busy.value = false
    }
  }

  async function loadDemo(): Promise<void> {
    const session = useSessionStore()
    busy.value = true
    try {
      await loadDemoCommunity(db(), { now: Date.now() })
      await session.refresh()
      await session.signIn(DEMO_ADMIN, DEMO_PASSWORD)
    } finally {
      busy.value = false
    }
  }

  return { busy, create, loadDemo }
})

