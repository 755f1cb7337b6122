import type {
  AutoBackupInfo,
  AutoBackupList,
  NotifyRequest,
  NotifyResult,
  OpenFileRequest,
  OpenFileResult,
  PrintPdfRequest,
  PrintPdfResult,
  ReadAutoBackupResult,
  SaveAutoBackupRequest,
  SaveFileRequest,
  SaveFileResult
} from '@shared/ipc'

export type { AutoBackupInfo, AutoBackupList, ReadAutoBackupResult, SaveAutoBackupRequest }
export type { NotifyRequest, NotifyResult, OpenFileRequest, OpenFileResult, PrintPdfRequest, PrintPdfResult, SaveFileRequest, SaveFileResult }

/** `desktop` inside Electron, `web` in a plain browser. */
export type PlatformMode = 'desktop' | 'web'

export interface PlatformInfo {
  mode: PlatformMode
  name: string
  version: string
  /** `win32`, `linux`, `darwin` on the desktop; `web` in a browser. */
  platform: string
  electron?: string
  chrome?: string
  userDataPath?: string
}

/** Automatic backups in the desktop app's user data folder; in a browser there is no such folder. */
export interface AutoBackups {
  readonly available: boolean
  save(request: SaveAutoBackupRequest): Promise<AutoBackupInfo>
  /** newest first */
  list(): Promise<AutoBackupList>
  read(name: string): Promise<ReadAutoBackupResult>
}

/** What the app may ask of the machine; the same calls work on the desktop and in a browser. */
export interface Platform {
  readonly mode: PlatformMode
  appInfo(): Promise<PlatformInfo>
  /** Desktop: a save dialog. Web: a download, and `path` is just the file name. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request?: OpenFileRequest): Promise<OpenFileResult>
  /** Desktop: the page as an A4 PDF through a save dialog. Web: the browser's print dialog (save as PDF there). */
  printPdf(request: PrintPdfRequest): Promise<PrintPdfResult>
  /** Shows a system notification; `shown: false` when it is not supported or not allowed. */
  notify(request: NotifyRequest): Promise<NotifyResult>
  readonly autoBackups: AutoBackups
}
