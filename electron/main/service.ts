/** A main-process service: started once the app is ready, stopped before it quits. */
export interface Service {
  boot(): void | Promise<void>
  shutdown(): void | Promise<void>
}

/** Where main writes what it refuses or fails at; console in production, a spy in tests. */
export interface Logger {
  info(message: string, ...details: unknown[]): void
  warn(message: string, ...details: unknown[]): void
  error(message: string, ...details: unknown[]): void
}
