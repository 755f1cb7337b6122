import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'proactive', name: 'proactive', component: () => import('./ProactivePage.vue') },
  { path: 'proactive/:id', name: 'proactive-detail', component: () => import('./TopicDetailPage.vue'), props: true }
]
