export const DEFAULT_PORT: number
export const defaultRoot: string

export interface StaticServer {
  /** e.g. http://127.0.0.1:5780 */
  url: string
  port: number
  close(): Promise<void>
}

export function startServer(options: { root: string; port?: number; host?: string }): Promise<StaticServer>
export function mimeType(file: string): string
export function resolveRequest(root: string, urlPath: string): { file: string; isRoute: boolean } | null
export function portFrom(argv: string[], env: Record<string, string | undefined>): number
