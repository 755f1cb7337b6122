import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useSessionStore } from '../stores/session'
import AppShell from '../layout/AppShell.vue'
import AreaPlanPage from '../layout/AreaPlanPage.vue'

// Each area declares its pages in features/<area>/routes.ts (children of the shell).
const featureRoutes = Object.values(
  import.meta.glob<{ routes: RouteRecordRaw[] }>('../features/*/routes.ts', { eager: true })
).flatMap((mod) => mod.routes)

// Areas whose pages have not landed say what they will hold, until a feature claims the name.
const PLANNED = ['cases', 'whistles', 'proactive', 'meetings', 'volunteers', 'dashboard', 'data'] as const
const planned: RouteRecordRaw[] = PLANNED.filter((name) => !featureRoutes.some((r) => r.name === name)).map(
  (name) => ({ path: name, name, component: AreaPlanPage, meta: { area: name } })
)

export const routes: RouteRecordRaw[] = [
  { path: '/setup', name: 'setup', component: () => import('../features/setup/SetupPage.vue') },
  { path: '/signin', name: 'signin', component: () => import('../features/signin/SignInPage.vue') },
  {
    path: '/',
    component: AppShell,
    children: [
      { path: '', name: 'home', component: () => import('../features/home/HomePage.vue') },
      { path: 'settings/:tab?', name: 'settings', component: () => import('../features/settings/SettingsPage.vue') },
      ...featureRoutes,
      ...planned
    ]
  },
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

export function createDeskRouter() {
  // Hash history works both from file:// inside Electron and from the web-mode server.
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.load()
    if (!session.community && to.name !== 'setup') return { name: 'setup' }
    if (session.community && to.name === 'setup') return { name: 'home' }
    // a set-up desk shows nothing until someone signs in (DESIGN §5)
    if (session.community && !session.user && to.name !== 'signin') return { name: 'signin', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    if (session.user && to.name === 'signin') return { name: 'home' }
    return true
  })
  return router
}
