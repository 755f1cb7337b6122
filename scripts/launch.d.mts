export const projectRoot: string
export const DOWNLOAD_TIMEOUT_MS: number
export const EARLY_EXIT_MS: number

export type ElectronLocation = { found: true; path: string } | { found: false; reason: string }

export function locateElectron(options: {
  electronDir: string
  env?: Record<string, string | undefined>
  readText(file: string): string | null
  exists(file: string): boolean
}): ElectronLocation
export function downloadTimeout(env?: Record<string, string | undefined>): number
export function failedAtStart(exit: { code: number | null; signal: string | null; elapsedMs: number }): boolean
export function fallbackNotice(reason: string): string
export function findElectron(env?: Record<string, string | undefined>): ElectronLocation
export function downloadElectron(timeoutMs: number): Promise<boolean>
export function buildApp(): Promise<void>
export function serveWeb(options?: { port?: number }): Promise<{ url: string; port: number; close(): Promise<void> }>
