import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'cases/callbacks', name: 'callbacks', component: () => import('./CallbacksPage.vue') }
]
