/**
 * What the 12345 platform's 工单状态 and times mean for a desk case: the events that carry it from
 * where it stands to where the platform says it is, built through the case machine. A case never
 * moves backwards: a local state as far along as the file's, or further, wins.
 */
import type { CaseStatus } from '../domain/case'
import { applyCaseAction, type CaseAction, type CaseEventDraft, type CaseState } from '../domain/caseMachine'
import type { ImportedCase } from './import12345'

/** How far along a status is; 退单 and 已撤销 end a case. */
const RANK: Record<CaseStatus, number> = { 待签收: 0, 办理中: 1, 延期审核: 1, 挂账: 1, 已反馈: 2, 已办结: 3, 退单: 4, 已撤销: 4 }

export type StatusMove =
  /** the file names no status, or the same one */
  | { kind: 'none' }
  | { kind: 'forward'; from: CaseStatus; to: CaseStatus; events: CaseEventDraft[] }
  /** the local case is as far along or further: it stays as it is */
  | { kind: 'behind'; from: CaseStatus; to: CaseStatus }
  /** no way from the local state to the file's through the case machine */
  | { kind: 'blocked'; from: CaseStatus; to: CaseStatus }

export interface StatusMoveOptions {
  actor: string
  now: number
  /** the latest event the case already has: nothing is dated before it */
  floor: number
}

/** `at`: the file's own time for the step; `guess`: the nearest time the file gives when it has none */
type Step = { action: CaseAction; at?: number; guess?: number }

const platformNote = (c: ImportedCase) => `12345 平台状态：${c.statusText ?? c.status ?? ''}`

/** The next action on the way from `status` to `target`, with the platform's time for it when known. */
function nextStep(state: CaseState, target: CaseStatus, c: ImportedCase): Step | null {
  const s = state.status
  if (target === '已撤销') return { action: { type: 'cancel', reason: platformNote(c) }, at: c.closedAt }
  if (target === '退单') return s === '待签收' || s === '办理中' ? { action: { type: 'return', reason: platformNote(c) }, at: c.closedAt } : null
  if (s === '待签收') return { action: { type: 'sign' }, at: c.signedAt, guess: c.receivedAt }
  if (s === '挂账') return target === '挂账' ? null : { action: { type: 'resume' }, guess: c.repliedAt ?? c.closedAt }
  if (s === '办理中') {
    if (target === '挂账') return { action: { type: 'park', reason: platformNote(c) } }
    // 是否联系 = 是: the handler reached the caller before answering; the time is not in the file
    if ((c.contactedAt !== undefined || c.callback?.contacted) && state.contactedAt === undefined) {
      return { action: { type: 'contact', note: '12345 平台：已联系来电人' }, at: c.contactedAt, guess: c.signedAt ?? c.receivedAt }
    }
    const reply = c.reply || c.result || '12345 平台已反馈'
    return { action: { type: 'reply', reply, ...(c.result ? { result: c.result } : {}) }, at: c.repliedAt, guess: c.closedAt }
  }
  if (s === '已反馈' && target === '已办结') return { action: { type: 'close', ...(c.result ? { result: c.result } : {}) }, at: c.closedAt, guess: c.repliedAt }
  return null
}

/**
 * The events that bring `state` to the file's status. Times come from the file (签收时间, 反馈时间,
 * 办结时间), never earlier than the case's latest event or the step before; a time the file lacks or
 * that had to move is marked `estimated` in the event's payload.
 */
export function statusMove(state: CaseState, c: ImportedCase, o: StatusMoveOptions): StatusMove {
  // an extension's length is not in the file: a case awaiting one is, for the desk, still 办理中
  const target = c.status === '延期审核' ? '办理中' : c.status
  const from = state.status
  if (!target || target === from || (RANK[target] === RANK[from] && target !== '挂账')) return { kind: 'none' }
  if (RANK[target] < RANK[from] || RANK[from] === 4) return { kind: 'behind', from, to: target }
  const events: CaseEventDraft[] = []
  let current = state
  let floor = o.floor
  for (let guard = 0; current.status !== target && guard < 6; guard++) {
    const step = nextStep(current, target, c)
    if (!step) return { kind: 'blocked', from, to: target }
    const wanted = step.at ?? step.guess ?? o.now
    const at = Math.min(Math.max(wanted, floor), Math.max(o.now, floor))
    const result = applyCaseAction(current, step.action, { now: at, actor: o.actor })
    if (!result.ok) return { kind: 'blocked', from, to: target }
    const estimated = step.at === undefined || at !== step.at
    events.push({ ...result.event, payload: { ...result.event.payload, viaImport: true, ...(estimated ? { estimated: true } : {}) } })
    current = result.state
    floor = at
  }
  return current.status === target ? { kind: 'forward', from, to: target, events } : { kind: 'blocked', from, to: target }
}

/** One line for the preview: what happens to the status of this row. */
export function describeStatusMove(move: StatusMove): string | undefined {
  switch (move.kind) {
    case 'forward': return `工单状态：${move.from} → ${move.to}（补记${move.events.length}条办理记录）`
    case 'behind': return `工单状态未变：本地已是“${move.from}”，文件为“${move.to}”，以本地为准`
    case 'blocked': return `工单状态冲突：本地为“${move.from}”，无法按文件改为“${move.to}”，请在工单页处理`
    default: return undefined
  }
}
