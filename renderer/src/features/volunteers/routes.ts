import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'volunteers', name: 'volunteers', component: () => import('./VolunteersPage.vue') },
  { path: 'volunteers/roster-print', name: 'volunteers-roster-print', component: () => import('./RosterPrintPage.vue') },
  { path: 'volunteers/certificate', name: 'volunteers-certificate', component: () => import('./CertificatePage.vue') }
]
