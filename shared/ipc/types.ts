import type { z } from 'zod'
import type { IpcChannels } from './channels'
import type { ChannelName } from './names'

/** What a caller passes (defaults not yet applied). */
export type ArgsIn<K extends ChannelName> = z.input<IpcChannels[K]['args']>
/** What a handler receives after parsing. */
export type ArgsOf<K extends ChannelName> = z.output<IpcChannels[K]['args']>
/** What a handler returns and a caller receives. */
export type ResultOf<K extends ChannelName> = z.output<IpcChannels[K]['result']>

/** Main-side handlers, one per declared channel; `Ctx` carries what main knows about the caller. */
export type Handlers<Ctx = unknown> = {
  [K in ChannelName]: (args: ArgsOf<K>, ctx: Ctx) => Promise<ResultOf<K>> | ResultOf<K>
}

/** The one transport the client needs: `ipcRenderer.invoke` in the preload, a fake in tests. */
export type Invoke = <K extends ChannelName>(channel: K, args: ArgsIn<K>) => Promise<ResultOf<K>>

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S

type AreaOf<K extends string> = K extends `${infer Area}:${string}` ? Area : never

type ClientFn<K extends ChannelName> = [ArgsIn<K>] extends [undefined]
  ? () => Promise<ResultOf<K>>
  : undefined extends ArgsIn<K>
    ? (args?: ArgsIn<K>) => Promise<ResultOf<K>>
    : (args: ArgsIn<K>) => Promise<ResultOf<K>>

/** `window.desk`: `file:save` becomes `desk.file.save(args)`, `app:get-info` becomes `desk.app.getInfo()`. */
export type Desk = {
  readonly [A in AreaOf<ChannelName>]: {
    readonly [K in ChannelName as K extends `${A}:${infer Rest}` ? CamelCase<Rest> : never]: ClientFn<K>
  }
}

export type AppInfo = ResultOf<'app:get-info'>
export type SaveFileRequest = ArgsIn<'file:save'>
export type SaveFileResult = ResultOf<'file:save'>
export type OpenFileRequest = ArgsIn<'file:open'>
export type OpenFileResult = ResultOf<'file:open'>
export type PrintPdfRequest = ArgsIn<'file:print-pdf'>
export type PrintPdfResult = ResultOf<'file:print-pdf'>
export type NotifyRequest = ArgsIn<'notify:show'>
export type NotifyResult = ResultOf<'notify:show'>
export type SaveAutoBackupRequest = ArgsIn<'backup:save-auto'>
export type AutoBackupInfo = ResultOf<'backup:save-auto'>
export type AutoBackupList = ResultOf<'backup:list-auto'>
export type ReadAutoBackupResult = ResultOf<'backup:read-auto'>
export type FileFilter = NonNullable<SaveFileRequest['filters']>[number]
