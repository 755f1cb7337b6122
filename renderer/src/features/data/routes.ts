import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [{ path: 'data', name: 'data', component: () => import('./DataPage.vue') }]
