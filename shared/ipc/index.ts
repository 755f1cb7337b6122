export { ipcChannels, MAX_AUTO_BACKUP_BYTES, MAX_OPEN_BYTES } from './channels'
export type { IpcChannels } from './channels'
export { channelNames, isChannelName } from './names'
export type { ChannelName } from './names'
export { createDesk, deskPath, remoteErrorMessage } from './desk'
export type {
  AppInfo,
  ArgsIn,
  ArgsOf,
  AutoBackupInfo,
  AutoBackupList,
  Desk,
  FileFilter,
  Handlers,
  Invoke,
  NotifyRequest,
  NotifyResult,
  OpenFileRequest,
  OpenFileResult,
  PrintPdfRequest,
  PrintPdfResult,
  ReadAutoBackupResult,
  ResultOf,
  SaveAutoBackupRequest,
  SaveFileRequest,
  SaveFileResult
} from './types'
