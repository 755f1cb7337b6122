import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'meetings', name: 'meetings', component: () => import('./MeetingsPage.vue') },
  { path: 'meetings/:id', name: 'meeting-detail', component: () => import('./MeetingDetailPage.vue'), props: true },
  { path: 'meetings/:id/present', name: 'meeting-present', component: () => import('./PresentPage.vue'), props: true },
  { path: 'meetings/:id/invitation', name: 'meeting-invitation', component: () => import('./InvitationPrintPage.vue'), props: true },
  { path: 'meetings/:id/notice', name: 'meeting-notice', component: () => import('./NoticePrintPage.vue'), props: true }
]
