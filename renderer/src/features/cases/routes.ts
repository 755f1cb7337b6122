import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'cases/new', name: 'case-new', component: () => import('./CaseIntakePage.vue') },
  { path: 'cases/:id', name: 'case-detail', component: () => import('./CaseDetailPage.vue'), props: true }
]
