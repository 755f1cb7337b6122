import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'whistles', name: 'whistles', component: () => import('./WhistlesPage.vue') },
  { path: 'whistles/new', name: 'whistle-new', component: () => import('./WhistleNewPage.vue') },
  { path: 'whistles/:id', name: 'whistle-detail', component: () => import('./WhistleDetailPage.vue'), props: true }
]
