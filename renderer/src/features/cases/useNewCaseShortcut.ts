import { onScopeDispose } from 'vue'
import { useRouter, type Router } from 'vue-router'

export interface NewCaseShortcutOptions {
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
  router?: Pick<Router, 'push'>
}

/** Ctrl+N (⌘N on a Mac) anywhere in the app opens 新建工单. */
export function useNewCaseShortcut({ target = window, router = useRouter() }: NewCaseShortcutOptions = {}): void {
  const onKeydown = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'n') return
    // the browser's own Ctrl+N would open a new window
    e.preventDefault()
    void router.push({ name: 'case-new' })
  }
  target.addEventListener('keydown', onKeydown as EventListener)
  onScopeDispose(() => target.removeEventListener('keydown', onKeydown as EventListener))
}
