import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'data/backup', name: 'backup', component: () => import('./BackupPage.vue') }
]
