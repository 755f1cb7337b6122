export { ipcChannels, MAX_OPEN_BYTES } from './channels'
export type { IpcChannels } from './channels'
export { channelNames, isChannelName } from './names'
export type { ChannelName } from './names'
export { createDesk, deskPath, remoteErrorMessage } from './desk'
export type {
  AppInfo,
  ArgsIn,
  ArgsOf,
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
  ResultOf,
  SaveFileRequest,
  SaveFileResult
} from './types'
