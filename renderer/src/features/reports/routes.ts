import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: 'reports/weekly', name: 'weekly-meeting', component: () => import('./WeeklyMeetingPage.vue') },
  { path: 'reports/screen', name: 'leader-screen', component: () => import('./LeaderScreenPage.vue') },
  { path: 'reports/monthly', name: 'monthly-report', component: () => import('./MonthlyReportPage.vue') }
]
