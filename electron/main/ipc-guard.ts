import type { z } from 'zod'
import { channelNames, ipcChannels, isChannelName, type ChannelName, type Handlers } from '@shared/ipc'
import type { Logger } from './service'

/** The part of an `IpcMainInvokeEvent` the guard reads. */
export interface GuardEvent {
  senderFrame: { url: string } | null
}

export interface IpcMainLike<E extends GuardEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void
  removeHandler(channel: string): void
}

export interface GuardDeps<E extends GuardEvent, Ctx> {
  handlers: Handlers<Ctx>
  isTrustedSender(url: string | undefined): boolean
  contextOf(event: E): Ctx
  log: Logger
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue?.path.length ? `${issue.path.join('.')}：` : ''
  return `${where}${issue?.message ?? '格式不符'}`
}

/**
 * Every call goes through here: known channel, then the sender frame, then the arguments.
 * A refusal throws in Chinese (the renderer shows it) and is logged with the details.
 */
export function createIpcGuard<E extends GuardEvent, Ctx>({ handlers, isTrustedSender, contextOf, log }: GuardDeps<E, Ctx>) {
  const refuse = (message: string, ...details: unknown[]): never => {
    log.warn(message, ...details)
    throw new Error(message)
  }

  async function call(channel: string, event: E, rawArgs: unknown[]): Promise<unknown> {
    if (!isChannelName(channel)) return refuse(`拒绝调用：未声明的通道「${channel}」`)
    const url = event.senderFrame?.url
    if (!isTrustedSender(url)) return refuse(`拒绝调用：请求不是来自本应用的页面（${channel}）`, url)
    const contract = ipcChannels[channel]
    const parsed = contract.args.safeParse(rawArgs[0])
    if (rawArgs.length > 1 || !parsed.success) {
      const detail = parsed.success ? '参数过多' : describeIssue(parsed.error)
      return refuse(`参数无效（${channel}）：${detail}`)
    }
    const handler = handlers[channel] as (args: unknown, ctx: Ctx) => unknown
    let result: unknown
    try {
      result = await handler(parsed.data, contextOf(event))
    } catch (error) {
      log.error(`处理失败（${channel}）`, error)
      throw error instanceof Error ? error : new Error(String(error))
    }
    const checked = contract.result.safeParse(result)
    if (!checked.success) {
      log.error(`返回值不符合约定（${channel}）`, checked.error)
      throw new Error(`内部错误：返回值不符合约定（${channel}）`)
    }
    return checked.data
  }

  return { call }
}

export type IpcGuard = ReturnType<typeof createIpcGuard>

/** Registers one `ipcMain.handle` per declared channel and nothing else; returns the undo. */
export function registerIpc<E extends GuardEvent>(ipcMain: IpcMainLike<E>, guard: { call(channel: string, event: E, rawArgs: unknown[]): Promise<unknown> }): () => void {
  const registered: ChannelName[] = []
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, ...args) => guard.call(channel, event, args))
    registered.push(channel)
  }
  return () => registered.forEach((channel) => ipcMain.removeHandler(channel))
}

/** The guard as a service: handlers exist from boot to shutdown. */
export function createIpcService<E extends GuardEvent>(ipcMain: IpcMainLike<E>, guard: { call(channel: string, event: E, rawArgs: unknown[]): Promise<unknown> }) {
  let dispose: (() => void) | null = null
  return {
    boot: () => {
      dispose ??= registerIpc(ipcMain, guard)
    },
    shutdown: () => {
      dispose?.()
      dispose = null
    }
  }
}
