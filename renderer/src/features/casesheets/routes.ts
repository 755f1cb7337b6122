import type { RouteRecordRaw } from 'vue-router'

/** 工单办理单: /case-sheets?ids=a,b,c prints one A4 sheet per case. */
export const routes: RouteRecordRaw[] = [{ path: 'case-sheets', name: 'case-sheets', component: () => import('./CaseSheetsPage.vue') }]
