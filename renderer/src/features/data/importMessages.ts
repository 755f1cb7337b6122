/** Messages between the 导入工单 page and the import worker. */
import type { WorkOrderSheet } from '@shared/io/import12345'

export type ImportWorkerRequest =
  | { type: 'parse'; name: string; bytes: Uint8Array; mapping: Record<string, string>; now: number }
  /** the same rows again with a changed mapping */
  | { type: 'remap'; mapping: Record<string, string>; now: number }

export type ImportWorkerReply =
  | { type: 'progress'; stage: 'read' | 'map'; done: number }
  | { type: 'done'; sheet: WorkOrderSheet; headers: string[]; rowCount: number }
  | { type: 'error'; message: string }
