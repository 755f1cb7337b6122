import type { App } from 'electron'

/**
 * Takes the single-instance lock. The first instance gets `true` and hears about later launches
 * through `onSecondLaunch`; a later instance gets `false` and should quit at once.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  onSecondLaunch: () => void
): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', () => onSecondLaunch())
  return true
}
