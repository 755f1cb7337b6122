import { contextBridge, ipcRenderer } from 'electron'
// Straight from desk.ts: a sandboxed preload can load nothing but electron, so no zod here.
import { createDesk } from '@shared/ipc/desk'
import type { Invoke } from '@shared/ipc'

// The page gets one typed function per declared channel; ipcRenderer itself never crosses the bridge.
const invoke: Invoke = (channel, args) => ipcRenderer.invoke(channel, args)

contextBridge.exposeInMainWorld('desk', createDesk(invoke))
