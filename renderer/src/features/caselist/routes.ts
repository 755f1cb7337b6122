import type { RouteRecordRaw } from 'vue-router'
import CaseListPage from './CaseListPage.vue'

export const routes: RouteRecordRaw[] = [{ path: 'cases', name: 'cases', component: CaseListPage }]
